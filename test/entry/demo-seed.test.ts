// The demo seed: deterministic, realistic in its figures, loaded once, queryable with JQL, and silent
// towards the app's triggers (seeded history is not news).
import { kvs } from '@forge/kvs';
import type { LocalHost } from '../../sandbox/host/local-host';
import { runInvocation } from '../../sandbox/host/forge-globals';
import { demoAnchor, DEMO_WEEKS, HOUR, LINE2_SHIFT, onShift, WEEK } from '../../sandbox/seed/calendar';
import { seedDemoData, type DemoSeedOutcome } from '../../sandbox/seed/demo-seed';
import { planDemo } from '../../sandbox/seed/demo-plan';
import { DEFAULT_BOT } from '../../sandbox/telegram/telegram-stand-in';
import { countJql, demoDigest, demoSnapshot, type IssueRow } from '../builders/demo-snapshot';
import { FIXTURE_APP, jiraRequest, seededUser, startHost } from '../builders/host';

const ANCHOR = Date.UTC(2026, 0, 5); // a Monday
const DONE = ['Resolved', 'Closed'];
const seeded = (o: DemoSeedOutcome): Extract<DemoSeedOutcome, { kind: 'seeded' }> => {
  if (o.kind !== 'seeded') throw new Error(`expected a seed, got ${o.kind}`);
  return o;
};

let host: LocalHost;
let outcome: Extract<DemoSeedOutcome, { kind: 'seeded' }>;
let rows: IssueRow[];

beforeAll(async () => {
  host = await startHost();
  outcome = seeded(await seedDemoData(host, { anchor: ANCHOR }));
  const keys = new Set(outcome.issueKeys);
  rows = (await demoSnapshot(host)).filter((r) => keys.has(r.key));
}, 60_000);
afterAll(async () => {
  await host.close();
});

const statusMoves = (r: IssueRow): { from: string | null; to: string | null; at: number }[] =>
  r.history.flatMap((h) => h.items.filter((i) => i.field === 'status').map((i) => ({ from: i.from, to: i.to, at: h.at })));

