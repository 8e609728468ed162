// Business time across daylight-saving changes, holidays and time zones: real minutes inside local
// working intervals.
import { addBusinessMs, businessMsBetween } from '../../../src/domain/rules/sla/business-time';
import { compileCalendar } from '../../../src/domain/rules/sla/compiled-calendar';
import { firstInstantAtOrAfter, offsetAt } from '../../../src/domain/rules/sla/time-zone';
import { parseLocalDate } from '../../../src/domain/model/sla/time-of-day';
import { CALENDAR_24_7 } from '../../../src/domain/model/sla/calendar';
import fc from 'fast-check';
import { CALENDARS, CREATED, DAY, HOUR, MIN, anOfficeCalendar, t } from '../../builders/sla';

const day = (date: string) => parseLocalDate(date) ?? NaN;
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

describe('time-zone arithmetic', () => {
  it.each([
    ['Europe/Moscow', '2026-03-06T14:55:00Z', 3 * HOUR],
    ['Europe/Berlin', '2026-03-29T00:59:59Z', 1 * HOUR],
    ['Europe/Berlin', '2026-03-29T01:00:00Z', 2 * HOUR],
    ['Asia/Kathmandu', '2026-06-01T00:00:00Z', 5 * HOUR + 45 * MIN],
    ['America/New_York', '2026-01-15T12:00:00Z', -5 * HOUR],
  ])('reads the offset of %s at %s', (zone, at, offset) => {
    expect(offsetAt(zone, t(at))).toBe(offset);
  });

  it.each([
    ['a normal wall time', 'Europe/Berlin', '2026-03-28', '02:30', '2026-03-28T01:30:00.000Z'],
    ['a spring-forward gap time: the transition', 'Europe/Berlin', '2026-03-29', '02:30', '2026-03-29T01:00:00.000Z'],
    ['the end of the gap', 'Europe/Berlin', '2026-03-29', '03:00', '2026-03-29T01:00:00.000Z'],
    ['a fall-back overlap time: first occurrence', 'Europe/Berlin', '2026-10-25', '02:30', '2026-10-25T00:30:00.000Z'],
    ['the end of the overlap', 'Europe/Berlin', '2026-10-25', '03:00', '2026-10-25T02:00:00.000Z'],
    ['midnight in a gap (Santiago)', 'America/Santiago', '2026-09-06', '00:00', '2026-09-06T04:00:00.000Z'],
    ['a half-hour gap (Lord Howe)', 'Australia/Lord_Howe', '2026-10-04', '02:10', '2026-10-03T15:30:00.000Z'],
  ])('maps %s to an instant', (_what, zone, date, time, expected) => {
    const [h, m] = time.split(':').map(Number);
    expect(iso(firstInstantAtOrAfter(zone, day(date), (h ?? 0) * 60 + (m ?? 0)))).toBe(expected);
  });
});

describe('business time', () => {
  const berlinNight = compileCalendar(
    anOfficeCalendar({ timeZone: 'Europe/Berlin', week: { sun: [{ from: '01:00', to: '05:00' }] } }),
  );
  const berlinOffice = compileCalendar(anOfficeCalendar({ timeZone: 'Europe/Berlin' }));
  const allDay = [{ from: '00:00', to: '24:00' }];
  const berlinAllDay = compileCalendar({
    ...anOfficeCalendar({ timeZone: 'Europe/Berlin' }),
    week: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay },
    // A holiday far away keeps the calendar off the 24/7 fast path: days are really computed.
    holidays: [{ date: '2030-01-01', from: '10:00', to: '11:00' }],
  });

  it.each([
    ['a night shift over spring-forward counts 3 real hours', berlinNight, '2026-03-28T00:00Z', '2026-03-30T00:00Z', 3],
    ['a night shift over fall-back counts 5 real hours', berlinNight, '2026-10-24T00:00Z', '2026-10-26T00:00Z', 5],
    ['a plain Sunday night shift counts 4 hours', berlinNight, '2026-04-04T00:00Z', '2026-04-06T00:00Z', 4],
    ['the March DST week has 45 office hours', berlinOffice, '2026-03-23T00:00+01:00', '2026-03-30T00:00+02:00', 45],
    ['the October DST week has 45 office hours', berlinOffice, '2026-10-19T00:00+02:00', '2026-10-26T00:00+01:00', 45],
    ['all-day: 23 h on spring-forward', berlinAllDay, '2026-03-29T00:00+01:00', '2026-03-30T00:00+02:00', 23],
    ['all-day: 25 h on fall-back', berlinAllDay, '2026-10-25T00:00+02:00', '2026-10-26T00:00+01:00', 25],
  ])('%s', (_what, calendar, from, to, hours) => {
    expect(businessMsBetween(calendar, t(from), t(to))).toBe(hours * HOUR);
  });

  it.each([
    ['Friday 17:00 CET + 2 h → Monday 10:00 CEST', '2026-03-27T17:00+01:00', '2026-03-30T08:00:00.000Z'],
    ['Friday 17:00 CEST + 2 h → Monday 10:00 CET', '2026-10-23T17:00+02:00', '2026-10-26T09:00:00.000Z'],
  ])('adds business time across the change: %s', (_what, from, expected) => {
    expect(iso(addBusinessMs(berlinOffice, t(from), 2 * HOUR))).toBe(expected);
  });

  it('skips a whole-day holiday and the off part of a short day', () => {
    const calendar = compileCalendar(
      anOfficeCalendar({ holidays: [{ date: '2026-03-09' }, { date: '2026-03-06', from: '17:00' }] }),
    );
    expect(businessMsBetween(calendar, t('2026-03-06T09:00+03:00'), t('2026-03-10T09:00+03:00'))).toBe(8 * HOUR);
    expect(iso(addBusinessMs(calendar, t('2026-03-06T16:30+03:00'), HOUR))).toBe(iso(t('2026-03-10T09:30+03:00')));
  });

  it('counts real time on the 24/7 calendar and nothing for an empty or inverted range', () => {
    const always = compileCalendar(CALENDAR_24_7);
    expect(businessMsBetween(always, 1000, 5000)).toBe(4000);
    expect(businessMsBetween(berlinOffice, t('2026-03-24T12:00Z'), t('2026-03-24T11:00Z'))).toBe(0);
    expect(addBusinessMs(berlinOffice, t('2026-03-24T12:00Z'), 0)).toBe(t('2026-03-24T12:00Z'));
  });
});

describe('business time properties', () => {
  it('is additive, within wall time, and addBusinessMs inverts it across zones and DST changes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CALENDARS),
        fc.constantFrom(...CREATED),
        fc.integer({ min: 0, max: 10 * DAY }),
        fc.integer({ min: 0, max: 10 * DAY }),
        fc.integer({ min: 1, max: 60 * HOUR }),
        (calendar, base, x, y, amount) => {
          const compiled = compileCalendar(calendar);
          const [a, c] = [base + Math.min(x, y), base + Math.max(x, y)];
          const m = Math.floor((a + c) / 2);
          const whole = businessMsBetween(compiled, a, c);
          expect(whole).toBe(businessMsBetween(compiled, a, m) + businessMsBetween(compiled, m, c));
          expect(whole).toBeLessThanOrEqual(c - a);
          const reached = addBusinessMs(compiled, a, amount);
          expect(reached).not.toBeNull();
          expect(businessMsBetween(compiled, a, reached ?? a)).toBe(amount);
        },
      ),
    );
  });
});
