// Precise SLA warnings: delayed queue events chained in hops of at most 15 minutes announce `sla.warning`
// at 75 % and `sla.breached` at the target, within a minute of the due instant (not at the five-minute
// sweep); a change in between makes the old timers stale, and they are dropped.
import type { LocalHost } from '../../sandbox/host/local-host';
import { CALENDAR_24_7 } from '../../src/domain/model/sla/calendar';
import { DEFAULT_SLA_DEFINITIONS } from '../../src/domain/model/sla/defaults';
import type { SlaDomainEvent } from '../../src/domain/model/events/domain-event';
import { kvs } from '@forge/kvs';
import { startHost } from '../builders/host';
import { MINUTE, advance, asApp, drain, fileIncident, jqlKeys, saveSection, slaProperty, storedEntries, transition } from '../builders/sla-host';

let host: LocalHost;

beforeEach(async () => {
  host = await startHost();
  expect(await saveSection(host, 'sla', { definitions: DEFAULT_SLA_DEFINITIONS, calendar: CALENDAR_24_7 })).toMatchObject({ ok: true });
  await drain(host);
});
afterEach(async () => {
  await host.close();
});

async function eventsOf(key: string): Promise<SlaDomainEvent[]> {
  return (await storedEntries<SlaDomainEvent>(host, 'sla-events:')).map((e) => e.value).filter((e) => e.issueKey === key);
}

const lateness = (e: SlaDomainEvent): number => Date.parse(e.emittedAt) - Date.parse(e.dueAt);

describe('SLA warnings', () => {
  it('warns at 75 % and announces the breach of an untouched Critical incident, each within a minute', async () => {
    const key = await fileIncident(host, 'Critical');
    await drain(host);
    await advance(host, 125 * MINUTE);
    const events = await eventsOf(key);
    expect(events.map((e) => `${e.metric} ${e.type}`)).toEqual([
      'firstResponse sla.warning',
      'firstResponse sla.breached',
      'resolution sla.warning',
      'resolution sla.breached',
    ]);
    for (const e of events) {
      expect(lateness(e)).toBeGreaterThanOrEqual(0);
      expect(lateness(e)).toBeLessThanOrEqual(60_000);
    }
    expect(events.find((e) => e.type === 'sla.breached' && e.metric === 'resolution')).toMatchObject({ priority: 'Critical', targetMinutes: 120, cycle: 1 });
    expect(await slaProperty(host, key)).toMatchObject({ breached: true, nextAlertAt: null, resolution: { state: 'breached', remainingMinutes: 0 } });
    expect(await jqlKeys(host, 'slaBreached = "true" AND resolutionBreached = "true"')).toContain(key);
    expect(host.queues.deadLetters).toEqual([]);
  }, 60_000);

  it('announces each alert once, even when the safety-net sweep runs over it', async () => {
    const key = await fileIncident(host, 'Critical');
    await drain(host);
    await advance(host, 35 * MINUTE, 30_000, async () => {
      await host.scheduler.fire('sla-sweep');
      return false;
    });
    expect((await eventsOf(key)).map((e) => e.id)).toEqual([`${key}:firstResponse:1:warning`, `${key}:firstResponse:1:breach`]);
  }, 60_000);

  it('drops the timers of a clock that was paused, and warns on the new schedule after it resumes', async () => {
    const key = await fileIncident(host, 'Critical');
    await drain(host);
    await advance(host, 10 * MINUTE);
    await transition(host, key, '11', 'line1');
    await transition(host, key, '31', 'line2'); // waiting for customer: every clock pauses
    await advance(host, 100 * MINUTE);
    expect(await eventsOf(key)).toEqual([]);
    expect(await slaProperty(host, key)).toMatchObject({ firstResponse: { state: 'met' }, resolution: { state: 'paused', remainingMinutes: 110 }, nextAlertAt: null });

    await transition(host, key, '41', 'line2'); // back to work: 110 minutes left, warning 80 minutes from now
    await advance(host, 81 * MINUTE);
    const [warning] = await eventsOf(key);
    expect(warning).toMatchObject({ metric: 'resolution', type: 'sla.warning' });
    expect(lateness(warning as SlaDomainEvent)).toBeLessThanOrEqual(60_000);
    expect(host.queues.deadLetters).toEqual([]);
  }, 60_000);

  it('lets the five-minute sweep announce an alert whose timer chain was lost', async () => {
    const key = await fileIncident(host, 'Critical');
    await drain(host);
    await asApp(host, () => kvs.delete(`sla-live:${key}`)); // every hop of the chain is now stale
    await advance(host, 24 * MINUTE);
    expect(await eventsOf(key)).toEqual([]);
    await host.scheduler.fire('sla-sweep');
    await drain(host);
    expect((await eventsOf(key)).map((e) => e.id)).toEqual([`${key}:firstResponse:1:warning`]);
    expect(await slaProperty(host, key)).toMatchObject({ nextAlertAt: Date.parse(String((await eventsOf(key))[0]?.dueAt)) + 7.5 * MINUTE });
  }, 60_000);
});
