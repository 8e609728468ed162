// Finding a message whose send answer was lost (5xx, timeout). Telegram has no idempotency keys, so after
// an ambiguous send the drainer looks for the message before sending again: each id after the newest one
// it knew is probed with an edit to identical content, which Telegram refuses as "not modified" exactly
// when it is our lost message. Ids of the app's own other messages are skipped, so none is ever edited.
import type { OutgoingMessage, ProbeResult, TelegramBot } from '../../ports-telegram';
import { TelegramCallError } from '../../model/telegram/telegram-failure';
import type { SendAttempt } from '../../model/telegram/outbox';
import type { TelegramDeps } from './deps';
import { isOwnMessage } from './outbox-records';

/** How far past the known head a lost message is looked for (people may have written meanwhile). */
export const PROBE_WINDOW = 30;
/** This many missing ids in a row end the search: the chat has no newer messages. */
const MISSING_RUN = 5;

export type LostSearch =
  | { readonly kind: 'found'; readonly messageId: number }
  | { readonly kind: 'absent' }
  | { readonly kind: 'noAnchor' }
  | { readonly kind: 'unknown'; readonly error: TelegramCallError };

/** The message an attempt sent, as a probe must reproduce it (text, button and keyboard identical). */
export function attemptMessage(attempt: SendAttempt, threadId: number | null): OutgoingMessage {
  return {
    chatId: attempt.targetChatId, text: attempt.text, threadId, replyTo: null, button: attempt.button,
    ...(attempt.keyboard && attempt.keyboard.length > 0 ? { keyboard: attempt.keyboard } : {}),
  };
}

async function probe(bot: TelegramBot, message: OutgoingMessage, id: number): Promise<ProbeResult | TelegramCallError> {
  try {
    return await bot.probeOwnMessage(message, id);
  } catch (error) {
    if (error instanceof TelegramCallError) return error;
    throw error;
  }
}

/** Looks above the attempt's known head for the lost message. */
export async function findLostMessage(deps: TelegramDeps, bot: TelegramBot, attempt: SendAttempt, message: OutgoingMessage): Promise<LostSearch> {
  if (attempt.knownHead === null) return { kind: 'noAnchor' };
  let missing = 0;
  for (let id = attempt.knownHead + 1; id <= attempt.knownHead + PROBE_WINDOW && missing < MISSING_RUN; id++) {
    if (await isOwnMessage(deps, message.chatId, id)) {
      missing = 0;
      continue;
    }
    const result = await probe(bot, message, id);
    if (result instanceof TelegramCallError) return { kind: 'unknown', error: result };
    if (result === 'match') return { kind: 'found', messageId: id };
    missing = result === 'missing' ? missing + 1 : 0;
  }
  return { kind: 'absent' };
}

/**
 * After a resend with no known head (the chat's first message): an identical older message just below the
 * new one means the lost send had landed; the caller deletes the new copy and keeps the older one.
 */
export async function findEarlierCopy(deps: TelegramDeps, bot: TelegramBot, message: OutgoingMessage, newId: number): Promise<number | null> {
  for (let id = newId - 1; id >= Math.max(1, newId - PROBE_WINDOW); id--) {
    if (await isOwnMessage(deps, message.chatId, id)) continue;
    const result = await probe(bot, message, id);
    if (result === 'match') return id;
    if (result instanceof TelegramCallError) return null;
  }
  return null;
}
