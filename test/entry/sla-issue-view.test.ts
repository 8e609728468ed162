// The `sla/issue` resolver behind the issue panel and the SLA issue context, through the local host as a
// frame invokes it: the clocks as stored, read as the caller (who must be able to see the issue), an issue
// never computed computed once, a project LineBridge does not serve, and the auto-close state with a
// failure Jira caused kept visible.
import type { LocalHost } from '../../sandbox/host/local-host';
import { CALENDAR_24_7 } from '../../src/domain/model/sla/calendar';
import { DEFAULT_SLA_DEFINITIONS } from '../../src/domain/model/sla/defaults';
import { DEFAULT_AUTO_CLOSE } from '../../src/domain/model/sla/auto-close';
import type { Result, SlaIssueViewDto } from '../../src/shared/contract';
import { jiraRequest, seededUser, startHost } from '../builders/host';
import { MINUTE, advance, drain, fileIncident, saveSection, transition } from '../builders/sla-host';

let host: LocalHost;

const view = async (issueKey: string, accountId: string | undefined = seededUser('line2').accountId, moduleKey = 'linebridge-sla-context') =>
  (await host.invokeResolver({ moduleKey, functionKey: 'sla/issue', payload: { issueKey }, accountId, context: { extension: { type: 'jira:issueContext', issue: { key: issueKey } } } })) as Result<SlaIssueViewDto>;

beforeEach(async () => {
  host = await startHost();
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(async () => {
  jest.restoreAllMocks();
  await host.close();
});

describe('sla/issue', () => {
  it('answers the stored clocks of a fresh Critical incident to anyone who can see it', async () => {
    expect(await saveSection(host, 'sla', { definitions: DEFAULT_SLA_DEFINITIONS, calendar: CALENDAR_24_7 })).toMatchObject({ ok: true });
    const key = await fileIncident(host, 'Critical');
    await drain(host);
    await advance(host, 10 * MINUTE);
    for (const moduleKey of ['linebridge-sla-context', 'linebridge-issue-panel']) {
      const result = await view(key, seededUser('line1').accountId, moduleKey);
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      const { clocks, ...rest } = result.value;
      expect(rest).toMatchObject({ issueKey: key, availability: 'ok', statusName: 'New', stale: false, calendar: { always: true }, workingSpans: [], autoClose: null });
      // as of computedAt (the creation): the browser counts down from there with serverNow
      expect(clocks.find((c) => c.metric === 'firstResponse')).toMatchObject({ state: 'running', remainingMinutes: 30, targetMinutes: 30, cycle: 1, past: [] });
      expect(Date.parse(rest.serverNow) - Date.parse(rest.computedAt ?? '')).toBeGreaterThanOrEqual(10 * MINUTE);
      expect(clocks.find((c) => c.metric === 'resolution')).toMatchObject({ state: 'running', targetMinutes: 120 });
      expect(clocks.find((c) => c.metric === 'handoff')).toMatchObject({ state: 'none' });
    }
  });

  it('refuses a caller who cannot see the issue, and a malformed key, without any clock', async () => {
    const key = await fileIncident(host, 'High');
    await drain(host);
    const stranger = await view(key, 'ffffffffffffffffffffffff');
    expect(stranger.ok).toBe(false);
    expect(JSON.stringify(stranger)).not.toContain('firstResponse');
    expect(await view('not a key')).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(await view('SUP-9999')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('computes an issue that has no stored state yet, once', async () => {
    const key = await fileIncident(host, 'Medium');
    await drain(host);
    await host.jira.handle(jiraRequest('DELETE', `/rest/api/3/issue/${key}/properties/linebridge-sla`), { kind: 'app' });
    const result = await view(key);
    expect(result).toMatchObject({ ok: true, value: { availability: 'ok', clocks: expect.arrayContaining([expect.objectContaining({ metric: 'resolution', targetMinutes: 1440 })]) as unknown } });
  });

  it('says so for a project LineBridge does not serve', async () => {
    const key = await fileIncident(host, 'Low');
    await drain(host);
    const general = { projectKeys: ['OPS'], defaultLocale: 'en', line1Group: 'support-line-1', line2Group: 'support-line-2', leadGroup: 'support-leads' };
    expect(await saveSection(host, 'general', general)).toMatchObject({ ok: true });
    expect(await view(key)).toMatchObject({ ok: true, value: { availability: 'notServed', projectKey: 'SUP', clocks: [] } });
  });

  it('shows the auto-close plan, and a close Jira could not make, on the issue', async () => {
    const autoClose = { ...DEFAULT_AUTO_CLOSE, enabled: true, remindAfter: { amount: 1, unit: 'hours' }, closeAfter: { amount: 1, unit: 'hours' }, closeVia: ['Closed'] };
    expect(await saveSection(host, 'sla', { definitions: DEFAULT_SLA_DEFINITIONS, calendar: CALENDAR_24_7, autoClose })).toMatchObject({ ok: true });
    const key = await fileIncident(host, 'High');
    await transition(host, key, '11', 'line1');
    await transition(host, key, '31', 'line2');
    await drain(host);
    const planned = await view(key);
    expect(planned).toMatchObject({ ok: true, value: { statusName: 'Waiting for customer', autoClose: { state: 'silent', action: 'remind', failure: null } } });
    expect(planned.ok && planned.value.clocks.find((c) => c.metric === 'resolution')?.state).toBe('paused');

    await advance(host, 122 * MINUTE);
    const failed = await view(key);
    expect(failed).toMatchObject({ ok: true, value: { autoClose: { state: 'silent', action: 'close', remindedAt: expect.any(String) as unknown, failure: { code: 'missingTransition', status: 'Closed' } } } });
  });
});
