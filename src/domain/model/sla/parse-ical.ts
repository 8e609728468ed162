// Imports holidays from an iCalendar file (RFC 5545): every VEVENT with an all-day DTSTART
// (`DTSTART;VALUE=DATE:20260101`) becomes one holiday per day up to its exclusive DTEND; yearly RRULEs
// repeat up to `untilYear`. Timed events, other recurrences and malformed lines are counted, never thrown.
import type { Holiday } from './calendar';
import { DAY_MS, formatLocalDate } from './time-of-day';

export type ICalImport = {
  readonly holidays: readonly Holiday[];
  /** VEVENTs read. */
  readonly events: number;
  /** VEVENTs left out: timed, unsupported recurrence, bad dates, or too long. */
  readonly skipped: number;
};

export const MAX_ICAL_CHARS = 512 * 1024;
const MAX_DAYS_PER_EVENT = 31;
const MAX_HOLIDAYS_OUT = 2000;
const DATE_VALUE = /^(\d{4})(\d{2})(\d{2})$/;

type Property = { readonly name: string; readonly params: string; readonly value: string };

/** Unfolds continuation lines (CRLF + space or tab) and splits `NAME;PARAMS:VALUE`. */
function properties(text: string): Property[] {
  const unfolded = text.replace(/\r\n/g, '\n').replace(/\r/g, '\n').replace(/\n[ \t]/g, '');
  return unfolded.split('\n').flatMap((line) => {
    const colon = line.indexOf(':');
    if (colon <= 0) return [];
    const head = line.slice(0, colon);
    const semi = head.indexOf(';');
    const name = (semi < 0 ? head : head.slice(0, semi)).trim().toUpperCase();
    return [{ name, params: semi < 0 ? '' : head.slice(semi + 1).toUpperCase(), value: line.slice(colon + 1).trim() }];
  });
}

/** "20260101" → days since 1970, or null for anything else (a date-time, a bad date). */
function dateDay(value: string): number | null {
  const match = DATE_VALUE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (year < 1970 || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return ms / DAY_MS;
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, ch: string) => (ch === 'n' || ch === 'N' ? ' ' : ch)).trim().slice(0, 100);
}

type Event = { start?: number | null; end?: number | null; summary?: string; rrule?: string };

function yearsOf(rrule: string | undefined, startYear: number, untilYear: number): number[] | null {
  if (rrule === undefined) return [startYear];
  const parts = Object.fromEntries(rrule.toUpperCase().split(';').map((p) => p.split('=') as [string, string]));
  const keys = Object.keys(parts).filter((k) => k !== 'FREQ' && k !== 'COUNT' && k !== 'UNTIL' && k !== 'INTERVAL');
  if (parts.FREQ !== 'YEARLY' || keys.length > 0 || (parts.INTERVAL ?? '1') !== '1') return null;
  const count = parts.COUNT === undefined ? Infinity : Number(parts.COUNT);
  const until = parts.UNTIL === undefined ? untilYear : Math.min(untilYear, Number(parts.UNTIL.slice(0, 4)));
  const years: number[] = [];
  for (let y = startYear; y <= until && years.length < count; y++) years.push(y);
  return years;
}

function shiftYear(day: number, year: number): number | null {
  const date = new Date(day * DAY_MS);
  const ms = Date.UTC(year, date.getUTCMonth(), date.getUTCDate());
  return new Date(ms).getUTCDate() === date.getUTCDate() ? ms / DAY_MS : null; // 29 Feb in other years: none
}

function expand(event: Event, untilYear: number): Holiday[] | null {
  if (event.start === undefined || event.start === null || event.end === null) return null;
  const length = event.end === undefined ? 1 : event.end - event.start;
  if (length < 1 || length > MAX_DAYS_PER_EVENT) return null;
  const years = yearsOf(event.rrule, new Date(event.start * DAY_MS).getUTCFullYear(), untilYear);
  if (!years) return null;
  const name = event.summary ? { name: event.summary } : {};
  return years.flatMap((year) => {
    const first = shiftYear(event.start ?? 0, year);
    if (first === null) return [];
    return Array.from({ length }, (_, i): Holiday => ({ date: formatLocalDate(first + i), ...name }));
  });
}

/** Parses iCalendar text into whole-day holidays. `untilYear` bounds yearly recurrences. */
export function parseICalHolidays(text: string, untilYear: number): ICalImport {
  const holidays: Holiday[] = [];
  let events = 0;
  let skipped = 0;
  let current: Event | null = null;
  for (const prop of properties(text.slice(0, MAX_ICAL_CHARS))) {
    if (prop.name === 'BEGIN' && prop.value.toUpperCase() === 'VEVENT') current = {};
    else if (prop.name === 'END' && prop.value.toUpperCase() === 'VEVENT' && current) {
      events++;
      const days = expand(current, untilYear);
      if (days && holidays.length + days.length <= MAX_HOLIDAYS_OUT) holidays.push(...days);
      else skipped++;
      current = null;
    } else if (current) {
      // A DATE-TIME value (`20260310T090000Z`) is a timed event: not a holiday.
      if (prop.name === 'DTSTART') current.start = dateDay(prop.value);
      else if (prop.name === 'DTEND') current.end = dateDay(prop.value);
      else if (prop.name === 'SUMMARY') current.summary = unescapeText(prop.value);
      else if (prop.name === 'RRULE') current.rrule = prop.value;
    }
  }
  holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { holidays, events, skipped };
}
