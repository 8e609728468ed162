// The chat intake's stored records and their KVS keys: links between a Telegram group and a project
// (+ client ID), one-time link codes (stored under their hash only), drafts of `/ticket` conversations
// per (chat, topic, person), and the issues each chat filed. Data and key builders only.
import type { Locale } from '../../../../shared/i18n';
import type { CustomFieldTarget, TemplateField } from '../../../model/template/types';

export type TelegramPersonRef = { readonly id: number; readonly name: string; readonly username: string | null };

export type ChatLink = {
  readonly v: 1;
  readonly chatId: number;
  readonly title: string;
  readonly projectKey: string;
  readonly clientId: string | null;
  readonly linkedAt: number;
  readonly linkedBy: TelegramPersonRef;
  /** The chat ids this group had before it became a supergroup. */
  readonly migratedFrom: readonly number[];
  /** The language of the administrator who linked it: notifications of issues not filed from the chat use it. */
  readonly locale?: Locale;
};

export type LinkCode = {
  readonly v: 1;
  readonly projectKey: string;
  readonly clientId: string | null;
  readonly createdAt: number;
  readonly expiresAt: number;
  readonly createdBy: string;
};

/** One question of a draft: a template field, or a field the transition guard requires that the template lacks. */
export type DraftQuestion = {
  readonly field: TemplateField;
  /** Only for guard questions: where the answer goes in Jira. */
  readonly target: CustomFieldTarget | null;
  /** Only for guard questions with a `minLength` check. */
  readonly minLength: number | null;
};

export type Draft = {
  readonly v: 1;
  /** Random; the incident's idempotency key is derived from it, so a redelivered update never files twice. */
  readonly id: string;
  readonly chatId: number;
  readonly threadId: number | null;
  readonly person: TelegramPersonRef;
  readonly projectKey: string;
  readonly issueTypeName: string;
  readonly templateId: string;
  readonly locale: Locale;
  readonly questions: readonly DraftQuestion[];
  /** Index of the question being asked. */
  readonly index: number;
  readonly answers: Readonly<Record<string, string | number>>;
  /** The bot's prompts of this draft (answers are replies to one of them). */
  readonly promptIds: readonly number[];
  /** The client's message `/ticket` replied to: quoted into the description. */
  readonly quote: { readonly text: string; readonly author: string } | null;
  readonly startedAt: number;
  readonly lastActivityAt: number;
};

export type FiledFromChat = { readonly draftId: string; readonly issueId: string; readonly issueKey: string; readonly chatId: number; readonly threadId: number | null; readonly locale: Locale; readonly at: number };

const thread = (threadId: number | null): number => threadId ?? 0;

export const INTAKE_KEYS = {
  link: (chatId: number) => `tg:in:link:${chatId}`,
  linkPrefix: 'tg:in:link:',
  code: (hash: string) => `tg:in:code:${hash}`,
  codeUsed: (hash: string) => `tg:in:codeused:${hash}`,
  unlinkedNotice: (chatId: number) => `tg:in:unl:${chatId}`,
  draft: (chatId: number, threadId: number | null, userId: number) => `tg:in:d:${chatId}:${thread(threadId)}:${userId}`,
  draftPrefix: (chatId: number) => `tg:in:d:${chatId}:`,
  /** Issues filed from a chat, for /my and /status (listed by chat). */
  filed: (chatId: number, issueKey: string) => `tg:in:f:${chatId}:${issueKey}`,
  filedPrefix: (chatId: number) => `tg:in:f:${chatId}:`,
  /** The chat an issue was filed from, for notifications (looked up by issue id). */
  issueChat: (issueId: string) => `tg:in:i:${issueId}`,
  slot: (chatId: number, slot: number) => `tg:in:slot:${chatId}:${slot}`,
  limit: (chatId: number, kind: string, window: number) => `tg:in:lim:${chatId}:${kind}:${window}`,
  limitVerdict: (chatId: number, kind: string, messageId: number) => `tg:in:limv:${chatId}:${kind}:${messageId}`,
  limitNotice: (chatId: number, kind: string, window: number) => `tg:in:limn:${chatId}:${kind}:${window}`,
  site: 'tg:in:site',
  /** The web trigger's dedupe mark: this update_id was queued (the consumer dedupes again when it handles it). */
  queued: (updateId: number) => `tg:updq:${updateId}`,
} as const;

export const LINK_CODE_TTL_MS = 24 * 3600_000;
/** A draft nobody answered for this long is dropped (the person is told on their next message). */
export const DRAFT_TIMEOUT_MS = 30 * 60_000;
/** Abandoned drafts are removed by storage after this (well after the timeout, so the notice can be given). */
export const DRAFT_TTL_S = 7 * 24 * 3600;
