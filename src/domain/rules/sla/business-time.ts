// Business time: real elapsed milliseconds that fall inside the calendar's working spans. A working
// interval on a daylight-saving day therefore counts the real time between its two wall-clock boundaries
// (00:00–24:00 is 23 h or 25 h; 09:00–18:00 in Europe is always 9 h). Never negative, never NaN.
import { DAY_MS } from '../../model/sla/time-of-day';
import { daySpans, type CompiledCalendar } from './compiled-calendar';
import { localDayOf } from './time-zone';

/** How far ahead `addBusinessMs` looks for working time before giving up (about 110 years). */
const MAX_DAYS_AHEAD = 40_000;

/** Business milliseconds in [from, to); zero when `to` ≤ `from`. */
export function businessMsBetween(calendar: CompiledCalendar, from: number, to: number): number {
  if (!(to > from)) return 0;
  if (calendar.always) return to - from;
  let total = 0;
  // A day's spans start no earlier than its UTC midnight minus the largest offset (< 1 day).
  for (let day = localDayOf(calendar.zone, from); day * DAY_MS - DAY_MS <= to; day++) {
    for (const [start, end] of daySpans(calendar, day)) {
      const low = Math.max(start, from);
      const high = Math.min(end, to);
      if (high > low) total += high - low;
    }
  }
  return total;
}

/**
 * The earliest instant `t` ≥ `from` with businessMsBetween(from, t) = `amount`: when a clock started at
 * `from` reaches `amount`. Null if the calendar has no working time in the next ~110 years.
 */
export function addBusinessMs(calendar: CompiledCalendar, from: number, amount: number): number | null {
  if (!(amount > 0)) return from;
  if (calendar.always) return from + amount;
  let left = amount;
  const first = localDayOf(calendar.zone, from);
  for (let day = first; day < first + MAX_DAYS_AHEAD; day++) {
    for (const [start, end] of daySpans(calendar, day)) {
      const low = Math.max(start, from);
      if (end <= low) continue;
      if (end - low >= left) return low + left;
      left -= end - low;
    }
  }
  return null;
}
