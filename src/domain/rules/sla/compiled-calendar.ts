// A calendar compiled for the clock: minute spans per weekday and per holiday date, and per local day the
// working spans as real instants (cached). Malformed entries are skipped here; the validator reports them.
// A calendar with no working hours becomes 24/7 and an unknown zone becomes UTC (the report says so).
import type { SlaCalendar, Weekday } from '../../model/sla/calendar';
import type { CalendarFallback } from '../../model/sla/report';
import { MINUTES_PER_DAY, isValidTimeZone, parseLocalDate, parseTimeOfDay } from '../../model/sla/time-of-day';
import { mergeSpans, subtractSpans, type Span } from '../../model/sla/spans';
import { firstInstantAtOrAfter } from './time-zone';

export type { Span } from '../../model/sla/spans';

export type CompiledCalendar = {
  readonly zone: string;
  /** Every instant is working time: business time is real time. */
  readonly always: boolean;
  readonly fallback: CalendarFallback | null;
  /** Indexed like Date#getUTCDay: 0 = Sunday. */
  readonly week: readonly (readonly Span[])[];
  readonly holidays: ReadonlyMap<number, readonly Span[]>;
  readonly days: Map<number, readonly Span[]>;
};

const JS_DAY_ORDER: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const compiled = new WeakMap<SlaCalendar, CompiledCalendar>();

function minuteSpan(from: unknown, to: unknown, defaults: Span): Span | null {
  const a = from === undefined ? defaults[0] : parseTimeOfDay(from);
  const b = to === undefined ? defaults[1] : parseTimeOfDay(to);
  return a !== null && b !== null && b > a ? [a, b] : null;
}

function compile(calendar: SlaCalendar): CompiledCalendar {
  const zoneOk = isValidTimeZone(calendar.timeZone);
  const week = JS_DAY_ORDER.map((day) =>
    mergeSpans((calendar.week[day] ?? []).flatMap((i): Span[] => {
      const span = minuteSpan(i.from, i.to, [0, 0]);
      return span ? [span] : [];
    })),
  );
  const holidayLists = new Map<number, Span[]>();
  for (const holiday of calendar.holidays) {
    const day = parseLocalDate(holiday.date);
    const span = minuteSpan(holiday.from, holiday.to, [0, MINUTES_PER_DAY]);
    if (day === null || span === null) continue;
    holidayLists.set(day, [...(holidayLists.get(day) ?? []), span]);
  }
  const holidays = new Map([...holidayLists].map(([day, spans]) => [day, mergeSpans(spans)] as const));
  const noHours = week.every((spans) => spans.length === 0);
  const fullWeek = week.every((s) => s.length === 1 && s[0]?.[0] === 0 && s[0][1] === MINUTES_PER_DAY);
  return {
    zone: zoneOk ? calendar.timeZone : 'UTC',
    always: noHours || (fullWeek && holidays.size === 0),
    fallback: noHours ? 'noWorkingHours' : zoneOk ? null : 'invalidTimeZone',
    week,
    holidays,
    days: new Map(),
  };
}

export function compileCalendar(calendar: SlaCalendar): CompiledCalendar {
  let found = compiled.get(calendar);
  if (!found) {
    found = compile(calendar);
    compiled.set(calendar, found);
  }
  return found;
}

/** The working spans of local `day` as instants, in order, never empty or inverted. */
export function daySpans(calendar: CompiledCalendar, day: number): readonly Span[] {
  const hit = calendar.days.get(day);
  if (hit) return hit;
  const weekday = (((day + 4) % 7) + 7) % 7;
  const minutes = subtractSpans(calendar.week[weekday] ?? [], calendar.holidays.get(day) ?? []);
  const spans: Span[] = [];
  for (const [from, to] of minutes) {
    const start = firstInstantAtOrAfter(calendar.zone, day, from);
    const end = firstInstantAtOrAfter(calendar.zone, day, to);
    if (end > start) spans.push([start, end]);
  }
  if (calendar.days.size > 50_000) calendar.days.clear();
  calendar.days.set(day, spans);
  return spans;
}
