// The `telegram-outbox` queue: each job asks for one drain of the Telegram outbox. Thin: runs the drainer;
// when Telegram's 429 is why work remains, the job is retried in place after retry_after (InvocationError);
// other retryable failures retry, anything else is logged and dropped (the five-minute sweep re-wakes).
import { InvocationError, InvocationErrorCode } from '@forge/events';
import { telegramServices } from '../composition';
import { drainOutbox } from '../domain/use-cases/telegram/drain-outbox';
import { retryCountOf, retryOrDrop, type ConsumerEvent } from './consumer-outcome';

/** Forge retries an event at most 4 times; keep the last one for failures. */
const IN_PLACE_RETRIES = 3;

export async function telegramOutboxConsumer(event: ConsumerEvent): Promise<InvocationError | undefined> {
  const deps = telegramServices();
  try {
    const report = await drainOutbox(deps, { canRetryInPlace: retryCountOf(event) < IN_PLACE_RETRIES });
    if (report.retryInPlaceSeconds !== null) {
      return new InvocationError({ retryAfter: report.retryInPlaceSeconds, retryReason: InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED });
    }
    return undefined;
  } catch (error) {
    return retryOrDrop(error, deps.logger, 'telegram-outbox');
  }
}
