// Holidays from iCalendar files (RFC 5545) as calendar apps and public-holiday feeds export them.
import { parseICalHolidays } from '../../../src/domain/model/sla/parse-ical';
import { parseSlaCalendar } from '../../../src/domain/model/sla/parse-calendar';
import { anOfficeCalendar } from '../../builders/sla';

const ics = (...events: string[][]): string =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//Holidays//EN', ...events.flatMap((e) => ['BEGIN:VEVENT', ...e, 'END:VEVENT']), 'END:VCALENDAR'].join('\r\n');

describe('parseICalHolidays', () => {
  it('reads all-day events, one holiday per day up to the exclusive DTEND', () => {
    const text = ics(
      ['UID:1', 'DTSTART;VALUE=DATE:20260101', 'DTEND;VALUE=DATE:20260103', 'SUMMARY:New Year holidays'],
      ['UID:2', 'DTSTART;VALUE=DATE:20260223', 'SUMMARY:Defender of the Fatherland Day'],
    );
    expect(parseICalHolidays(text, 2030)).toEqual({
      holidays: [
        { date: '2026-01-01', name: 'New Year holidays' },
        { date: '2026-01-02', name: 'New Year holidays' },
        { date: '2026-02-23', name: 'Defender of the Fatherland Day' },
      ],
      events: 2,
      skipped: 0,
    });
  });

  it('unfolds long lines, unescapes text and accepts LF-only files', () => {
    const text = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20261225', 'SUMMARY:Christmas Day\\, office', '  closed\\; see\\nintranet', 'END:VEVENT', 'END:VCALENDAR'].join('\n');
    expect(parseICalHolidays(text, 2030).holidays).toEqual([{ date: '2026-12-25', name: 'Christmas Day, office closed; see intranet' }]);
  });

  it('repeats yearly events up to the given year, and skips what it cannot place', () => {
    const text = ics(
      ['DTSTART;VALUE=DATE:20250501', 'RRULE:FREQ=YEARLY', 'SUMMARY:Labour Day'],
      ['DTSTART;VALUE=DATE:20240229', 'RRULE:FREQ=YEARLY;COUNT=3', 'SUMMARY:Leap day'],
      ['DTSTART:20260310T090000Z', 'DTEND:20260310T100000Z', 'SUMMARY:Meeting'],
      ['DTSTART;VALUE=DATE:20260601', 'RRULE:FREQ=MONTHLY', 'SUMMARY:Monthly'],
      ['DTSTART;VALUE=DATE:20261332', 'SUMMARY:Broken'],
      ['SUMMARY:No date'],
    );
    const result = parseICalHolidays(text, 2027);
    expect(result.holidays.map((h) => h.date)).toEqual(['2024-02-29', '2025-05-01', '2026-05-01', '2027-05-01']);
    expect(result).toMatchObject({ events: 6, skipped: 4 });
  });

  it('gives dates the calendar validator accepts, overlapping ones merged', () => {
    const text = ics(['DTSTART;VALUE=DATE:20260101', 'DTEND;VALUE=DATE:20260108', 'SUMMARY:Winter'], ['DTSTART;VALUE=DATE:20260107', 'SUMMARY:Christmas']);
    const { holidays } = parseICalHolidays(text, 2030);
    expect(holidays).toHaveLength(8);
    const calendar = parseSlaCalendar({ ...anOfficeCalendar(), holidays });
    expect(calendar.errors).toEqual({});
    expect(calendar.value?.holidays).toHaveLength(7);
  });

  it('never throws on garbage', () => {
    expect(parseICalHolidays('not a calendar at all', 2030)).toEqual({ holidays: [], events: 0, skipped: 0 });
    expect(parseICalHolidays('BEGIN:VEVENT\nDTSTART;VALUE=DATE:20260101\nDTEND;VALUE=DATE:20251231\nEND:VEVENT', 2030)).toMatchObject({ skipped: 1 });
  });
});
