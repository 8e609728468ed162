// JQL date values: literals ("2026-01-01", "2026/01/01 10:00"), periods (-12w, "4w 2d") and the date
// functions (now(), startOfDay(), endOfWeek("-1") ...). All computed in UTC from the resolver's `now`;
// this file never reads the system clock.
import { JqlError, msg } from './errors';

const MINUTE = 60_000;
const UNIT_MS: Readonly<Record<string, number>> = { w: 7 * 1440 * MINUTE, d: 1440 * MINUTE, h: 60 * MINUTE, m: MINUTE };

/** Adds n units to an instant; y and M are calendar units (day clamped to the month's length). */
export function addUnits(ms: number, n: number, unit: string): number {
  const fixed = UNIT_MS[unit];
  if (fixed !== undefined) return ms + n * fixed;
  const d = new Date(ms);
  const months = unit === 'y' ? n * 12 : n;
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return target.getTime() + (ms - Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** A period such as `-5d`, `4w 2d`, `+1h 30m`; null when the text is not a period. */
export function parsePeriod(text: string, now: number): number | null {
  const m = /^([+-])?\s*((?:\d+\s*[yMwdhm]\s*)+)$/.exec(text.trim());
  if (!m) return null;
  const sign = m[1] === '-' ? -1 : 1;
  let ms = now;
  for (const part of (m[2] ?? '').matchAll(/(\d+)\s*([yMwdhm])/g)) {
    ms = addUnits(ms, sign * Number(part[1]), part[2] ?? 'd');
  }
  return ms;
}

/** A date literal or period for a date field, or a JqlError with Jira's message. */
export function parseDateValue(text: string, field: string, now: number): number {
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(text.trim());
  if (m) {
    const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0'].map(Number) as [
      number, number, number, number, number,
    ];
    const ms = Date.UTC(y, mo - 1, d, h, mi);
    const check = new Date(ms);
    if (check.getUTCMonth() === mo - 1 && check.getUTCDate() === d && h < 24 && mi < 60) return ms;
  } else {
    const period = parsePeriod(text, now);
    if (period !== null) return period;
  }
  throw new JqlError(msg.date(text, field));
}

type Period = 'day' | 'week' | 'month' | 'year';
const NATURAL: Readonly<Record<Period, string>> = { day: 'd', week: 'w', month: 'M', year: 'y' };

function startOf(period: Period, ms: number, weekStartsOn: number): number {
  const d = new Date(ms);
  const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  if (period === 'day') return day;
  if (period === 'week') return day - ((d.getUTCDay() - weekStartsOn + 7) % 7) * UNIT_MS.d!;
  if (period === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  return Date.UTC(d.getUTCFullYear(), 0, 1);
}

export const DATE_FUNCTIONS: ReadonlySet<string> = new Set(
  ['now', 'startofday', 'endofday', 'startofweek', 'endofweek', 'startofmonth', 'endofmonth', 'startofyear', 'endofyear'],
);

/** Evaluates a date function (name already known to be in DATE_FUNCTIONS). */
export function dateFunction(name: string, args: readonly string[], now: number, weekStartsOn: number): number {
  const lower = name.toLowerCase();
  if (lower === 'now') {
    if (args.length > 0) throw new JqlError(msg.functionArgs(name, '0', args.length));
    return now;
  }
  if (args.length > 1) throw new JqlError(msg.functionArgs(name, '0 or 1', args.length));
  const period = lower.replace(/^(start|end)of/, '') as Period;
  const isEnd = lower.startsWith('end');
  let n = 0;
  let unit = NATURAL[period];
  if (args[0] !== undefined) {
    const m = /^([+-]?\d+)([yMwdhm])?$/.exec(args[0].trim());
    if (!m) throw new JqlError(msg.duration(name));
    n = Number(m[1]);
    unit = m[2] ?? unit;
  }
  const natural = unit === NATURAL[period];
  const base = natural ? addUnits(now, n, unit) : now;
  const start = startOf(period, base, weekStartsOn);
  const value = isEnd ? addUnits(start, 1, NATURAL[period]) - 1 : start;
  return natural ? value : addUnits(value, n, unit);
}
