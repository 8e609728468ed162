// The least time Telegram's limits (as the stand-in models them: TELEGRAM_LIMITS) allow for sending
// `perChat` messages to each of `chats` groups at once: per chat a bucket of `perChatBurst` refilled at
// `perChatPerSecond`, per group `perGroupPerMinute` in any 60 s, all chats together `globalPerSecond`
// in any second. Greedy earliest-send schedule; the last send's time is the minimum.
import { TELEGRAM_LIMITS, type TelegramLimits } from '../sandbox/telegram/telegram-rate';

export function minimumMs(perChat: readonly number[], limits: TelegramLimits = TELEGRAM_LIMITS): number {
  const chats = perChat.map((count) => ({ left: count, tokens: limits.perChatBurst, at: 0, sent: [] as number[] }));
  const global: number[] = [];
  let t = 0;
  let last = 0;
  while (chats.some((c) => c.left > 0)) {
    for (const c of chats) {
      if (c.left === 0) continue;
      const tokens = Math.min(limits.perChatBurst, c.tokens + ((t - c.at) / 1000) * limits.perChatPerSecond);
      const window = c.sent.filter((s) => s > t - 60_000).length;
      const globalWindow = global.filter((s) => s > t - 1000).length;
      if (tokens >= 1 && window < limits.perGroupPerMinute && globalWindow < limits.globalPerSecond) {
        c.tokens = tokens - 1;
        c.at = t;
        c.sent.push(t);
        global.push(t);
        c.left--;
        last = t;
      }
    }
    t += 10;
  }
  return last;
}
