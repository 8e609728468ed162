// Every Jira request the shipped app sends (through the real SDK and the seam) is a documented
// operation of the official OpenAPI document, with a valid request body, and every answer the
// stand-in gives it validates against the document's response schema.
import type { LocalHost } from '../../sandbox/host/local-host';
import { exchangeProblems } from './exchange-problems';
import { seededUser, startHost } from '../builders/host';

let host: LocalHost;
beforeAll(async () => {
  host = await startHost();
});
afterAll(async () => {
  await host.close();
});

async function exerciseEveryResolver(): Promise<void> {
  const admin = seededUser('admin').accountId;
  const agent = seededUser('line1').accountId;
  const call = (moduleKey: string, functionKey: string, payload: unknown, accountId: string) => host.invokeResolver({ moduleKey, functionKey, payload, accountId, context: {} });
  await call('linebridge-issue-panel', 'issue/summary', { issueKey: 'SUP-1' }, agent);
  await call('linebridge-issue-panel', 'issue/summary', { issueKey: 'SUP-4040' }, agent);
  await call('linebridge-admin', 'settings/get', {}, admin);
  await call('linebridge-admin', 'settings/save', { section: 'general', value: { projectKeys: ['SUP'], defaultLocale: 'en', line1Group: 'a', line2Group: 'b', leadGroup: 'c' }, expectedVersion: 0 }, admin);
  await call('linebridge-admin', 'settings/save', { section: 'general', value: {}, expectedVersion: 1 }, agent);
  await call('linebridge-admin', 'templates/provision', {}, admin);
  const answers = { what: 'Checkout fails', clientId: '4711', occurredAt: new Date(Date.now() - 60_000).toISOString(), scope: 'allClients' };
  await call('linebridge-file-incident-global', 'incidents/create', { idempotencyKey: 'contract-0001', templateId: 'sup-incident-en', projectKey: 'SUP', issueTypeName: 'Incident', answers }, agent);
  await call('linebridge-file-incident-global', 'incidents/duplicates', { templateId: 'sup-incident-en', clientId: '4711' }, agent);
}

describe('the app’s Jira calls against the OpenAPI document', () => {
  it('uses only documented operations, with valid bodies and valid answers', async () => {
    await exerciseEveryResolver();
    expect(host.jiraExchanges.length).toBeGreaterThanOrEqual(6);
    expect(exchangeProblems(host.jiraExchanges)).toEqual([]);
  });
});
