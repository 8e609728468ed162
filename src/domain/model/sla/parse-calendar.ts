// Validates an untrusted calendar (admin page, iCal import) into an SlaCalendar, or field errors keyed by
// path ("week.mon.0.from") with i18n message keys. Overlapping holidays are merged, not refused; a
// calendar without working hours, overlapping working intervals or an unknown zone are refused.
import type { FieldErrors } from '../config/general';
import { WEEKDAYS, type Holiday, type SlaCalendar, type Weekday, type WorkingInterval } from './calendar';
import { isRecord, parseName } from './parse-helpers';
import { mergeSpans, type Span } from './spans';
import {
  MINUTES_PER_DAY,
  formatLocalDate,
  formatTimeOfDay,
  isValidTimeZone,
  parseLocalDate,
  parseTimeOfDay,
} from './time-of-day';

export const MAX_INTERVALS_PER_DAY = 12;
export const MAX_HOLIDAYS = 2000;

function parseDay(raw: unknown, path: string, errors: FieldErrors): WorkingInterval[] {
  if (!Array.isArray(raw)) {
    errors[path] = 'validation.sla.timeOfDay';
    return [];
  }
  if (raw.length > MAX_INTERVALS_PER_DAY) errors[path] = 'validation.tooMany';
  const spans: Span[] = [];
  raw.forEach((item: unknown, i) => {
    const entry = isRecord(item) ? item : {};
    const from = parseTimeOfDay(entry.from);
    const to = parseTimeOfDay(entry.to);
    if (from === null || from === MINUTES_PER_DAY) errors[`${path}.${i}.from`] = 'validation.sla.timeOfDay';
    if (to === null) errors[`${path}.${i}.to`] = 'validation.sla.timeOfDay';
    if (from !== null && to !== null && to <= from) errors[`${path}.${i}`] = 'validation.sla.intervalOrder';
    else if (from !== null && to !== null) spans.push([from, to]);
  });
  const total = spans.reduce((sum, [a, b]) => sum + b - a, 0);
  const merged = mergeSpans(spans);
  if (merged.reduce((sum, [a, b]) => sum + b - a, 0) < total) errors[path] = 'validation.sla.intervalOverlap';
  return merged.map(([a, b]) => ({ from: formatTimeOfDay(a), to: formatTimeOfDay(b) }));
}

function parseWeek(raw: unknown, errors: FieldErrors): Partial<Record<Weekday, WorkingInterval[]>> {
  const week: Partial<Record<Weekday, WorkingInterval[]>> = {};
  if (!isRecord(raw)) {
    errors.week = 'validation.sla.noWorkingHours';
    return week;
  }
  for (const key of Object.keys(raw)) {
    if (!(WEEKDAYS as readonly string[]).includes(key)) errors[`week.${key}`] = 'validation.sla.weekday';
  }
  for (const day of WEEKDAYS) {
    if (raw[day] === undefined) continue;
    const intervals = parseDay(raw[day], `week.${day}`, errors);
    if (intervals.length > 0) week[day] = intervals;
  }
  if (Object.keys(week).length === 0 && errors.week === undefined) errors.week = 'validation.sla.noWorkingHours';
  return week;
}

type DayOff = { spans: Span[]; name: string | undefined };

/** Holidays grouped per date; overlapping entries become one (a time is off if any entry says so). */
function parseHolidays(raw: unknown, errors: FieldErrors): Holiday[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    errors.holidays = 'validation.sla.date';
    return [];
  }
  if (raw.length > MAX_HOLIDAYS) errors.holidays = 'validation.tooMany';
  const days = new Map<number, DayOff>();
  raw.forEach((item: unknown, i) => {
    const entry = isRecord(item) ? item : {};
    const day = parseLocalDate(entry.date);
    const from = entry.from === undefined ? 0 : parseTimeOfDay(entry.from);
    const to = entry.to === undefined ? MINUTES_PER_DAY : parseTimeOfDay(entry.to);
    if (day === null) errors[`holidays.${i}.date`] = 'validation.sla.date';
    if (from === null) errors[`holidays.${i}.from`] = 'validation.sla.timeOfDay';
    if (to === null) errors[`holidays.${i}.to`] = 'validation.sla.timeOfDay';
    if (from !== null && to !== null && to <= from) errors[`holidays.${i}`] = 'validation.sla.intervalOrder';
    if (day === null || from === null || to === null || to <= from) return;
    const rawName = typeof entry.name === 'string' ? entry.name.trim().slice(0, 100) : '';
    const name = rawName === '' ? undefined : rawName;
    const found = days.get(day) ?? { spans: [], name };
    found.spans.push([from, to]);
    days.set(day, { spans: found.spans, name: found.name ?? name });
  });
  return [...days.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([day, off]) =>
      mergeSpans(off.spans).map(([a, b]): Holiday => {
        const partial = a === 0 && b === MINUTES_PER_DAY ? {} : { from: formatTimeOfDay(a), to: formatTimeOfDay(b) };
        return { date: formatLocalDate(day), ...partial, ...(off.name ? { name: off.name } : {}) };
      }),
    );
}

/** Parses untrusted input into a calendar (holidays normalised and merged), or returns field errors. */
export function parseSlaCalendar(input: unknown): { value?: SlaCalendar; errors: FieldErrors } {
  if (!isRecord(input)) return { errors: { _: 'validation.required' } };
  const errors: FieldErrors = {};
  const id = parseName(input.id, 'id', errors, 64);
  const name = parseName(input.name, 'name', errors);
  if (!isValidTimeZone(input.timeZone)) errors.timeZone = 'validation.sla.timeZone';
  const timeZone = typeof input.timeZone === 'string' ? input.timeZone : '';
  const week = parseWeek(input.week, errors);
  const holidays = parseHolidays(input.holidays, errors);
  const value: SlaCalendar = { id, name, timeZone, week, holidays };
  return Object.keys(errors).length > 0 ? { errors } : { value, errors };
}
