// Validation of SLA calendars and definitions: field errors with i18n keys, normalised values.
import { parseSlaCalendar } from '../../../src/domain/model/sla/parse-calendar';
import { parseSlaDefinitions } from '../../../src/domain/model/sla/parse-definitions';
import { DEFAULT_SLA_DEFINITIONS } from '../../../src/domain/model/sla/defaults';
import { CALENDAR_24_7, DEFAULT_CALENDAR } from '../../../src/domain/model/sla/calendar';
import { translate, type MessageKey } from '../../../src/shared/i18n';
import { anOfficeCalendar } from '../../builders/sla';

const roundTrip = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

describe('parseSlaCalendar', () => {
  it('accepts the shipped calendars as they are', () => {
    for (const calendar of [CALENDAR_24_7, DEFAULT_CALENDAR, anOfficeCalendar()]) {
      expect(parseSlaCalendar(roundTrip(calendar))).toEqual({ value: calendar, errors: {} });
    }
  });

  it('refuses a calendar with no working hours with a clear code', () => {
    const refused = { week: 'validation.sla.noWorkingHours' };
    expect(parseSlaCalendar({ ...anOfficeCalendar(), week: {} }).errors).toEqual(refused);
    expect(parseSlaCalendar({ ...anOfficeCalendar(), week: { mon: [] } }).errors).toEqual(refused);
  });

  it('names each bad field', () => {
    const bad = {
      id: '',
      name: 'x'.repeat(101),
      timeZone: 'Europe/Atlantis',
      week: {
        mon: [{ from: '9:00', to: '18:00' }, { from: '22:00', to: '06:00' }],
        tue: [{ from: '09:00', to: '13:00' }, { from: '12:00', to: '18:00' }],
        funday: [],
      },
      holidays: [{ date: '2026-02-30' }, { date: '2026-05-01', from: '25:00' }],
    };
    expect(parseSlaCalendar(bad).errors).toEqual({
      id: 'validation.sla.name',
      name: 'validation.sla.name',
      timeZone: 'validation.sla.timeZone',
      'week.funday': 'validation.sla.weekday',
      'week.mon.0.from': 'validation.sla.timeOfDay',
      'week.mon.1': 'validation.sla.intervalOrder',
      'week.tue': 'validation.sla.intervalOverlap',
      'holidays.0.date': 'validation.sla.date',
      'holidays.1.from': 'validation.sla.timeOfDay',
    });
    expect(parseSlaCalendar('nope').errors).toEqual({ _: 'validation.required' });
  });

  it('merges overlapping holidays into one entry per span and keeps the first name', () => {
    const input = anOfficeCalendar({
      holidays: [
        { date: '2026-12-31', from: '15:00', name: 'Short day' },
        { date: '2026-01-01', name: 'New Year' },
        { date: '2026-01-01', from: '10:00', to: '12:00' },
        { date: '2026-12-31', from: '14:00', to: '16:00' },
      ],
    });
    expect(parseSlaCalendar(input).value?.holidays).toEqual([
      { date: '2026-01-01', name: 'New Year' },
      { date: '2026-12-31', from: '14:00', to: '24:00', name: 'Short day' },
    ]);
  });
});

describe('parseSlaDefinitions', () => {
  it('accepts the defaults as they are', () => {
    const parsed = parseSlaDefinitions(roundTrip(DEFAULT_SLA_DEFINITIONS));
    expect(parsed).toEqual({ value: DEFAULT_SLA_DEFINITIONS, errors: {} });
  });

  it('names each bad field', () => {
    const [reaction, resolution] = DEFAULT_SLA_DEFINITIONS;
    const bad = [
      { ...reaction, start: [], stop: [{ kind: 'comment', byRoles: ['boss'] }], warnAtPercent: 100 },
      { ...resolution, metric: 'firstResponse', pause: [{ kind: 'status', statuses: [] }] },
      {
        metric: 'latency',
        start: [{ kind: 'created' }],
        stop: [{ kind: 'becomes', when: { kind: 'statusCategory', categories: ['finished'] } }],
        goals: [
          { priority: 'High', targetMinutes: 0 },
          { priority: '', targetMinutes: 60 },
          { priority: 'Low', targetMinutes: 60, labels: [''] },
          { priority: 'low', targetMinutes: 90 },
        ],
      },
    ];
    expect(parseSlaDefinitions(bad).errors).toEqual({
      '0.start': 'validation.sla.noStart',
      '0.stop.0': 'validation.sla.condition',
      '0.warnAtPercent': 'validation.sla.warnAtPercent',
      '1.metric': 'validation.sla.duplicateMetric',
      '1.pause.0': 'validation.sla.condition',
      '2.metric': 'validation.sla.metric',
      '2.stop.0': 'validation.sla.condition',
      '2.goals.0.targetMinutes': 'validation.sla.targetMinutes',
      '2.goals.1.priority': 'validation.sla.priority',
      '2.goals.2.labels': 'validation.sla.scope',
      '2.goals.3': 'validation.sla.duplicateGoal',
    });
  });

  it('defaults the warning threshold to 75 % and normalises project keys', () => {
    const input = { metric: 'resolution', start: [{ kind: 'created' }], stop: [{ kind: 'reopened' }] };
    const goals = [{ priority: 'High', targetMinutes: 60, projectKeys: [' sup '] }];
    const parsed = parseSlaDefinitions([{ ...input, goals }]);
    expect(parsed.value?.[0]).toMatchObject({ warnAtPercent: 75, pause: [], goals: [{ projectKeys: ['SUP'] }] });
  });

  it('has an English and a Russian text for every key it uses', () => {
    const keys: MessageKey[] = ['validation.sla.noWorkingHours', 'validation.sla.scope', 'validation.sla.timeZone'];
    for (const key of keys) {
      expect(translate('en', key)).not.toBe(translate('ru', key));
      expect(translate('ru', key)).toMatch(/[а-я]/);
    }
  });
});
