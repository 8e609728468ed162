// Telegram's flood control as the stand-in models it (core.telegram.org/bots/faq "My bot is hitting limits"):
// ~1 message/s per chat with short bursts, 20 messages/min per group, ~30 messages/s per bot overall. A send
// over a limit gets `429 retry after N`; coming back before N is up (hammering) makes N grow. In memory only.

export type TelegramLimits = {
  /** Per chat: a token bucket refilled at this rate (messages per second)... */
  readonly perChatPerSecond: number;
  /** ...holding at most this many messages (the tolerated burst). */
  readonly perChatBurst: number;
  /** Per group or supergroup: at most this many messages in any sliding 60 s window. */
  readonly perGroupPerMinute: number;
  /** Per bot, all chats together: at most this many messages in any sliding 1 s window. */
  readonly globalPerSecond: number;
  /** Each request made while a 429 is still running adds strikes × this to the wait. */
  readonly hammerPenaltyMs: number;
};

export const TELEGRAM_LIMITS: TelegramLimits = {
  perChatPerSecond: 1,
  perChatBurst: 3,
  perGroupPerMinute: 20,
  globalPerSecond: 30,
  hammerPenaltyMs: 1000,
};

type Ban = { until: number; strikes: number };
type Bucket = { tokens: number; at: number };

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly windows = new Map<string, number[]>();
  private readonly bans = new Map<string, Ban>();

  constructor(
    private readonly now: () => number,
    readonly limits: TelegramLimits = TELEGRAM_LIMITS,
  ) {}

  /** Records a send and returns 0, or returns the `retry_after` seconds of the 429 to answer. */
  take(botId: number, chatId: number, isGroup: boolean): number {
    const t = this.now();
    const chatKey = `chat:${botId}:${chatId}`;
    const groupKey = `group:${botId}:${chatId}`;
    const globalKey = `global:${botId}`;
    const scopes = isGroup ? [globalKey, chatKey, groupKey] : [globalKey, chatKey];
    let banned = 0;
    for (const key of scopes) {
      const ban = this.bans.get(key);
      if (!ban || ban.until <= t) continue;
      ban.strikes++;
      ban.until += ban.strikes * this.limits.hammerPenaltyMs;
      banned = Math.max(banned, ban.until - t);
    }
    if (banned > 0) return Math.max(1, Math.ceil(banned / 1000));
    const bucket = this.refill(chatKey, t);
    const waits: Array<[string, number]> = [
      [globalKey, this.windowWait(globalKey, t, 1000, this.limits.globalPerSecond)],
      [chatKey, bucket.tokens >= 1 ? 0 : ((1 - bucket.tokens) / this.limits.perChatPerSecond) * 1000],
    ];
    if (isGroup) waits.push([groupKey, this.windowWait(groupKey, t, 60_000, this.limits.perGroupPerMinute)]);
    const worst = Math.max(...waits.map(([, w]) => w));
    if (worst > 0) {
      for (const [key, wait] of waits) if (wait > 0) this.bans.set(key, { until: t + wait, strikes: 0 });
      return Math.max(1, Math.ceil(worst / 1000));
    }
    bucket.tokens -= 1;
    this.stamp(globalKey, t);
    if (isGroup) this.stamp(groupKey, t);
    return 0;
  }

  private refill(key: string, t: number): Bucket {
    const bucket = this.buckets.get(key) ?? { tokens: this.limits.perChatBurst, at: t };
    bucket.tokens = Math.min(this.limits.perChatBurst, bucket.tokens + ((t - bucket.at) / 1000) * this.limits.perChatPerSecond);
    bucket.at = t;
    this.buckets.set(key, bucket);
    return bucket;
  }

  /** How long until a sliding window of `spanMs` has room for one more of `max` sends. */
  private windowWait(key: string, t: number, spanMs: number, max: number): number {
    const stamps = (this.windows.get(key) ?? []).filter((s) => s > t - spanMs);
    this.windows.set(key, stamps);
    const oldest = stamps[stamps.length - max];
    return stamps.length >= max && oldest !== undefined ? oldest + spanMs - t : 0;
  }

  private stamp(key: string, t: number): void {
    const stamps = this.windows.get(key) ?? [];
    stamps.push(t);
    this.windows.set(key, stamps);
  }
}
