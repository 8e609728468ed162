// Enhanced JQL search on the Jira stand-in: token paging (nextPageToken, isLast, no total), default
// fields = id, page caps, bounded-query rule, JQL errors, permission filtering, index lag with
// reconcileIssues, approximate-count and the removed /search endpoint.
import { ANNA, APP, CHEN, arr, createIssue, makeJira, obj, type JiraHarness } from './jira-harness';

async function seedMany(h: JiraHarness, n: number): Promise<string[]> {
  const keys: string[] = [];
  for (let i = 0; i < n; i++) keys.push((await createIssue(h, APP, { summary: `Bulk ${i}`, labels: ['bulk'] })).key);
  return keys;
}

describe('Jira stand-in: search/jql', () => {
  it('pages with nextPageToken until isLast, returning ids only by default and never a total', async () => {
    const h = await makeJira();
    await seedMany(h, 7);
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const q = `/rest/api/3/search/jql?jql=${encodeURIComponent('labels = bulk ORDER BY key ASC')}&maxResults=3${token ? `&nextPageToken=${encodeURIComponent(token)}` : ''}`;
      const page = obj((await h.call(ANNA, 'GET', q)).body);
      expect(page).not.toHaveProperty('total');
      for (const issue of arr(page.issues)) {
        expect(Object.keys(obj(issue))).toEqual(['id']);
        seen.push(String(obj(issue).id));
      }
      token = typeof page.nextPageToken === 'string' ? page.nextPageToken : undefined;
      expect(page.isLast).toBe(token === undefined);
      pages++;
    } while (token !== undefined);
    expect(pages).toBe(3);
    expect(seen).toEqual(['10003', '10004', '10005', '10006', '10007', '10008', '10009']);
  });

  it('returns requested fields and the top-level names with POST', async () => {
    const h = await makeJira();
    const res = obj((await h.call(ANNA, 'POST', '/rest/api/3/search/jql', { jql: 'project = SUP AND status = "In Progress"', fields: ['summary', 'assignee'], expand: 'names' })).body);
    const issues = arr(res.issues).map(obj);
    expect(issues.map((i) => i.key)).toEqual(['SUP-1']);
    const fields = obj(issues[0]?.fields);
    expect(Object.keys(fields).sort()).toEqual(['assignee', 'summary']);
    expect(fields.summary).toBe('Payment page returns 502 for all clients');
    expect(obj(fields.assignee).displayName).toBe('Chen Wei');
    expect(res.names).toEqual({ summary: 'Summary', assignee: 'Assignee' });
  });

  it('caps pages at 100 issues with fields and 5000 with ids only', async () => {
    const h = await makeJira();
    await seedMany(h, 105);
    const withFields = obj((await h.call(ANNA, 'POST', '/rest/api/3/search/jql', { jql: 'labels = bulk', fields: ['summary'], maxResults: 500 })).body);
    expect(arr(withFields.issues)).toHaveLength(100);
    expect(withFields.isLast).toBe(false);
    const ids = obj((await h.call(ANNA, 'POST', '/rest/api/3/search/jql', { jql: 'labels = bulk', maxResults: 500 })).body);
    expect(arr(ids.issues)).toHaveLength(105);
    expect(ids.isLast).toBe(true);
  });

  it('rejects unbounded queries, invalid JQL and foreign page tokens with 400', async () => {
    const h = await makeJira();
    const unbounded = await h.call(ANNA, 'POST', '/rest/api/3/search/jql', { jql: 'ORDER BY created DESC' });
    expect(unbounded.body).toEqual({ errorMessages: ['Unbounded JQL queries are not allowed here. Please add a search restriction to your query.'], errors: {} });
    const bad = await h.call(ANNA, 'POST', '/rest/api/3/search/jql', { jql: 'nosuchfield = 1' });
    expect(bad.status).toBe(400);
    expect(arr(obj(bad.body).errorMessages)[0]).toContain('nosuchfield');
    const token = await h.call(ANNA, 'POST', '/rest/api/3/search/jql', { jql: 'project = SUP', nextPageToken: 'garbage' });
    expect(token.status).toBe(400);
  });

  it('hides recently written issues until the index catches up, unless reconciled', async () => {
    const h = await makeJira();
    h.jira.knobs.setSearchVisibilityDelayMs(5_000);
    const { id } = await createIssue(h, APP, { labels: ['fresh'] });
    const search = async (body: Record<string, unknown>): Promise<unknown[]> =>
      arr(obj((await h.call(ANNA, 'POST', '/rest/api/3/search/jql', { jql: 'labels = fresh', ...body })).body).issues);
    expect(await search({})).toEqual([]);
    expect(await search({ reconcileIssues: [Number(id)] })).toEqual([{ id }]);
    expect(obj((await h.call(ANNA, 'POST', '/rest/api/3/search/approximate-count', { jql: 'labels = fresh' })).body).count).toBe(0);
    h.advance(5_000);
    expect(await search({})).toEqual([{ id }]);
    expect((await h.call(ANNA, 'POST', '/rest/api/3/search/approximate-count', { jql: 'labels = fresh' })).body).toEqual({ count: 1 });
    h.jira.knobs.reset();
  });

  it('leaves out issues of projects the caller cannot browse', async () => {
    const h = await makeJira();
    h.jira.setProjectRoles('SUP', CHEN.accountId, []);
    const res = obj((await h.call(CHEN, 'GET', '/rest/api/3/search/jql?jql=project%20%3D%20SUP')).body);
    expect(res.issues).toEqual([]);
    expect(res.isLast).toBe(true);
  });

  it('searches indexed issue properties by path and by jira:entityProperty alias', async () => {
    const h = await makeJira({ entityProperties: [{ propertyKey: 'linebridge.metrics', values: [{ path: 'reopens', type: 'number', searchAlias: 'reopenCount' }] }] });
    const { id, key } = await createIssue(h, APP);
    await h.call(APP, 'PUT', `/rest/api/3/issue/${key}/properties/linebridge.metrics`, { reopens: 2 });
    const find = async (jql: string): Promise<unknown> => obj((await h.call(ANNA, 'POST', '/rest/api/3/search/jql', { jql })).body).issues;
    expect(await find('reopenCount > 1')).toEqual([{ id }]);
    expect(await find('issue.property[linebridge.metrics].reopens = 2')).toEqual([{ id }]);
    expect(await find('reopenCount > 2')).toEqual([]);
  });

  it('answers 410 on the removed /rest/api/3/search', async () => {
    const h = await makeJira();
    const res = await h.call(ANNA, 'GET', '/rest/api/3/search?jql=project=SUP');
    expect(res.status).toBe(410);
    expect(arr(obj(res.body).errorMessages)[0]).toContain('/rest/api/3/search/jql');
  });
});