describe('demo seed', () => {
  it('anchors on 00:00 UTC of the day it runs, so the demo reaches up to today', () => {
    expect(demoAnchor(Date.UTC(2026, 10, 22, 21, 7))).toBe(Date.UTC(2026, 10, 22));
    expect(demoAnchor(Date.UTC(2026, 10, 16))).toBe(Date.UTC(2026, 10, 16));
    expect(demoAnchor(Date.UTC(2026, 10, 15, 23, 59))).toBe(Date.UTC(2026, 10, 15));
  });

  it('plans the same histories whatever week it runs in, shifted to the anchor', () => {
    const shape = (anchor: number): unknown => planDemo(anchor).calls.map((c) => [c.at - anchor, c.issue, c.by, c.call.kind]);
    expect(shape(ANCHOR + 45 * WEEK)).toEqual(shape(ANCHOR));
  });

  it('creates the Telegram chats with past messages, connects the bot and routes SUP to the team chat', async () => {
    // Runs before the tests that start a second host: closing one host restores the process-wide egress.
    const chats = host.telegram.chats();
    const byTitle = (title: string): number => chats.find((c) => c.title === title)?.id ?? 0;
    const team = byTitle('SUP support team');
    expect(chats.find((c) => c.id === team)?.type).toBe('supergroup');
    for (const title of ['Greenleaf Schools — support', 'Northwind — поддержка']) expect(byTitle(title)).not.toBe(0);
    const names = host.telegram.members(team).map((m) => `${m.user.first_name} ${m.user.last_name ?? ''}`.trim());
    expect(names).toEqual(expect.arrayContaining(['Anna Petrova', 'Chen Wei', 'Farah Haddad']));
    const texts = (id: number): string[] => host.telegram.listMessages(id).flatMap((m) => (m.sender === 'person' ? [m.message.text ?? ''] : []));
    expect(texts(byTitle('Northwind — поддержка')).some((t) => /[а-я]/i.test(t))).toBe(true);
    expect(texts(byTitle('Greenleaf Schools — support')).length).toBeGreaterThanOrEqual(3);
    const dates = host.telegram.listMessages(team).map((m) => m.message.date * 1000);
    expect(Math.max(...dates)).toBeLessThan(ANCHOR);
    expect(host.telegram.listMessages(team).some((m) => m.message.reply_to_message !== undefined)).toBe(true);
    const admin = { moduleKey: 'linebridge-admin', accountId: seededUser('admin').accountId, context: { extension: { type: 'jira:adminPage' } } };
    const status = (await host.invokeResolver({ ...admin, functionKey: 'telegram/status', payload: {} })) as { ok: boolean; value: { bot: unknown } };
    expect(status).toMatchObject({ ok: true });
    expect(JSON.stringify(status.value)).toContain(DEFAULT_BOT.username);
    const settings = (await host.invokeResolver({ ...admin, functionKey: 'settings/get', payload: {} })) as { value: { sections: { section: string; value: { routes: { projectKey: string; chatId: number }[] } }[] } };
    const routes = settings.value.sections.find((s) => s.section === 'telegram')?.value.routes ?? [];
    expect(routes).toEqual([expect.objectContaining({ projectKey: 'SUP', chatId: team })]);
  });

  it('produces the same issues, statuses and histories on every run', async () => {
    const other = await startHost();
    try {
      const again = seeded(await seedDemoData(other, { anchor: ANCHOR }));
      expect(again.issueKeys).toEqual(outcome.issueKeys);
      const keys = new Set(again.issueKeys);
      expect(demoDigest((await demoSnapshot(other)).filter((r) => keys.has(r.key)))).toBe(demoDigest(rows));
    } finally {
      await other.close();
    }
  }, 60_000);

  it('creates about 600 issues within the 12 weeks before the anchor, nothing after it', () => {
    expect(rows).toHaveLength(600);
    for (const r of rows) {
      expect(r.created).toBeGreaterThanOrEqual(ANCHOR - DEMO_WEEKS * WEEK);
      expect(r.created).toBeLessThan(ANCHOR);
      for (const h of r.history) expect(h.at).toBeLessThan(ANCHOR);
      for (const c of r.comments) expect(c.at).toBeLessThan(ANCHOR);
    }
  });

  it('has a realistic priority mix and uneven line-2 load', () => {
    const share = (p: string): number => rows.filter((r) => r.priority === p).length / rows.length;
    expect(share('Critical')).toBeGreaterThan(0);
    expect(share('Critical')).toBeLessThan(0.05);
    expect(share('Medium')).toBeGreaterThan(0.5);
    const engineers = [0, 1, 2].map((i) => seededUser('line2', i).accountId);
    const load = engineers.map((id) => rows.filter((r) => r.assignee === id).length);
    expect(Math.min(...load)).toBeGreaterThan(50);
    expect(Math.max(...load) / Math.min(...load)).toBeGreaterThan(1.5);
    const line1 = [0, 1].map((i) => seededUser('line1', i).accountId);
    expect(rows.every((r) => line1.includes(r.reporter))).toBe(true);
    expect(rows.some((r) => /[а-я]/i.test(r.summary)) && rows.some((r) => /^CL-\d{5}: [A-Z]/.test(r.summary))).toBe(true);
  });

  it('reopens 6–10 % of the resolved issues, each with a reason, and resolves most again', () => {
    const resolved = rows.filter((r) => statusMoves(r).some((m) => m.to === 'Resolved'));
    const reopened = resolved.filter((r) => statusMoves(r).some((m) => DONE.includes(m.from ?? '') && m.to === 'Open'));
    expect(reopened.length / resolved.length).toBeGreaterThanOrEqual(0.06);
    expect(reopened.length / resolved.length).toBeLessThanOrEqual(0.1);
    for (const r of reopened) {
      const at = statusMoves(r).find((m) => DONE.includes(m.from ?? '') && m.to === 'Open')?.at ?? 0;
      expect(r.comments.some((c) => c.at >= at && c.at <= at + 60_000)).toBe(true);
    }
    expect(reopened.filter((r) => DONE.includes(r.status)).length).toBeGreaterThan(reopened.length * 0.7);
  });

  it('gives every resolved issue a resolution date and leaves some work open at the anchor', () => {
    for (const r of rows) expect(r.resolutiondate !== null).toBe(DONE.includes(r.status));
    const open = rows.filter((r) => !DONE.includes(r.status));
    expect(open.length).toBeGreaterThanOrEqual(5);
    expect(new Set(open.map((r) => r.status))).toEqual(new Set(['New', 'Open', 'In Progress', 'Waiting for customer']));
  });

  it('hands off from line 1 to line 2 within minutes to hours, mostly in business hours', () => {
    const pickups = rows.flatMap((r) => {
      const moves = statusMoves(r);
      const open = moves.find((m) => m.to === 'Open');
      const start = moves.find((m) => m.to === 'In Progress');
      return open && start ? [{ wait: start.at - open.at, at: start.at }] : [];
    });
    const waits = pickups.map((p) => p.wait).sort((a, b) => a - b);
    const median = waits[Math.floor(waits.length / 2)] ?? 0;
    expect(median).toBeGreaterThan(5 * 60_000);
    expect(median).toBeLessThan(HOUR);
    expect(pickups.filter((p) => onShift(LINE2_SHIFT, p.at - 60_000)).length / pickups.length).toBeGreaterThan(0.8);
    expect(rows.filter((r) => statusMoves(r).some((m) => m.to === 'Waiting for customer')).length).toBeGreaterThan(60);
    expect(rows.filter((r) => r.history.some((h) => h.items.some((i) => i.field === 'priority'))).length).toBeGreaterThanOrEqual(5);
    const line2 = new Set([0, 1, 2].map((i) => seededUser('line2', i).accountId));
    const authors = rows.flatMap((r) => r.comments.map((c) => c.author));
    expect(authors.some((a) => line2.has(a)) && authors.some((a) => !line2.has(a))).toBe(true);
  });

  it('answers JQL over the seeded data like a naive count', async () => {
    const all = await demoSnapshot(host);
    expect(await countJql(host, 'project = SUP AND status = Resolved')).toBe(all.filter((r) => r.status === 'Resolved').length);
    expect(await countJql(host, 'project = SUP AND priority = Critical AND statusCategory = Done')).toBe(
      all.filter((r) => r.priority === 'Critical' && DONE.includes(r.status)).length,
    );
    const since = ANCHOR - 4 * WEEK;
    expect(await countJql(host, `project = SUP AND created >= "${new Date(since).toISOString().slice(0, 10)}" AND created < "2026-01-05"`)).toBe(
      all.filter((r) => r.created >= since && r.created < ANCHOR).length,
    );
  }, 30_000);

  it('loads only once: a second run changes nothing', async () => {
    const before = await countJql(host, 'project = SUP');
    expect(await seedDemoData(host, { anchor: ANCHOR })).toEqual({ kind: 'already-seeded', anchor: ANCHOR, issues: 600 });
    expect(await countJql(host, 'project = SUP')).toBe(before);
  });
});

