// Every Jira request the SLA engine sends (live refresh, recomputation job, sweep) is a documented
// operation of the official OpenAPI document with a valid body, and the stand-in's answers validate.
import type { LocalHost } from '../../sandbox/host/local-host';
import { exchangeProblems } from './exchange-problems';
import { seededUser, startHost } from '../builders/host';
import { comment, drain, fileIncident, transition } from '../builders/sla-host';

let host: LocalHost;
beforeAll(async () => {
  host = await startHost();
});
afterAll(async () => {
  await host.close();
});

describe('the SLA engine’s Jira calls against the OpenAPI document', () => {
  it('uses only documented operations, with valid bodies and valid answers', async () => {
    const key = await fileIncident(host, 'High');
    await transition(host, key, '11', 'line1');
    await comment(host, key, 'line2', 'Checking');
    await host.invokeResolver({ moduleKey: 'linebridge-admin', functionKey: 'sla/recompute-start', payload: {}, accountId: seededUser('admin').accountId, context: {} });
    await drain(host);
    await host.scheduler.fire('sla-sweep');
    await drain(host);
    const used = new Set(host.jiraExchanges.map((e) => `${e.request.method} ${e.request.path.replace(/SUP-\d+/, '{key}')}`));
    expect([...used]).toEqual(expect.arrayContaining([
      'POST /rest/api/3/search/jql', 'POST /rest/api/3/changelog/bulkfetch', 'GET /rest/api/3/status', 'GET /rest/api/3/user',
      'GET /rest/api/3/issue/{key}', 'PUT /rest/api/3/issue/{key}/properties/linebridge-sla', 'POST /rest/api/3/search/approximate-count',
    ]));
    expect(exchangeProblems(host.jiraExchanges)).toEqual([]);
  });
});
