// Product events keep the support-lines facts and figures in step, idempotently: a live "any news?" comment
// counts as a repeat contact once however often the event is delivered, an old event delivered late changes
// nothing, a deleted issue leaves the figures, and drifted documents are repaired from the contribution index.
import type { LocalHost } from '../../sandbox/host/local-host';
import { seedDemoData } from '../../sandbox/seed/demo-seed';
import type { IssueLinesDto, PanelDto, Result } from '../../src/shared/contract';
import { jiraRequest, seededUser, startHost } from '../builders/host';
import { linesCall, runLinesJob } from '../builders/lines-host';
import { comment } from '../builders/lines-issues';
import { kvsEntries, kvsSet } from '../builders/lines-kvs';

const ANCHOR = Date.UTC(2026, 0, 5);
const FIGURES = { endWeek: '2025-12-29', weeks: 12 };
const lead = seededUser('lead').accountId;
const anna = seededUser('line1', 0).accountId;
let host: LocalHost;

const value = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};
const panel = async (): Promise<PanelDto> => value(await linesCall<PanelDto>(host, 'lines/panel', FIGURES, lead));
const facts = async (key: string): Promise<IssueLinesDto> => value(await linesCall<IssueLinesDto>(host, 'lines/issue', { issueKey: key }, lead, 'linebridge-handoff-panel'));
const deliver = (payload: Record<string, unknown>) =>
  host.invoker.invoke({ functionKey: 'lines-events-fn', moduleKey: 'linebridge-lines-events', kind: 'trigger', args: [payload, { installContext: `ari:cloud:jira::site/${host.cloudId}` }] });

async function openIssue(): Promise<{ id: string; key: string }> {
  const res = await host.jira.handle(jiraRequest('POST', '/rest/api/3/search/jql', { jql: 'project = SUP AND statusCategory != Done AND created >= "2025-10-13" AND created < "2026-01-05" ORDER BY key ASC', maxResults: 1 }), { kind: 'app' });
  const issue = (JSON.parse(res.body) as { issues: { id: string; key?: string }[] }).issues[0];
  if (!issue) throw new Error('no open seeded issue');
  const full = JSON.parse((await host.jira.handle(jiraRequest('GET', `/rest/api/3/issue/${issue.id}?fields=summary`), { kind: 'app' })).body) as { id: string; key: string };
  return { id: full.id, key: full.key };
}

beforeAll(async () => {
  host = await startHost();
  await seedDemoData(host, { anchor: ANCHOR, issueCount: 120 });
  await runLinesJob(host, 'start');
}, 120_000);
afterAll(async () => {
  await host.close();
});

describe('support-lines facts from product events', () => {
  it('counts a live "any news?" comment as one repeat contact, however often the event arrives', async () => {
    const issue = await openIssue();
    const before = await panel();
    const repeatsBefore = (await facts(issue.key)).cycles.at(-1)?.repeatContacts ?? 0;
    await comment(host, issue.key, anna, 'The client is asking again: any news on this?');
    await host.settle();
    expect((await facts(issue.key)).cycles.at(-1)?.repeatContacts).toBe(repeatsBefore + 1);
    const after = await panel();
    const aggregates = await kvsEntries(host, 'lb:a:');
    for (let i = 0; i < 3; i++) await deliver({ eventType: 'avi:jira:commented:issue', issue: { id: issue.id, key: issue.key } });
    expect(await kvsEntries(host, 'lb:a:')).toEqual(aggregates);
    expect(after.kpis.load).toBe(before.kpis.load);
    expect(after.kpis.repeatContactRate.num - before.kpis.repeatContactRate.num).toBe(repeatsBefore === 0 ? 1 : 0);
  });

  it('an old event delivered late recomputes from the current history and changes nothing', async () => {
    const issue = await openIssue();
    const aggregates = await kvsEntries(host, 'lb:a:');
    await deliver({ eventType: 'avi:jira:created:issue', issue: { id: issue.id, key: issue.key } });
    expect(await kvsEntries(host, 'lb:a:')).toEqual(aggregates);
  });

  it('drops a deleted issue from the figures', async () => {
    const issue = await openIssue();
    const before = await panel();
    const cycles = (await facts(issue.key)).cycles.filter((c) => c.startedAt >= '2025-10-13').length;
    const res = await host.jira.handle(jiraRequest('DELETE', `/rest/api/3/issue/${issue.key}`), { kind: 'user', accountId: seededUser('admin').accountId });
    expect(res.status).toBe(204);
    await host.settle();
    expect((await kvsEntries(host, `lb:f:${issue.id}`)).size).toBe(0);
    expect(cycles).toBeGreaterThan(0);
    expect((await panel()).kpis.load).toBe(before.kpis.load - cycles);
  });

  it('repairs a bucket that lost a delta: the scheduled reconcile rebuilds dirty buckets from contributions', async () => {
    const before = await panel();
    const [key, doc] = [...(await kvsEntries<{ v: number; cells: Record<string, { m: number[] }> }>(host, 'lb:a:SUP:2025-12-')).entries()].find(([k]) => k.endsWith(':k')) ?? [];
    if (!key || !doc) throw new Error('no KPI document');
    const cell = Object.values(doc.cells)[0];
    if (cell) cell.m[0] = (cell.m[0] ?? 0) + 5;
    await kvsSet(host, key, doc);
    await kvsSet(host, `lb:d:${key.slice('lb:a:'.length, key.lastIndexOf(':'))}`, { at: 1 });
    expect((await panel()).kpis.load).toBe(before.kpis.load + 5);
    await host.invoker.invoke({ functionKey: 'lines-reconcile-fn', moduleKey: 'linebridge-lines-reconcile', kind: 'scheduled', args: [{}] });
    expect((await panel()).kpis).toEqual(before.kpis);
    expect((await kvsEntries(host, 'lb:d:')).size).toBe(0);
  });
});
