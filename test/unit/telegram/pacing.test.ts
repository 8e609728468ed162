// Pacing before Telegram says 429: per chat a bucket of 3 refilled about once a second, per group 20 a
// minute, overall 28 a second. Checked against the stand-in's model of Telegram's limits.
import { RateLimiter, TELEGRAM_LIMITS } from '../../../sandbox/telegram/telegram-rate';
import { chatWaitMs, globalWaitMs, recordSend } from '../../../src/domain/rules/telegram/pacing';

function schedule(count: number, group: boolean): number[] {
  let history: number[] = [];
  let t = 0;
  const at: number[] = [];
  for (let i = 0; i < count; i++) {
    t += chatWaitMs(history, group, t);
    at.push(t);
    history = recordSend(history, t);
  }
  return at;
}

describe('pacing', () => {
  it('allows a burst of three, then about one a second, in a private chat', () => {
    const at = schedule(6, false);
    expect(at.slice(0, 3)).toEqual([0, 0, 0]);
    expect(at[3]).toBe(1050);
    expect(at[5]).toBe(3150);
  });

  it('never sends more than 20 a minute to a group', () => {
    const at = schedule(45, true);
    for (let i = 20; i < at.length; i++) expect((at[i] ?? 0) - (at[i - 20] ?? 0)).toBeGreaterThanOrEqual(60_000);
  });

  it('is never refused by Telegram’s limits as the stand-in models them', () => {
    let now = 0;
    const limiter = new RateLimiter(() => now, TELEGRAM_LIMITS);
    for (const t of schedule(60, true)) {
      now = t;
      expect(limiter.take(1, -100, true)).toBe(0);
    }
  });

  it('holds the overall rate under 30 a second across chats', () => {
    const sends = Array.from({ length: 28 }, (_, i) => i * 10);
    expect(globalWaitMs(sends, 300)).toBe(700);
    expect(globalWaitMs(sends.slice(1), 300)).toBe(0);
  });
});
