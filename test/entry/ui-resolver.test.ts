// The shipped resolver, invoked through the local host exactly as a Custom UI frame invokes it.
import type { LocalHost } from '../../sandbox/host/local-host';
import type { IssueSummaryDto, Result, SettingsDto, SettingsSectionDto } from '../../src/shared/contract';
import { jiraRequest, seededUser, startHost } from '../builders/host';

let host: LocalHost;
const panel = (accountId: string | undefined, functionKey: string, payload: unknown) =>
  host.invokeResolver({ moduleKey: 'linebridge-issue-panel', functionKey, payload, accountId, context: { extension: { type: 'jira:issuePanel' } } });
const admin = (accountId: string | undefined, functionKey: string, payload: unknown) =>
  host.invokeResolver({ moduleKey: 'linebridge-admin', functionKey, payload, accountId, context: { extension: { type: 'jira:adminPage' } } });

beforeEach(async () => {
  host = await startHost();
});
afterEach(async () => {
  await host.close();
});

describe('issue panel resolver', () => {
  it('returns the status and the size of the history, read as the calling user', async () => {
    const engineer = seededUser('line2');
    const issues = JSON.parse((await host.jira.handle(jiraRequest('GET', '/rest/api/3/search/jql?jql=project%3DSUP%20ORDER%20BY%20key%20ASC&fields=status'), { kind: 'app' })).body) as { issues: Array<{ key: string; fields: { status: { name: string } } }> };
    const first = issues.issues[0];
    if (!first) throw new Error('seed has no issue');
    const changelog = JSON.parse((await host.jira.handle(jiraRequest('GET', `/rest/api/3/issue/${first.key}/changelog`), { kind: 'app' })).body) as { total: number };
    const result = (await panel(engineer.accountId, 'issue/summary', { issueKey: first.key })) as Result<IssueSummaryDto>;
    expect(result).toEqual({ ok: true, value: { issueKey: first.key, status: expect.objectContaining({ name: first.fields.status.name }) as unknown, historyCount: changelog.total } });
  });

  it('answers NOT_FOUND for an issue that does not exist', async () => {
    const result = (await panel(seededUser('line1').accountId, 'issue/summary', { issueKey: 'SUP-99999' })) as Result<IssueSummaryDto>;
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('answers BAD_REQUEST for a malformed key instead of calling Jira', async () => {
    const before = host.calls.length;
    const result = (await panel(seededUser('line1').accountId, 'issue/summary', { issueKey: '../../admin' })) as Result<IssueSummaryDto>;
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(host.calls.length).toBe(before);
  });
});

describe('admin settings resolver', () => {
  const general = { projectKeys: ['SUP'], defaultLocale: 'ru', line1Group: 'support-line-1', line2Group: 'support-line-2', leadGroup: 'support-leads' };

  it('lets a Jira admin save and shows the new version to everyone', async () => {
    const saved = (await admin(seededUser('admin').accountId, 'settings/save', { section: 'general', value: general, expectedVersion: 0 })) as Result<SettingsSectionDto>;
    expect(saved).toMatchObject({ ok: true, value: { version: 1, value: general } });
    const seen = (await admin(seededUser('line1').accountId, 'settings/get', {})) as Result<SettingsDto>;
    expect(seen.ok && seen.value.canEdit).toBe(false);
    expect(seen.ok && seen.value.sections.find((s) => s.section === 'general')?.version).toBe(1);
  });

  it('refuses a line-1 agent server-side whatever the browser claims', async () => {
    const result = (await admin(seededUser('line1').accountId, 'settings/save', { section: 'general', value: general, expectedVersion: 0, canEdit: true })) as Result<SettingsSectionDto>;
    expect(result).toMatchObject({ ok: false, error: { code: 'PERMISSION', messageKey: 'error.adminOnly' } });
    const after = (await admin(seededUser('admin').accountId, 'settings/get', {})) as Result<SettingsDto>;
    expect(after.ok && after.value.sections.find((s) => s.section === 'general')?.version).toBe(0);
  });

  it('rejects an unknown section as a bad request', async () => {
    const result = (await admin(seededUser('admin').accountId, 'settings/save', { section: 'secrets', value: {}, expectedVersion: 0 })) as Result<unknown>;
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });
});
