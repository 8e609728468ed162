// The `telegram-updates` queue: one Telegram update per event, pushed by the web trigger after its secret
// check and dedupe. Handles it (handleTelegramUpdate dedupes again on update_id: a queue redelivery is a
// no-op). A reply the chat's pacing cannot send now defers the update to its slot (pushed again with a
// delay, nothing changed yet); retryable failures retry; unreadable events are logged and dropped.
import { InvocationError, InvocationErrorCode } from '@forge/events';
import { updateQueue, updateServices } from '../composition';
import { BadRequestError } from '../domain/errors';
import { handleTelegramUpdate } from '../domain/use-cases/telegram/handle-update';
import { ReplyDeferred } from '../domain/use-cases/telegram/intake';
import { retryOrDrop, type ConsumerEvent } from './consumer-outcome';

export async function telegramUpdatesConsumer(event: ConsumerEvent): Promise<InvocationError | undefined> {
  const body = (typeof event.body === 'object' && event.body !== null ? event.body : {}) as { update?: unknown; slot?: unknown };
  const slot = typeof body.slot === 'number' && Number.isSafeInteger(body.slot) ? body.slot : null;
  const deps = updateServices(slot);
  try {
    await handleTelegramUpdate(deps, body.update);
    return undefined;
  } catch (error) {
    if (error instanceof ReplyDeferred) {
      try {
        await updateQueue().push({ update: body.update, slot: error.slot }, Math.ceil(error.delayMs / 1000));
        return undefined;
      } catch {
        return new InvocationError({ retryAfter: Math.max(1, Math.ceil(error.delayMs / 1000)), retryReason: InvocationErrorCode.FUNCTION_RETRY_REQUEST });
      }
    }
    if (error instanceof BadRequestError) {
      deps.logger.warn('telegram-updates: unreadable update dropped');
      return undefined;
    }
    return retryOrDrop(error, deps.logger, 'telegram-updates');
  }
}
