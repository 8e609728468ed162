// Provisioning through the shipped resolver and the real SDKs: an admin creates the incident fields, their
// options, their place on the project's screens and the create-dialog UI modification; a second run changes
// nothing; a missing Jira permission is reported with its fix instead of failing the whole run.
import type { LocalHost } from '../../sandbox/host/local-host';
import type { ProvisionReportDto, UiModificationDataDto } from '../../src/shared/contract';
import { startHost } from '../builders/host';
import { callAs, jiraGet } from '../builders/incident-host';

let host: LocalHost;
const provision = (role: 'admin' | 'line1' = 'admin') => callAs<ProvisionReportDto>(host, role, 'templates/provision', {}, 'linebridge-admin');
const jiraWrites = () => host.jiraExchanges.filter((e) => e.request.method !== 'GET').length;

beforeEach(async () => {
  host = await startHost();
});
afterEach(async () => {
  await host.close();
});

describe('provisioning the incident fields', () => {
  it('creates the five fields, their options, puts them on the screens and registers the create dialog', async () => {
    const result = await provision();
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const report = result.value;
    expect(report.ok).toBe(true);
    expect(report.steps.filter((s) => s.kind === 'field').map((s) => [s.target, s.outcome])).toEqual([
      ['Error occurred at', 'created'], ['Client ID', 'created'], ['Affected scope', 'created'], ['Support line', 'created'], ['Reopen reason', 'created'],
    ]);
    expect(Object.keys(report.resolved).sort()).toEqual(['affectedScope', 'clientId', 'errorOccurredAt', 'reopenReason', 'supportLine']);

    const fields = await jiraGet<{ id: string; name: string; schema?: { custom?: string } }[]>(host, '/rest/api/3/field');
    expect(fields.find((f) => f.id === report.resolved.affectedScope)?.schema?.custom).toBe('com.atlassian.jira.plugin.system.customfieldtypes:select');
    const [context] = (await jiraGet<{ values: { id: string }[] }>(host, `/rest/api/3/field/${report.resolved.affectedScope}/context`)).values;
    const options = await jiraGet<{ values: { value: string }[] }>(host, `/rest/api/3/field/${report.resolved.affectedScope}/context/${context?.id}/option`);
    expect(options.values.map((o) => o.value)).toEqual(['All clients', 'More than 50% of users', 'One or a few clients', 'Question']);

    const [tab] = await jiraGet<{ id: number }[]>(host, '/rest/api/3/screens/1/tabs');
    const onScreen = (await jiraGet<{ id: string }[]>(host, `/rest/api/3/screens/1/tabs/${tab?.id}/fields`)).map((f) => f.id);
    expect(onScreen).toEqual(expect.arrayContaining([report.resolved.errorOccurredAt, report.resolved.clientId, report.resolved.affectedScope, report.resolved.supportLine]));
    expect(onScreen).not.toContain(report.resolved.reopenReason);

    const mods = await jiraGet<{ values: { name: string; data: string; contexts: { projectId: string; issueTypeId: string; viewType: string }[] }[] }>(host, '/rest/api/3/uiModifications?expand=data,contexts');
    expect(mods.values).toHaveLength(1);
    const data = JSON.parse(mods.values[0]?.data ?? '{}') as UiModificationDataDto;
    expect(mods.values[0]?.contexts).toEqual([expect.objectContaining({ issueTypeId: '10001', viewType: 'GIC' })]);
    expect(data.requiredFieldIds).toEqual(expect.arrayContaining(['description', report.resolved.clientId, report.resolved.errorOccurredAt, report.resolved.affectedScope]));
    expect(data.priority).toEqual({ fieldId: report.resolved.affectedScope, byOptionValue: { 'All clients': '1', 'More than 50% of users': '2', 'One or a few clients': '3', Question: '4' } });
    expect(Object.keys(data.variants).sort()).toEqual(['en', 'ru']);
  });

  it('creates nothing on a second run and keeps the same field ids', async () => {
    const first = await provision();
    const writes = jiraWrites();
    const second = await provision();
    if (!first.ok || !second.ok) throw new Error('provisioning failed');
    expect(second.value.steps.filter((s) => s.outcome !== 'exists')).toEqual([]);
    expect(second.value.resolved).toEqual(first.value.resolved);
    expect(jiraWrites()).toBe(writes);
  });

  it('reports a missing Administer Jira permission of the app with its fix, and still does what it can', async () => {
    host.jira.setAppGlobalPermission('ADMINISTER', false);
    const result = await provision();
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.ok).toBe(false);
    expect(result.value.steps.filter((s) => s.kind === 'field').every((s) => s.outcome === 'failed' && s.problem === 'permission')).toBe(true);
    expect(result.value.fixes).toEqual(['provision.fix.permission']);
    expect(result.value.resolved).toEqual({});
    expect(result.value.steps.find((s) => s.kind === 'uiModification')?.outcome).toBe('created');

    host.jira.setAppGlobalPermission('ADMINISTER', true);
    const again = await provision();
    expect(again.ok && again.value.ok).toBe(true);
    expect(again.ok && again.value.steps.find((s) => s.kind === 'uiModification')?.outcome).toBe('updated');
  });

  it('refuses a line-1 agent before touching Jira', async () => {
    const writes = jiraWrites();
    expect(await provision('line1')).toMatchObject({ ok: false, error: { code: 'PERMISSION', messageKey: 'error.adminOnly' } });
    expect(jiraWrites()).toBe(writes);
  });
});