describe('demo seed on a site in use', () => {
  it('never seeds over issues it did not create', async () => {
    const used = await startHost();
    try {
      const anna = { kind: 'user', accountId: seededUser('line1').accountId } as const;
      const res = await used.jira.handle(jiraRequest('POST', '/rest/api/3/issue', { fields: { project: { key: 'SUP' }, issuetype: { name: 'Incident' }, summary: 'Real work' } }), anna);
      expect(res.status).toBe(201);
      expect(await seedDemoData(used, { anchor: ANCHOR })).toEqual({ kind: 'project-has-data', issues: 4 });
      expect(await countJql(used, 'project = SUP')).toBe(4);
    } finally {
      await used.close();
    }
  });

  it('does not deliver seeded history to the app triggers, and delivers live events afterwards', async () => {
    const app = await startHost(FIXTURE_APP);
    const asApp = <T>(fn: () => Promise<T>): Promise<T> =>
      runInvocation({ appId: app.manifest.appId, environmentId: 'test', installationId: app.cloudId, moduleKey: 'test', deadline: Date.now() + 25_000 }, fn);
    try {
      const dispatch = jest.spyOn(app.events, 'dispatch');
      const small = seeded(await seedDemoData(app, { anchor: ANCHOR, issueCount: 12 }));
      await app.settle();
      expect(dispatch).not.toHaveBeenCalled();
      expect(app.seedClock.time).toBeUndefined();
      expect(await asApp(() => kvs.get(`seen:${small.issueKeys[0] ?? ''}:avijiracreatedissue`))).toBeUndefined();
      const anna = { kind: 'user', accountId: seededUser('line1').accountId } as const;
      const res = await app.jira.handle(jiraRequest('POST', '/rest/api/3/issue', { fields: { project: { key: 'SUP' }, issuetype: { name: 'Incident' }, summary: 'Live' } }), anna);
      const key = (JSON.parse(res.body) as { key: string }).key;
      await app.settle();
      expect(dispatch).toHaveBeenCalled();
      expect(await asApp(() => kvs.get(`seen:${key}:avijiracreatedissue`))).toBe(1);
    } finally {
      await app.close();
    }
  });
});
