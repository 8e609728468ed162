// The bot's answers outside the outbox (command replies, greetings, button answers): a Bot API call Telegram
// refuses is logged and given up — never retried by failing the update, whose effect already happened.
// Every message sent is recorded as the bot's own, so a lost-message probe never edits it.
import { TelegramCallError } from '../../model/telegram/telegram-failure';
import type { Logger } from '../../ports';
import type { OutgoingMessage } from '../../ports-telegram';
import { openBot, type TelegramDeps } from './deps';
import { rememberOwnMessage } from './outbox-records';

/** Runs one Bot API call; a TelegramCallError is logged as `warning` (with `context` and the reason) and gives null. */
export async function orLogged<T>(logger: Logger, warning: string, context: Readonly<Record<string, unknown>>, call: () => Promise<T>): Promise<T | null> {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof TelegramCallError)) throw error;
    logger.warn(warning, { ...context, reason: error.description });
    return null;
  }
}

/**
 * Sends `message` with the connected bot and records it as the bot's own; its id, or null when no bot is
 * connected or Telegram refused (logged as `warning`, by default with the chat id).
 */
export async function sendOwnMessage(
  deps: TelegramDeps, message: OutgoingMessage, warning: string, context: Readonly<Record<string, unknown>> = { chatId: message.chatId },
): Promise<number | null> {
  const session = await openBot(deps);
  if (!session) return null;
  return orLogged(deps.logger, warning, context, async () => {
    const sent = await session.bot.sendMessage(message);
    await rememberOwnMessage(deps, message.chatId, sent.messageId);
    return sent.messageId;
  });
}
