// Ports of the two-way conversation (issue 9): which project (and client) a chat is linked to, the Jira
// calls a client's message needs as the app (the issue with its client ID, comments with their Telegram
// origin, attachments, transitions, the repeat-contact property), and the recomputations that Jira's own
// product events would cause if the app's changes were not filtered out (`ignoreSelf`).
import type { CommentDoc } from '../../../rules/telegram/telegram-comment';

/** A group linked to a project (and optionally one client of it): set up by the intake's `/link CODE`. */
export type ChatLink = { readonly projectKey: string; readonly clientId: string | null };

export interface ChatLinks {
  linkOf(chatId: number): Promise<ChatLink | null>;
}

export type ConversationIssue = {
  readonly id: string;
  readonly key: string;
  readonly projectKey: string;
  readonly status: { readonly id: string; readonly name: string; readonly category: string };
  /** The client ID LineBridge recorded on the issue (`linebridge.incident` property), if any. */
  readonly clientId: string | null;
};

/** Where a Jira comment came from: stored as the comment property `linebridge.telegram`. */
export type TelegramOrigin = {
  readonly chatId: number;
  readonly messageId: number;
  readonly fromId: number | null;
  readonly username: string | null;
};
export const TELEGRAM_ORIGIN_PROPERTY = 'linebridge.telegram';

export type UploadedAttachment = { readonly id: string; readonly filename: string; readonly url: string };
export type IssueTransition = { readonly id: string; readonly name: string; readonly toId: string; readonly toName: string; readonly toCategory: string };

/** Repeat contacts recorded from Telegram: the issue property the support-lines facts read. */
export const REPEAT_CONTACTS_PROPERTY = 'linebridge-contacts';
export type RepeatContact = { readonly at: number; readonly source: 'telegram'; readonly ref: string; readonly commentId: string | null };
export type RepeatContactsValue = { readonly v: 1; readonly contacts: readonly RepeatContact[] };

export interface ConversationJira {
  /** NotFoundError when the issue is gone or the app cannot see it. */
  issue(issueIdOrKey: string): Promise<ConversationIssue>;
  /** The id of the comment made from this Telegram message, when one exists (a retry after a crash). */
  findOriginComment(issueKey: string, origin: TelegramOrigin): Promise<string | null>;
  addComment(issueKey: string, body: CommentDoc, origin: TelegramOrigin): Promise<string>;
  updateComment(issueKey: string, commentId: string, body: CommentDoc): Promise<void>;
  /** POST .../attachments (multipart, `X-Atlassian-Token: no-check`). */
  addAttachment(issueKey: string, file: { readonly filename: string; readonly mimeType: string; readonly bytes: Uint8Array }): Promise<UploadedAttachment>;
  transitions(issueKey: string): Promise<readonly IssueTransition[]>;
  /** ValidationError / BadRequestError when a required field or a validator refuses it. */
  transition(issueKey: string, transitionId: string): Promise<void>;
  /** The status the issue had before it entered its current one (newest change first), if history shows it. */
  previousStatus(issueKey: string): Promise<string | null>;
  repeatContacts(issueKey: string): Promise<RepeatContactsValue | null>;
  setRepeatContacts(issueKey: string, value: RepeatContactsValue): Promise<void>;
}

/** Recomputes what the app's own changes affect (SLA live state, support-lines facts). Never throws. */
export interface IssueRefresher {
  issueChanged(issue: { readonly id: string; readonly key: string }): Promise<void>;
}

export type ConversationPorts = {
  readonly links: ChatLinks;
  readonly jira: ConversationJira;
  readonly refresh: IssueRefresher;
};
