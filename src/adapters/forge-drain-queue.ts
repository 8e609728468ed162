// DrainQueue over @forge/events: one small job on the `telegram-outbox` queue per requested drain (the
// wake marker keeps pushes rare). Push failures surface as UpstreamError so the caller's event is retried.
import { Queue } from '@forge/events';
import { UpstreamError } from '../domain/errors';
import type { DrainQueue } from '../domain/ports-telegram';

export const TELEGRAM_OUTBOX_QUEUE = 'telegram-outbox';

export class ForgeDrainQueue implements DrainQueue {
  private readonly queue = new Queue({ key: TELEGRAM_OUTBOX_QUEUE });

  async requestDrain(delaySeconds: number): Promise<void> {
    try {
      await this.queue.push({ body: { kind: 'drain' }, ...(delaySeconds > 0 ? { delayInSeconds: delaySeconds } : {}) });
    } catch (error) {
      const name = error instanceof Error ? error.name : 'unknown';
      throw new UpstreamError(`Queue push failed (${name})`, 'queue', undefined, { retryable: true });
    }
  }
}
