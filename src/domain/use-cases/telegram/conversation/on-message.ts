// The conversation's message handler: in a linked group, a client's message about an issue of the chat's
// project (and client) becomes a Jira comment; then the issue leaves "Waiting for customer" (so the SLA clock
// resumes), a chasing message is counted as a repeat contact, and the SLA and support-lines facts are
// recomputed (the app's own Jira changes raise no product events for it). Messages about other issues are
// refused politely; unlinked chats and messages about no issue are left to nobody (false).
import { toLocale } from '../../../../shared/i18n';
import { NotFoundError } from '../../../errors';
import { TELEGRAM_DOWNLOAD_LIMIT_BYTES } from '../../../ports-telegram';
import { formatSize } from '../../../rules/telegram/telegram-comment';
import { nowMs } from '../deps';
import type { MessageHandler, UpdateDeps } from '../dispatch-types';
import type { ParsedMessage } from '../update-shape';
import { replyToClient } from './chat-reply';
import { loadConversationSettings, waitingStatuses } from './conversation-settings';
import { CONVERSATION_KEYS, noteClientMessage } from './issue-messages';
import type { ConversationIssue } from './ports';
import { isRepeatContactMessage, recordRepeatContact } from './repeat-contacts';
import { isWaiting, resumeFromWaiting } from './resume-waiting';
import { applyEdit, markFollowedUp, takeMessage, type InboundRecord } from './take-message';
import { belongsTo, targetOf } from './target-issue';

/** "Which issue do you mean?" is asked at most once a day per chat. */
const ASK_TTL_S = 24 * 3600;

async function followUp(deps: UpdateDeps, message: ParsedMessage, issue: ConversationIssue, record: InboundRecord): Promise<void> {
  const locale = toLocale(message.languageCode);
  const settings = await loadConversationSettings(deps.store);
  const waiting = await waitingStatuses(deps.store, settings);
  const before = await noteClientMessage(deps, message.chat.id, { issueKey: issue.key, issueId: issue.id });
  const now = nowMs(deps);
  const repeat = isRepeatContactMessage({ text: message.text, issue, waiting: isWaiting(issue, waiting), before, now, repeatAfterMs: settings.repeatAfterMinutes * 60_000 });
  if (repeat) {
    await recordRepeatContact(deps.conversation.jira, issue.key, { at: now, source: 'telegram', ref: `${message.chat.id}:${message.messageId}`, commentId: record.commentId });
  }
  if (settings.resumeOnClientReply) await resumeFromWaiting({ jira: deps.conversation.jira, logger: deps.logger }, issue, waiting, settings.resumeTo);
  await deps.conversation.refresh.issueChanged({ id: issue.id, key: issue.key });
  for (const skipped of record.skipped) {
    const params = { key: issue.key, file: skipped.label, size: formatSize(skipped.size ?? TELEGRAM_DOWNLOAD_LIMIT_BYTES) };
    await replyToClient(deps, message, locale, skipped.reason === 'tooBig' ? 'tgc.reply.tooBig' : 'tgc.reply.failed', params, issue);
  }
  await markFollowedUp(deps, message, record);
}

async function onEdit(deps: UpdateDeps, message: ParsedMessage): Promise<boolean> {
  try {
    return await applyEdit(deps, message);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    deps.logger.info('telegram edit: the comment or its issue is gone', { chatId: message.chat.id });
    return true;
  }
}

export const onConversationMessage: MessageHandler = async (deps, message) => {
  if (message.chat.type !== 'group' && message.chat.type !== 'supergroup') return false;
  if (!message.from && message.senderChatId === null) return false;
  const link = await deps.conversation.links.linkOf(message.chat.id);
  if (!link) return false;
  if (message.edited) return onEdit(deps, message);
  if (message.text.trim() === '' && message.files.length === 0) return false;
  const target = await targetOf(deps, message, link);
  const locale = toLocale(message.languageCode);
  if (target.kind === 'none') return false;
  if (target.kind === 'ambiguous') {
    if (await deps.atomic.createIfAbsent(CONVERSATION_KEYS.asked(message.chat.id), { at: nowMs(deps) }, ASK_TTL_S)) {
      await replyToClient(deps, message, locale, 'tgc.reply.which', { example: target.example });
    }
    return true;
  }
  let issue: ConversationIssue;
  try {
    issue = await deps.conversation.jira.issue(target.ref.issueId ?? target.ref.issueKey);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    await replyToClient(deps, message, locale, 'tgc.reply.gone');
    return true;
  }
  if (!belongsTo(issue, link)) {
    deps.logger.info('telegram reply about an issue of another project or client refused', { chatId: message.chat.id });
    await replyToClient(deps, message, locale, 'tgc.reply.otherClient');
    return true;
  }
  const taken = await takeMessage(deps, message, issue);
  if (taken.kind === 'taken') await followUp(deps, message, issue, taken.record);
  return true;
};
