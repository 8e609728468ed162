// Webhook delivery as Telegram does it: POST each pending update as JSON to the bot's URL, oldest first, with
// `X-Telegram-Bot-Api-Secret-Token` when a secret is set; a 2xx confirms it, anything else (or a throw) keeps
// it pending, records last_error_date/message and retries after a growing delay. At least once, in order.
import { STATUS_CODES } from 'node:http';
import type { TelegramStore } from './telegram-store';
import type { UpdateQueue } from './telegram-updates';

/** What the host provides: send one webhook request and report the HTTP status. */
export type WebhookDeliver = (url: string, headers: Readonly<Record<string, string>>, body: string) => Promise<{ readonly status: number }>;
/** Runs `run` at time `atMs` (of the stand-in's clock); returns a cancel function. */
export type Schedule = (atMs: number, run: () => void) => () => void;

export const WEBHOOK_RETRY_MS = { first: 1000, max: 60_000 } as const;

export class WebhookPump {
  private readonly running = new Map<number, Promise<void>>();
  private readonly retries = new Map<number, () => void>();
  private readonly attempts = new Map<number, number>();
  /** Bots kicked while a delivery ran: look again when it ends. */
  private readonly again = new Set<number>();

  constructor(
    private readonly store: TelegramStore,
    private readonly queue: UpdateQueue,
    private readonly now: () => number,
    private readonly deliver: WebhookDeliver,
    private readonly schedule: Schedule,
  ) {}

  /** Starts delivering `botId`'s pending updates unless a delivery or a retry wait is already under way. */
  kick(botId: number): void {
    if (this.retries.has(botId)) return;
    if (this.running.has(botId)) {
      this.again.add(botId);
      return;
    }
    const run = this.drain(botId).finally(() => {
      this.running.delete(botId);
      if (this.again.delete(botId)) this.kick(botId);
    });
    this.running.set(botId, run);
  }

  /** The webhook changed: forget the retry wait and the failure count, deliver again at once. */
  reset(botId: number): void {
    this.retries.get(botId)?.();
    this.retries.delete(botId);
    this.attempts.delete(botId);
    this.kick(botId);
  }

  /** Resolves when no delivery is in flight (retries waiting for their time do not count). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running.values()]);
  }

  private async drain(botId: number): Promise<void> {
    await Promise.resolve();
    for (;;) {
      const bot = this.store.bot(botId);
      if (!bot || bot.webhookUrl === '') return;
      this.queue.expire(botId);
      const [update] = this.store.updates(botId, 0, 1);
      if (!update) return;
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (bot.webhookSecret !== '') headers['x-telegram-bot-api-secret-token'] = bot.webhookSecret;
      let failure: string | undefined;
      try {
        const { status } = await this.deliver(bot.webhookUrl, headers, JSON.stringify(update));
        if (status < 200 || status > 299) failure = `Wrong response from the webhook: ${status} ${STATUS_CODES[status] ?? ''}`.trim();
      } catch (error) {
        const name = error instanceof Error ? error.name : '';
        failure = name === 'TimeoutError' || name === 'AbortError' ? 'Read timeout expired' : 'Connection refused';
      }
      const current = this.store.bot(botId);
      if (!current || current.webhookUrl !== bot.webhookUrl) return;
      if (failure === undefined) {
        this.store.dropUpdates(botId, update.update_id + 1);
        this.attempts.delete(botId);
        continue;
      }
      this.store.putBot({ ...current, lastErrorDate: Math.floor(this.now() / 1000), lastErrorMessage: failure });
      const attempt = (this.attempts.get(botId) ?? 0) + 1;
      this.attempts.set(botId, attempt);
      const delay = Math.min(WEBHOOK_RETRY_MS.first * 2 ** (attempt - 1), WEBHOOK_RETRY_MS.max);
      this.retries.set(botId, this.schedule(this.now() + delay, () => {
        this.retries.delete(botId);
        this.kick(botId);
      }));
      return;
    }
  }
}
