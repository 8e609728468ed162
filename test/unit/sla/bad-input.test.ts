// Bad input to the SLA clock: defined behaviour, never a crash, a negative time or NaN.
import { computeSla } from '../../../src/domain/rules/sla/compute-sla';
import { DEFAULT_SLA_DEFINITIONS } from '../../../src/domain/model/sla/defaults';
import type { HistoryEvent } from '../../../src/domain/model/sla/history';
import { CALENDAR_24_7 } from '../../../src/domain/model/sla/calendar';
import { HOUR, MIN, STATUS, aHistory, anOfficeCalendar, line2, t } from '../../builders/sla';

const defs = DEFAULT_SLA_DEFINITIONS;
const resolution = (report: ReturnType<typeof computeSla>) => report.metrics.find((m) => m.metric === 'resolution');

describe('the SLA clock on bad input', () => {
  it('counts every hour (24/7) when the calendar has no working hours, and says so', () => {
    const report = computeSla(aHistory().build(), defs, anOfficeCalendar({ week: {} }), t('2026-03-02T22:00+03:00'));
    expect(report.calendarFallback).toBe('noWorkingHours');
    expect(resolution(report)?.current?.elapsedMs).toBe(12 * HOUR);
  });

  it('reads an unknown time zone as UTC, and says so', () => {
    const calendar = anOfficeCalendar({ timeZone: 'Mars/Olympus' });
    const report = computeSla(aHistory().build(), defs, calendar, t('2026-03-02T12:00Z'));
    expect(report.calendarFallback).toBe('invalidTimeZone');
    expect(resolution(report)?.current?.elapsedMs).toBe(3 * HOUR);
  });

  it('never subtracts a day twice when holidays overlap', () => {
    const once = anOfficeCalendar({ holidays: [{ date: '2026-03-03' }] });
    const overlapping = anOfficeCalendar({
      holidays: [{ date: '2026-03-03' }, { date: '2026-03-03', from: '10:00', to: '12:00' }, { date: '2026-03-03' }],
    });
    const now = t('2026-03-04T12:00+03:00');
    const a = resolution(computeSla(aHistory().build(), defs, once, now))?.current?.elapsedMs;
    expect(a).toBe(11 * HOUR);
    expect(resolution(computeSla(aHistory().build(), defs, overlapping, now))?.current?.elapsedMs).toBe(a);
  });

  it('measures but does not judge a priority without a goal (state noGoal)', () => {
    const issue = aHistory({ initial: { priority: 'Blocker' } }).build();
    const current = resolution(computeSla(issue, defs, CALENDAR_24_7, t('2026-03-02T11:00+03:00')))?.current;
    expect(current).toMatchObject({ state: 'noGoal', elapsedMs: HOUR, goal: null, remainingMs: null, overdueMs: null });
    expect([current?.warningAt, current?.breachAt]).toEqual([null, null]);
  });

  it('gives the same answer for duplicated and out-of-order history, and counts the dropped copies', () => {
    const clean = aHistory()
      .status('2026-03-02T10:30+03:00', STATUS.waiting)
      .status('2026-03-02T11:00+03:00', STATUS.inProgress, line2())
      .build();
    const messy = { ...clean, events: [...clean.events].reverse().concat(clean.events) };
    const now = t('2026-03-02T15:00+03:00');
    const expected = computeSla(clean, defs, CALENDAR_24_7, now);
    const actual = computeSla(messy, defs, CALENDAR_24_7, now);
    expect(actual.metrics).toEqual(expected.metrics);
    expect(actual.droppedEvents).toBe(2);
  });

  it('drops events with impossible timestamps and moves events before creation to the creation', () => {
    const broken: HistoryEvent[] = [
      { kind: 'status', id: 'nan', at: Number.NaN, to: STATUS.resolved },
      { kind: 'status', id: 'inf', at: Number.POSITIVE_INFINITY, to: STATUS.resolved },
      { kind: 'comment', id: 'early', at: t('2026-03-01T00:00Z'), author: line2(), visibility: 'public' },
    ];
    const issue = { ...aHistory().build(), events: broken };
    const report = computeSla(issue, defs, CALENDAR_24_7, t('2026-03-02T12:00+03:00'));
    expect(report.droppedEvents).toBe(2);
    expect(resolution(report)?.current?.state).toBe('running');
    const reaction = report.metrics.find((m) => m.metric === 'firstResponse')?.current;
    expect(reaction).toMatchObject({ state: 'met', elapsedMs: 0, stoppedAt: issue.created });
  });

  it('applies the current calendar to issues older than it (holidays of other years are ordinary days)', () => {
    const old = aHistory({ created: '2019-12-30T10:00+03:00', initial: { priority: 'Low' } }).build();
    const calendar = anOfficeCalendar({ holidays: [{ date: '2026-01-01' }] });
    const current = resolution(computeSla(old, defs, calendar, t('2020-01-02T10:00+03:00')))?.current;
    // Mon 30 Dec 10:00 → Thu 2 Jan 10:00: 8 h + 9 h + 9 h (1 Jan 2020 is not listed) + 1 h.
    expect(current).toMatchObject({ state: 'running', elapsedMs: 27 * HOUR, remainingMs: 21 * HOUR });
  });

  it('computes nothing for an invalid creation time or now, and nothing before creation', () => {
    const issue = aHistory().build();
    const invalid = computeSla({ ...issue, created: Number.NaN }, defs, CALENDAR_24_7, t('2026-03-02T12:00Z'));
    expect(invalid.invalidInput).toBe(true);
    expect(invalid.metrics.every((m) => m.cycles.length === 0 && m.current === null)).toBe(true);
    expect(computeSla(issue, defs, CALENDAR_24_7, Number.NaN).invalidInput).toBe(true);
    expect(computeSla({ ...issue, created: -1 }, defs, CALENDAR_24_7, 0).invalidInput).toBe(true);
    const early = computeSla(issue, defs, CALENDAR_24_7, issue.created - MIN);
    expect(early.metrics.every((m) => m.cycles.length === 0)).toBe(true);
  });

  it('falls back to warning at 75 % when a stored threshold is out of range', () => {
    const odd = defs.map((d) => ({ ...d, warnAtPercent: Number.NaN }));
    const issue = aHistory({ initial: { priority: 'Critical' } }).build();
    const current = resolution(computeSla(issue, odd, CALENDAR_24_7, issue.created))?.current;
    expect(current?.warningAt).toBe(issue.created + 90 * MIN);
  });

  it('finds working time after a long run of holidays', () => {
    const mondaysOnly = anOfficeCalendar({
      week: { mon: [{ from: '09:00', to: '18:00' }] },
      holidays: Array.from({ length: 150 }, (_, i) => ({
        date: new Date(Date.UTC(2026, 2, 2 + 7 * i)).toISOString().slice(0, 10),
      })),
    });
    const issue = aHistory({ initial: { priority: 'Critical' } }).build();
    const breachAt = resolution(computeSla(issue, defs, mondaysOnly, issue.created))?.current?.breachAt;
    // The 150th Monday off is 8 Jan 2029; the next Monday is a working day: 09:00 + 2 h Moscow time.
    expect(new Date(breachAt ?? 0).toISOString()).toBe('2029-01-15T08:00:00.000Z');
  });
});
