// A client's message about an issue becomes one Jira comment (as the app, attributed to the Telegram person,
// with the files copied as attachments). Exactly once per (chat, message): a record at `tg:cin:<chat>:<msg>`
// is claimed first; a claim left by a crash is completed by looking for the comment's origin property in
// Jira before posting. An edited message edits that comment.
import { toLocale, type Locale } from '../../../../shared/i18n';
import { parseGeneralSettings } from '../../../model/config/general';
import { buildTelegramComment, type CommentDoc } from '../../../rules/telegram/telegram-comment';
import { readSection } from '../../get-settings';
import { nowMs, openBot } from '../deps';
import type { UpdateDeps } from '../dispatch-types';
import type { ParsedMessage } from '../update-shape';
import { copyFiles, type FileProgress } from './copy-files';
import { CONVERSATION_KEYS } from './issue-messages';
import type { ConversationIssue, TelegramOrigin } from './ports';

const RECORD_TTL_S = 90 * 24 * 3600;

export type InboundRecord = FileProgress & {
  readonly v: 1;
  readonly issueId: string;
  readonly issueKey: string;
  readonly commentId: string | null;
  /** The follow-ups (status, repeat contact, refresh, answers about files) ran. */
  readonly followedUp: boolean;
  readonly at: number;
};

export type TakeOutcome = { readonly kind: 'duplicate' } | { readonly kind: 'taken'; readonly record: InboundRecord };

export async function commentLocale(deps: UpdateDeps): Promise<Locale> {
  return toLocale(parseGeneralSettings((await readSection(deps.store, 'general')).value).value?.defaultLocale ?? 'en');
}

export function originOf(message: ParsedMessage): TelegramOrigin {
  return { chatId: message.chat.id, messageId: message.messageId, fromId: message.from?.id ?? null, username: message.from?.username ?? null };
}

function authorOf(message: ParsedMessage): { name: string; username: string | null } {
  if (!message.from || message.senderChatId !== null) return { name: message.chat.title, username: null };
  return { name: [message.from.firstName, message.from.lastName].filter((s) => s !== '').join(' '), username: message.from.username };
}

export function commentBody(locale: Locale, message: ParsedMessage, files: FileProgress, edited: boolean): CommentDoc {
  return buildTelegramComment({
    locale, author: authorOf(message), chatTitle: message.chat.title, text: message.text, edited,
    attachments: files.attachments.map((a) => ({ filename: a.filename, url: a.url })), skipped: files.skipped,
  });
}

export async function takeMessage(deps: UpdateDeps, message: ParsedMessage, issue: ConversationIssue): Promise<TakeOutcome> {
  const key = CONVERSATION_KEYS.inbound(message.chat.id, message.messageId);
  const fresh: InboundRecord = { v: 1, issueId: issue.id, issueKey: issue.key, commentId: null, attachments: [], skipped: [], followedUp: false, at: nowMs(deps) };
  let record = (await deps.atomic.createIfAbsent(key, fresh, RECORD_TTL_S)) ? fresh : ((await deps.store.get<InboundRecord>(key)) ?? fresh);
  if (record.commentId !== null && record.followedUp) return { kind: 'duplicate' };
  const save = async (next: InboundRecord): Promise<void> => {
    record = next;
    await deps.atomic.put(key, next, RECORD_TTL_S);
  };
  const { jira } = deps.conversation;
  const origin = originOf(message);
  if (record.commentId === null && record !== fresh) {
    // A claim without a comment id: an earlier attempt may have posted the comment before it stopped.
    const found = await jira.findOriginComment(record.issueKey, origin);
    if (found !== null) await save({ ...record, commentId: found });
  }
  if (record.commentId === null) {
    const session = await openBot(deps);
    const files = session && message.files.length > 0
      ? await copyFiles({ jira, bot: session.bot }, record.issueKey, message.messageId, message.files, record, (p) => save({ ...record, ...p }))
      : record;
    const body = commentBody(await commentLocale(deps), message, files, false);
    const commentId = await jira.addComment(record.issueKey, body, origin);
    await save({ ...record, ...files, commentId });
  }
  return { kind: 'taken', record };
}

export async function markFollowedUp(deps: UpdateDeps, message: ParsedMessage, record: InboundRecord): Promise<void> {
  await deps.atomic.put(CONVERSATION_KEYS.inbound(message.chat.id, message.messageId), { ...record, followedUp: true }, RECORD_TTL_S);
}

/** An edited message edits the comment made from it; false when no comment was made from it. */
export async function applyEdit(deps: UpdateDeps, message: ParsedMessage): Promise<boolean> {
  const record = await deps.store.get<InboundRecord>(CONVERSATION_KEYS.inbound(message.chat.id, message.messageId));
  if (!record || record.commentId === null) return false;
  const body = commentBody(await commentLocale(deps), message, record, true);
  await deps.conversation.jira.updateComment(record.issueKey, record.commentId, body);
  return true;
}
