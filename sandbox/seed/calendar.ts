// Time for the demo seed: the anchor ("now" of the demo data, 00:00 UTC of the day the host first starts)
// and the shifts of the two support lines. Pure arithmetic on epoch ms; never reads a clock.

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const WEEK = 7 * DAY;
/** The demo data covers this many whole weeks before the anchor. */
export const DEMO_WEEKS = 12;

const dayStart = (t: number): number => Math.floor(t / DAY) * DAY;
const isWeekend = (t: number): boolean => {
  const dow = new Date(dayStart(t)).getUTCDay();
  return dow === 0 || dow === 6;
};

/**
 * The demo anchor: `now` rounded down to 00:00 UTC. Every seeded timestamp lies in the 12 weeks before it, so
 * the demo always reaches up to today (a Monday anchor left up to six empty days); the weekday pattern
 * (quiet weekends) follows the real calendar.
 */
export function demoAnchor(now: number): number {
  return dayStart(now);
}

/** A working window in UTC hours, every day or Monday to Friday. */
export type Shift = { readonly startHour: number; readonly endHour: number; readonly weekdaysOnly: boolean };

/** Line 1 (Moscow and New York agents together): 06:00–22:00 UTC on weekdays. */
export const LINE1_SHIFT: Shift = { startHour: 6, endHour: 22, weekdaysOnly: true };
/** Line 2 (the engineering desk): 06:00–18:00 UTC on weekdays. */
export const LINE2_SHIFT: Shift = { startHour: 6, endHour: 18, weekdaysOnly: true };
/** On-call for Critical incidents: around the clock. */
export const ON_CALL: Shift = { startHour: 0, endHour: 24, weekdaysOnly: false };

export function onShift(shift: Shift, t: number): boolean {
  if (shift.weekdaysOnly && isWeekend(t)) return false;
  const hour = (t - dayStart(t)) / HOUR;
  return hour >= shift.startHour && hour < shift.endHour;
}

/** `t` itself when on shift, else the start of the next shift. */
export function nextOnShift(shift: Shift, t: number): number {
  for (let i = 0; i < 8; i++) {
    const day = dayStart(t) + i * DAY;
    if (shift.weekdaysOnly && isWeekend(day)) continue;
    const start = day + shift.startHour * HOUR;
    const end = day + shift.endHour * HOUR;
    if (i > 0) return start;
    if (t < end) return Math.max(t, start);
  }
  throw new Error('a shift must have working days');
}

/** Adds `ms` of on-shift time to `t` (nights and weekends do not count). */
export function addShiftTime(shift: Shift, t: number, ms: number): number {
  let cursor = nextOnShift(shift, t);
  let left = ms;
  for (;;) {
    const end = dayStart(cursor) + shift.endHour * HOUR;
    if (left <= end - cursor) return cursor + left;
    left -= end - cursor;
    cursor = nextOnShift(shift, end);
  }
}
