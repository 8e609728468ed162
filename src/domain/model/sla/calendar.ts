// Business-hours calendars: an IANA time zone, working intervals per weekday, holidays. Plain data in the
// shape the admin page stores; rules/sla/compiled-calendar.ts turns it into instants. Never reads the clock.

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Local wall-clock interval, "HH:MM" 24-hour; `to` may be "24:00". Never crosses midnight (split it). */
export type WorkingInterval = { readonly from: string; readonly to: string };

/**
 * A non-working local date ("YYYY-MM-DD"). With `from`/`to` only that part of the day is off (a short
 * pre-holiday day). Entries may overlap: a time is off when any entry covers it (never subtracted twice).
 */
export type Holiday = { readonly date: string; readonly from?: string; readonly to?: string; readonly name?: string };

export type SlaCalendar = {
  readonly id: string;
  readonly name: string;
  /** IANA zone, e.g. "Europe/Moscow". Working intervals are read on this zone's wall clock. */
  readonly timeZone: string;
  readonly week: Readonly<Partial<Record<Weekday, readonly WorkingInterval[]>>>;
  readonly holidays: readonly Holiday[];
};

const allDay: readonly WorkingInterval[] = [{ from: '00:00', to: '24:00' }];
const officeHours: readonly WorkingInterval[] = [{ from: '09:00', to: '18:00' }];

/** Every instant counts: business time equals real time, whatever the zone. */
export const CALENDAR_24_7: SlaCalendar = {
  id: '24x7',
  name: '24/7',
  timeZone: 'UTC',
  week: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay },
  holidays: [],
};

/** Monday to Friday, 09:00–18:00; the admin sets the zone and holidays. */
export const DEFAULT_CALENDAR: SlaCalendar = {
  id: 'default',
  name: 'Office hours',
  timeZone: 'UTC',
  week: { mon: officeHours, tue: officeHours, wed: officeHours, thu: officeHours, fri: officeHours },
  holidays: [],
};
