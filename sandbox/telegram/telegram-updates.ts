// Each bot's update queue, as the Bot API keeps it: update_id increases by one per update; updates wait
// (at most 24 h) until getUpdates confirms them with a higher offset or the webhook answers 2xx. Also the
// getUpdates long poll (bounded wait; a newer poll or setWebhook ends an older one with 409).
import { tgErrors, type TgError } from './telegram-errors';
import type { BotDoc, TelegramStore } from './telegram-store';
import { DEFAULT_ALLOWED_UPDATES, type TgUpdate, type UpdateKind } from './telegram-types';

export const UPDATE_RETENTION_MS = 24 * 3600 * 1000;
const FIRST_UPDATE_ID = 800_000_001;

type Waiter = { readonly wake: (error?: TgError) => void };

export class UpdateQueue {
  private readonly waiters = new Map<number, Waiter>();

  constructor(
    private readonly store: TelegramStore,
    private readonly now: () => number,
    private readonly longPollCapMs: number,
    /** Called after an update is queued for a bot with a webhook. */
    private readonly onQueued: (botId: number) => void,
  ) {}

  /** Queues an update of `kind` for `bot` unless its allowed_updates exclude it; returns it when queued. */
  push(bot: BotDoc, kind: UpdateKind, payload: object): TgUpdate | undefined {
    const allowed = bot.allowedUpdates ?? DEFAULT_ALLOWED_UPDATES;
    if (!allowed.includes(kind)) return undefined;
    const update = { update_id: this.store.next(`update:${bot.id}`, FIRST_UPDATE_ID), [kind]: payload } as TgUpdate;
    this.store.addUpdate(bot.id, update, this.now());
    if (bot.webhookUrl !== '') this.onQueued(bot.id);
    else this.waiters.get(bot.id)?.wake();
    return update;
  }

  /** Drops updates older than Telegram keeps them. */
  expire(botId: number): void {
    this.store.dropUpdatesCreatedBefore(botId, this.now() - UPDATE_RETENTION_MS);
  }

  /** getUpdates: confirm by offset, then answer at once or wait (bounded) for the first new update. */
  async poll(bot: BotDoc, offset: number, limit: number, timeoutSeconds: number): Promise<TgUpdate[]> {
    this.expire(bot.id);
    const from = this.confirm(bot.id, offset);
    const ready = this.store.updates(bot.id, from, limit);
    this.waiters.get(bot.id)?.wake(tgErrors.otherGetUpdates());
    if (ready.length > 0 || timeoutSeconds <= 0) return ready;
    await new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        wake: (error) => {
          clearTimeout(timer);
          if (this.waiters.get(bot.id) === waiter) this.waiters.delete(bot.id);
          if (error) reject(error);
          else resolve();
        },
      };
      const timer = setTimeout(() => waiter.wake(), Math.min(timeoutSeconds * 1000, this.longPollCapMs));
      timer.unref();
      this.waiters.set(bot.id, waiter);
    });
    return this.store.updates(bot.id, from, limit);
  }

  /** Ends a waiting getUpdates of `botId` with `error` (setWebhook does this). */
  terminate(botId: number, error: TgError): void {
    this.waiters.get(botId)?.wake(error);
  }

  /** Positive offsets confirm every lower update_id; -N keeps only the newest N. Returns the first id to send. */
  private confirm(botId: number, offset: number): number {
    if (offset > 0) {
      this.store.dropUpdates(botId, offset);
      return offset;
    }
    if (offset < 0) {
      const newest = this.store.lastUpdateIds(botId, -offset);
      const first = newest[newest.length - 1];
      if (first === undefined) return 0;
      this.store.dropUpdates(botId, first);
      return first;
    }
    return 0;
  }
}
