// The live SLA state: product events recompute the issue's clocks from its full history and store them
// as the `linebridge-sla` issue property, searchable in JQL; redelivered and out-of-order events change nothing.
import type { LocalHost } from '../../sandbox/host/local-host';
import { CALENDAR_24_7 } from '../../src/domain/model/sla/calendar';
import { DEFAULT_SLA_DEFINITIONS } from '../../src/domain/model/sla/defaults';
import { startHost } from '../builders/host';
import { comment, countCalls, drain, fileIncident, jqlKeys, saveSection, slaProperty, transition } from '../builders/sla-host';

let host: LocalHost;

beforeEach(async () => {
  host = await startHost();
  expect(await saveSection(host, 'sla', { definitions: DEFAULT_SLA_DEFINITIONS, calendar: CALENDAR_24_7 })).toMatchObject({ ok: true });
  await drain(host);
});
afterEach(async () => {
  await host.close();
});

describe('SLA live state', () => {
  it('stores the running clocks of a new Critical incident as an indexed issue property', async () => {
    const key = await fileIncident(host, 'Critical');
    await drain(host);
    const state = await slaProperty(host, key);
    expect(state).toMatchObject({
      v: 1,
      breached: false,
      running: true,
      firstResponse: { state: 'running', cycle: 1, targetMinutes: 30, remainingMinutes: 30, breached: false },
      resolution: { state: 'running', cycle: 1, targetMinutes: 120, remainingMinutes: 120 },
      handoff: { state: 'none' },
    });
    const created = Date.parse(String((state?.firstResponse as { startedAt: string }).startedAt));
    expect(state?.nextAlertAt).toBe(created + 22.5 * 60_000);
    expect(await jqlKeys(host, 'issue.property[linebridge-sla].breached = "false" AND resolutionRemainingMinutes > 100')).toContain(key);
    expect(await jqlKeys(host, 'firstResponseState = running')).toContain(key);
    expect(await jqlKeys(host, 'slaBreached = "true"')).not.toContain(key);
  });

  it('stops the first-response clock when line 2 answers publicly, and keeps resolution running', async () => {
    const key = await fileIncident(host, 'High');
    await transition(host, key, '11', 'line1');
    await comment(host, key, 'line2', 'Looking into it');
    await drain(host);
    expect(await slaProperty(host, key)).toMatchObject({
      firstResponse: { state: 'met', stoppedAt: expect.any(String) as unknown },
      resolution: { state: 'running', targetMinutes: 480 },
      handoff: { state: 'noGoal', cycle: 1, elapsedMinutes: 0 },
    });
  });

  it('gives the same property for redelivered and out-of-order events, and writes nothing then', async () => {
    const key = await fileIncident(host, 'Medium');
    await transition(host, key, '11', 'line1');
    await comment(host, key, 'line2', 'On it');
    await transition(host, key, '21', 'line2');
    await transition(host, key, '51', 'line2', { resolution: { name: 'Done' } });
    await drain(host);
    const settled = await slaProperty(host, key);
    expect(settled).toMatchObject({ running: false, firstResponse: { state: 'met' }, resolution: { state: 'met', stoppedAt: expect.any(String) as unknown } });

    const calls = countCalls(host);
    const stale = (eventType: string) => host.events.dispatch({ eventType, payload: { issue: { key }, changelog: { id: '1', items: [] } }, causedByApp: false });
    stale('avi:jira:commented:issue');
    stale('avi:jira:created:issue'); // the oldest event arrives last, twice
    stale('avi:jira:created:issue');
    await drain(host);
    calls.stop();
    expect(await slaProperty(host, key)).toEqual(settled);
    expect(calls.jira(/\/properties\/linebridge-sla$/, 'PUT')).toBe(0);
    expect(calls.jira(/^\/rest\/api\/3\/changelog\/bulkfetch$/)).toBe(3);
  });

  it('ignores issues of projects LineBridge does not serve', async () => {
    const calls = countCalls(host);
    host.events.dispatch({ eventType: 'avi:jira:created:issue', payload: { issue: { key: 'OPS-1' } }, causedByApp: false });
    await drain(host);
    calls.stop();
    expect(calls.jira(/./)).toBe(0);
  });
});
