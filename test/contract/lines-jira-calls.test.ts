// Every Jira request of the support-lines panel (facts trigger, backfill job, panel read, issue panel and
// CSAT) is a documented operation of the official OpenAPI document with a valid body, and the stand-in's
// answers validate against the document's response schemas.
import type { LocalHost } from '../../sandbox/host/local-host';
import { exchangeProblems } from './exchange-problems';
import { seededUser, startHost } from '../builders/host';
import { linesCall, runLinesJob } from '../builders/lines-host';
import { resolvedHandoff } from '../builders/lines-issues';

let host: LocalHost;
beforeAll(async () => {
  host = await startHost();
});
afterAll(async () => {
  await host.close();
});

describe('the support-lines panel’s Jira calls against the OpenAPI document', () => {
  it('uses only documented operations, with valid bodies and valid answers', async () => {
    const [anna, chen, lead] = [seededUser('line1').accountId, seededUser('line2').accountId, seededUser('lead').accountId];
    const key = await resolvedHandoff(host, anna, chen, { comment: { as: anna, text: 'Any news?' } });
    await runLinesJob(host, 'start');
    await linesCall(host, 'lines/panel', {}, lead);
    await linesCall(host, 'lines/issue', { issueKey: key }, anna, 'linebridge-handoff-panel');
    await linesCall(host, 'lines/rate', { issueKey: key, cycle: 1, score: 4, comment: '', anonymous: false }, anna, 'linebridge-handoff-panel');
    const used = new Set(host.jiraExchanges.map((e) => `${e.request.method} ${e.request.path.replace(/SUP-\d+|\/issue\/\d+/, (m) => (m.startsWith('/') ? '/issue/{id}' : '{key}'))}`));
    expect([...used]).toEqual(expect.arrayContaining([
      'POST /rest/api/3/search/jql', 'POST /rest/api/3/changelog/bulkfetch', 'GET /rest/api/3/status', 'GET /rest/api/3/user', 'GET /rest/api/3/project/search',
      'PUT /rest/api/3/issue/{id}/properties/linebridge-facts', 'POST /rest/api/3/search/approximate-count', 'GET /rest/api/3/mypermissions', 'GET /rest/api/3/issue/{key}',
    ]));
    expect(exchangeProblems(host.jiraExchanges)).toEqual([]);
  });
});
