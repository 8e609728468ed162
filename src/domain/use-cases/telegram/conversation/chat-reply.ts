// A short bot answer to a client's message (a refused reply, a file that could not be copied): sent as a
// reply in the same chat and topic, recorded as the bot's own message (lost-message probes never touch it)
// and, when it is about an issue, as a message about that issue. Telegram refusing it is logged, not retried.
import { translate, type Locale, type MessageKey } from '../../../../shared/i18n';
import { escapeHtml } from '../../../rules/telegram/html';
import { sendOwnMessage } from '../bot-call';
import type { UpdateDeps } from '../dispatch-types';
import type { ParsedMessage } from '../update-shape';
import { rememberIssueMessage } from './issue-messages';

export async function replyToClient(
  deps: UpdateDeps, message: ParsedMessage, locale: Locale, key: MessageKey, params: Readonly<Record<string, string>> = {}, issue: { key: string; id: string } | null = null,
): Promise<void> {
  const text = translate(locale, key, Object.fromEntries(Object.entries(params).map(([k, v]) => [k, escapeHtml(v)])));
  const sent = await sendOwnMessage(
    deps, { chatId: message.chat.id, text, threadId: message.threadId, replyTo: message.messageId, button: null }, 'telegram conversation answer not sent',
  );
  if (sent !== null && issue) await rememberIssueMessage(deps, message.chat.id, sent, issue.key, issue.id);
}
