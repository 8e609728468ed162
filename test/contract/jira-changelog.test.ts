// Change history reads on the Jira stand-in: GET /issue/{k}/changelog offset pages and
// POST /changelog/bulkfetch (oldest first, token pages, epoch `created`, fieldIds filter, limits).
import { ANNA, CHEN, arr, createIssue, makeJira, obj, type JiraHarness } from './jira-harness';

async function historyOf(h: JiraHarness): Promise<{ a: string; b: string }> {
  const a = (await createIssue(h, ANNA)).key;
  const b = (await createIssue(h, ANNA)).key;
  for (let i = 1; i <= 3; i++) {
    h.advance(1000);
    await h.call(CHEN, 'PUT', `/rest/api/3/issue/${a}`, { fields: { summary: `A${i}` } });
    h.advance(1000);
    await h.call(CHEN, 'PUT', `/rest/api/3/issue/${b}`, { fields: { summary: `B${i}` }, update: { labels: [{ add: `l${i}` }] } });
  }
  return { a, b };
}

describe('Jira stand-in: changelog', () => {
  it('pages GET /issue/{k}/changelog oldest first', async () => {
    const h = await makeJira();
    const { a } = await historyOf(h);
    const first = obj((await h.call(ANNA, 'GET', `/rest/api/3/issue/${a}/changelog?maxResults=2`)).body);
    expect(first).toMatchObject({ startAt: 0, maxResults: 2, total: 3, isLast: false });
    expect(arr(first.values).map((v) => obj(arr(obj(v).items)[0]).toString)).toEqual(['A1', 'A2']);
    const second = obj((await h.call(ANNA, 'GET', `/rest/api/3/issue/${a}/changelog?maxResults=2&startAt=2`)).body);
    expect(second).toMatchObject({ isLast: true, total: 3 });
  });

  it('bulk-fetches histories oldest first with epoch created and token pages', async () => {
    const h = await makeJira();
    const { a, b } = await historyOf(h);
    const collected: { issueId: string; created: unknown; text: unknown; page: number }[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const res = obj((await h.call(ANNA, 'POST', '/rest/api/3/changelog/bulkfetch', { issueIdsOrKeys: [b, a], maxResults: 4, ...(token ? { nextPageToken: token } : {}) })).body);
      for (const log of arr(res.issueChangeLogs).map(obj)) {
        for (const hist of arr(log.changeHistories).map(obj)) collected.push({ issueId: String(log.issueId), created: hist.created, text: obj(arr(hist.items)[0]).toString, page: pages });
      }
      token = typeof res.nextPageToken === 'string' ? res.nextPageToken : undefined;
      pages++;
    } while (token);
    expect(pages).toBe(2);
    // The 4 oldest histories fill the first page; each page groups them per issue, oldest first.
    expect(collected.filter((c) => c.page === 0).map((c) => c.text)).toEqual(['A1', 'A2', 'B1', 'B2']);
    expect(collected.filter((c) => c.page === 1).map((c) => c.text)).toEqual(['A3', 'B3']);
    expect(typeof collected[0]?.created).toBe('number');
    expect(collected[0]?.created).toBe(Date.parse('2026-01-17T12:34:01.000Z'));
  });

  it('filters items by fieldIds', async () => {
    const h = await makeJira();
    const { b } = await historyOf(h);
    const res = obj((await h.call(ANNA, 'POST', '/rest/api/3/changelog/bulkfetch', { issueIdsOrKeys: [b], fieldIds: ['labels'] })).body);
    const histories = arr(obj(arr(res.issueChangeLogs)[0]).changeHistories).map(obj);
    expect(histories.flatMap((x) => arr(x.items).map((i) => obj(i).fieldId))).toEqual(['labels', 'labels', 'labels']);
    expect(res).not.toHaveProperty('nextPageToken');
  });

  it('enforces 1000 issues and 10 fieldIds', async () => {
    const h = await makeJira();
    const tooMany = await h.call(ANNA, 'POST', '/rest/api/3/changelog/bulkfetch', { issueIdsOrKeys: Array.from({ length: 1001 }, (_, i) => String(10000 + i)) });
    expect(tooMany.body).toEqual({ errorMessages: ['You may only load changelogs for a maximum of 1,000 issues by ID or key at a time.'], errors: {} });
    const ok = await h.call(ANNA, 'POST', '/rest/api/3/changelog/bulkfetch', { issueIdsOrKeys: Array.from({ length: 1000 }, (_, i) => String(10000 + i)) });
    expect(ok.status).toBe(200);
    const fields = await h.call(ANNA, 'POST', '/rest/api/3/changelog/bulkfetch', { issueIdsOrKeys: ['SUP-1'], fieldIds: Array.from({ length: 11 }, (_, i) => `f${i}`) });
    expect(fields.status).toBe(400);
  });
});
