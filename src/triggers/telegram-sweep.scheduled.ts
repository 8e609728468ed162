// Every five minutes: if Telegram notifications wait and no drain is running or due, request one.
// One failure is logged; the next run tries again (scheduled triggers are not retried on Forge).
import { telegramServices } from '../composition';
import { isAppError } from '../domain/errors';
import { sweepOutbox } from '../domain/use-cases/telegram/sweep-outbox';

export async function telegramSweepScheduled(): Promise<void> {
  const deps = telegramServices();
  try {
    if (await sweepOutbox(deps)) deps.logger.info('telegram sweep: woke the outbox drainer');
  } catch (error) {
    deps.logger.warn('telegram sweep failed', { error: isAppError(error) ? error.code : error instanceof Error ? error.name : 'unknown' });
  }
}
