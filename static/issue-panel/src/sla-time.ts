// Business time in the browser, from the working spans the server sent: how much of [from, to) is working
// time, when work resumes, and the compact durations and relative times the clocks show. Pure.
// Relative imports only (no @shared/@ui aliases): the root unit suite imports this file too.
import type { Locale, MessageKey } from '../../../src/shared/i18n';

export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

export type Spans = readonly (readonly [number, number])[];

/** Working milliseconds in [from, to): every millisecond with `always` (24/7), else the spans' overlap. */
export function businessBetween(spans: Spans, always: boolean, from: number, to: number): number {
  if (!(to > from)) return 0;
  if (always) return to - from;
  let total = 0;
  for (const [a, b] of spans) {
    const low = Math.max(a, from);
    const high = Math.min(b, to);
    if (high > low) total += high - low;
  }
  return total;
}

/** Null when `at` is working time (or 24/7); else the start of the next span (or null if none is known). */
export function resumesAt(spans: Spans, always: boolean, at: number): number | null | 'working' {
  if (always) return 'working';
  for (const [a, b] of spans) {
    if (at >= a && at < b) return 'working';
    if (a > at) return a;
  }
  return null;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "2 d 3 h", "4 h 5 min", "12 min 30 s", "40 s" (seconds only under an hour). */
export function formatDuration(ms: number, t: Translate): string {
  const v = Math.max(0, Math.round(ms / SECOND) * SECOND);
  const d = Math.floor(v / DAY);
  const h = Math.floor((v % DAY) / HOUR);
  const m = Math.floor((v % HOUR) / MINUTE);
  const s = Math.floor((v % MINUTE) / SECOND);
  const parts: string[] = [];
  if (d > 0) parts.push(t('slaIssue.unit.d', { n: d }), ...(h > 0 ? [t('slaIssue.unit.h', { n: h })] : []));
  else if (h > 0) parts.push(t('slaIssue.unit.h', { n: h }), ...(m > 0 ? [t('slaIssue.unit.m', { n: m })] : []));
  else if (m > 0) parts.push(t('slaIssue.unit.m', { n: m }), ...(s > 0 ? [t('slaIssue.unit.s', { n: s })] : []));
  else parts.push(t('slaIssue.unit.s', { n: s }));
  return parts.join(' ');
}

export const minutes = (n: number): number => n * MINUTE;

/** "in 5 minutes", "2 hours ago", "вчера": Intl.RelativeTimeFormat in the user's language. */
export function relativeTime(target: number, now: number, locale: Locale): string {
  const diff = target - now;
  const abs = Math.abs(diff);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (abs < MINUTE) return format.format(Math.round(diff / SECOND), 'second');
  if (abs < HOUR) return format.format(Math.round(diff / MINUTE), 'minute');
  if (abs < DAY) return format.format(Math.round(diff / HOUR), 'hour');
  return format.format(Math.round(diff / DAY), 'day');
}
