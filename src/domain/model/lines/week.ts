// Weeks of the support-lines panel: ISO weeks starting Monday 00:00 UTC, named by that Monday
// ("2026-01-05"). Pure date arithmetic on epoch milliseconds; never reads the clock.

export const WEEK_MS = 7 * 24 * 3_600_000;
const DAY_MS = 24 * 3_600_000;
const WEEK_ID = /^\d{4}-\d{2}-\d{2}$/;

/** The Monday 00:00 UTC at or before `ms`. */
export function weekStartMs(ms: number): number {
  const day = Math.floor(ms / DAY_MS);
  const weekday = (new Date(day * DAY_MS).getUTCDay() + 6) % 7; // Monday = 0
  return (day - weekday) * DAY_MS;
}

export function weekId(ms: number): string {
  return new Date(weekStartMs(ms)).toISOString().slice(0, 10);
}

export function weekIdToMs(id: string): number {
  return Date.parse(`${id}T00:00:00.000Z`);
}

/** A Monday written as YYYY-MM-DD. */
export function isWeekId(value: unknown): value is string {
  if (typeof value !== 'string' || !WEEK_ID.test(value)) return false;
  const ms = weekIdToMs(value);
  return Number.isFinite(ms) && weekId(ms) === value;
}

/** `count` week ids ending with `lastWeek` (inclusive), oldest first. */
export function weeksEnding(lastWeek: string, count: number): string[] {
  const end = weekIdToMs(lastWeek);
  return Array.from({ length: count }, (_, i) => weekId(end - (count - 1 - i) * WEEK_MS));
}
