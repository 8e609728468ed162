// The SLA section of the admin page through the shipped resolver: validated saves (errors by path), a
// recomputation started by each save, and holidays read from an iCalendar file.
import type { LocalHost } from '../../sandbox/host/local-host';
import { CALENDAR_24_7 } from '../../src/domain/model/sla/calendar';
import { DEFAULT_SLA_DEFINITIONS } from '../../src/domain/model/sla/defaults';
import type { Result, SettingsDto, SlaIcalImportDto, SlaRecomputeStatusDto } from '../../src/shared/contract';
import { seededUser, startHost } from '../builders/host';
import { drain, saveSection } from '../builders/sla-host';

let host: LocalHost;
beforeEach(async () => {
  host = await startHost();
});
afterEach(async () => {
  await host.close();
});

const call = <T>(functionKey: string, payload: unknown, who: 'admin' | 'line1' = 'admin') =>
  host.invokeResolver({ moduleKey: 'linebridge-admin', functionKey, payload, accountId: seededUser(who).accountId, context: {} }) as Promise<Result<T>>;

const ICS = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20261231', 'DTEND;VALUE=DATE:20270102', 'SUMMARY:New Year', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');

describe('SLA admin', () => {
  it('shows the SLA section as built, with the PRODUCT.md defaults', async () => {
    const settings = await call<SettingsDto>('settings/get', {});
    expect(settings.ok && settings.value.sections.find((s) => s.section === 'sla')).toMatchObject({ built: true, version: 0, value: { calendar: { timeZone: 'UTC' } } });
  });

  it('refuses an invalid calendar with errors by path, and saves a valid one, starting a recomputation', async () => {
    const bad = await saveSection(host, 'sla', { definitions: DEFAULT_SLA_DEFINITIONS, calendar: { ...CALENDAR_24_7, timeZone: 'Mars/Olympus', week: { mon: [{ from: '18:00', to: '09:00' }] } } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', fieldErrors: { 'calendar.timeZone': 'validation.sla.timeZone', 'calendar.week.mon.0': 'validation.sla.intervalOrder' } } });

    const good = await saveSection(host, 'sla', { definitions: DEFAULT_SLA_DEFINITIONS, calendar: { ...CALENDAR_24_7, timeZone: 'Europe/Moscow' } });
    expect(good).toMatchObject({ ok: true, value: { version: 1, value: { calendar: { timeZone: 'Europe/Moscow' } } } });
    await drain(host);
    expect(await call<SlaRecomputeStatusDto>('sla/recompute-status', {})).toMatchObject({ ok: true, value: { status: 'done', reason: 'settings', config: 'sla:1/general:0', processed: 3 } });
  });

  it('refuses a save by a line-1 agent', async () => {
    const result = (await host.invokeResolver({
      moduleKey: 'linebridge-admin', functionKey: 'settings/save', accountId: seededUser('line1').accountId, context: {},
      payload: { section: 'sla', value: { definitions: DEFAULT_SLA_DEFINITIONS, calendar: CALENDAR_24_7 }, expectedVersion: 0 },
    })) as Result<unknown>;
    expect(result).toMatchObject({ ok: false, error: { code: 'PERMISSION' } });
  });

  it('reads holidays from an iCalendar file, and refuses what is not one', async () => {
    expect(await call<SlaIcalImportDto>('sla/parse-ical', { text: ICS })).toEqual({
      ok: true,
      value: { holidays: [{ date: '2026-12-31', name: 'New Year' }, { date: '2027-01-01', name: 'New Year' }], events: 1, skipped: 0 },
    });
    expect(await call('sla/parse-ical', { text: 'hello' })).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await call('sla/parse-ical', {})).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });
});
