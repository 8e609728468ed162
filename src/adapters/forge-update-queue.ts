// The `telegram-updates` queue over @forge/events: the web trigger pushes each verified update here and
// answers Telegram at once; the consumer handles it. A deferred update is pushed again with the reply slot
// it holds. Push failures surface as UpstreamError (retryable): the caller answers 500 / retries.
import { Queue } from '@forge/events';
import { UpstreamError } from '../domain/errors';

export const TELEGRAM_UPDATES_QUEUE = 'telegram-updates';

export type QueuedUpdate = { readonly update: unknown; readonly slot?: number };

export class ForgeUpdateQueue {
  private readonly queue = new Queue({ key: TELEGRAM_UPDATES_QUEUE });

  async push(body: QueuedUpdate, delaySeconds = 0): Promise<void> {
    try {
      await this.queue.push({ body, ...(delaySeconds > 0 ? { delayInSeconds: Math.min(900, Math.ceil(delaySeconds)) } : {}) });
    } catch (error) {
      const name = error instanceof Error ? error.name : 'unknown';
      throw new UpstreamError(`Queue push failed (${name})`, 'queue', undefined, { retryable: true });
    }
  }
}
