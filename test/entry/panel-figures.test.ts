// Done-when of the support-lines panel: on the seeded demo (600 incidents, CSAT ratings given through the
// app's own resolver), after the backfill job, every figure the panel's resolver returns equals a second,
// naive recomputation from the stand-in's raw changelogs, comments and ratings — for several filters.
import type { LocalHost } from '../../sandbox/host/local-host';
import { seedDemoData } from '../../sandbox/seed/demo-seed';
import type { BackfillStatusDto, PanelDto, Result } from '../../src/shared/contract';
import { seededUser, startHost } from '../builders/host';
import { mondayOf, naiveKpis, naivePeople, type NaiveFilters } from '../builders/naive-figures';
import { naiveCycles, readRawIssues, type NaiveCycle } from '../builders/naive-lines';
import { runLinesJob } from '../builders/lines-host';
import { kvsEntries } from '../builders/lines-kvs';

const ANCHOR = Date.UTC(2026, 0, 5);
const END_WEEK = '2025-12-29';
let host: LocalHost;
let cycles: NaiveCycle[];
let job: BackfillStatusDto;

const panel = async (payload: Record<string, unknown>, role: 'lead' | 'line2' = 'lead'): Promise<PanelDto> => {
  const result = (await host.invokeResolver({ moduleKey: 'linebridge-lines-project', functionKey: 'lines/panel', payload, accountId: seededUser(role).accountId, context: {} })) as Result<PanelDto>;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
};

async function rawRatings(): Promise<Map<string, number>> {
  const entries = await kvsEntries<{ issueId: string; cycle: number; score: number }>(host, 'lb:r:');
  return new Map([...entries.values()].map((r) => [`${r.issueId}:${r.cycle}`, r.score]));
}

beforeAll(async () => {
  host = await startHost();
  await seedDemoData(host, { anchor: ANCHOR });
  job = await runLinesJob(host, 'start');
  const ratings = await rawRatings();
  cycles = naiveCycles(await readRawIssues(host), ratings, Date.now());
}, 180_000);
afterAll(async () => {
  await host.close();
});

const weeksEnding = (end: string, n: number): string[] => Array.from({ length: n }, (_, i) => new Date(Date.parse(`${end}T00:00:00Z`) - (n - 1 - i) * 7 * 86_400_000).toISOString().slice(0, 10));

function expectKpis(actual: PanelDto['kpis'], expected: ReturnType<typeof naiveKpis>): void {
  const close = (a: number | null, b: number | null): void => (a === null || b === null ? expect(a).toBe(b) : expect(a).toBeCloseTo(b, 10));
  expect({ ...actual, csat: { ...actual.csat, average: null } }).toEqual({ ...expected, csat: { ...expected.csat, average: null } });
  close(actual.csat.average, expected.csat.average);
}

describe('panel figures against a naive recomputation of the seeded history', () => {
  it('builds the figures from history in one backfill, counting every seeded issue once', () => {
    expect(job).toMatchObject({ state: 'done', kind: 'backfill', processed: 603, total: 603 });
    expect(cycles.filter((c) => c.csat !== null).length / cycles.filter((c) => c.resolvedAt !== null).length).toBeGreaterThan(0.6);
  });

  const cases: [string, NaiveFilters][] = [
    ['all issues', { priorities: [], issueTypes: [], line: 'all' }],
    ['line 2, High priority', { priorities: ['High'], issueTypes: [], line: 'line2' }],
    ['questions only', { priorities: [], issueTypes: ['Question'], line: 'all' }],
    ['escalated Medium and Low', { priorities: ['Medium', 'Low'], issueTypes: [], line: 'line2' }],
  ];
  it.each(cases)('KPIs, 12-week trends and the table by engineer equal the naive figures (%s)', async (_name, f) => {
    const result = await panel({ endWeek: END_WEEK, weeks: 12, ...f });
    const weeks = weeksEnding(END_WEEK, 12);
    expect(result.periodWeeks).toEqual(weeks);
    expectKpis(result.kpis, naiveKpis(cycles, weeks, f));
    for (const point of result.trends) {
      const k = naiveKpis(cycles, [point.week], f);
      const { csatAverage: _average, ...rest } = point;
      expect(rest).toEqual({ week: point.week, load: k.load, resolved: k.resolved, reopenRate: k.reopenRate.rate, slaResolution: k.sla.resolution.rate, handoffMedian: k.handoff.median });
      if (k.csat.average === null) expect(point.csatAverage).toBeNull();
      else expect(point.csatAverage).toBeCloseTo(k.csat.average, 10);
    }
    const rows = (result.people ?? []).map((p) => ({ accountId: p.accountId, load: p.load, resolved: p.resolved, reopened: p.reopened, csatCount: p.csatCount, slaMet: p.slaMet, slaTotal: p.slaTotal }));
    expect(rows.sort((a, b) => a.accountId.localeCompare(b.accountId))).toEqual(naivePeople(cycles, weeks, f));
  });

  it('the recompute-all job rebuilds exactly the same figures from the stored facts', async () => {
    const before = await panel({ endWeek: END_WEEK, weeks: 12 });
    const recompute = await runLinesJob(host, 'recompute');
    expect(recompute).toMatchObject({ state: 'done', kind: 'recompute', processed: 603 });
    const after = await panel({ endWeek: END_WEEK, weeks: 12 });
    expect({ kpis: after.kpis, trends: after.trends, people: after.people }).toEqual({ kpis: before.kpis, trends: before.trends, people: before.people });
  });

  it('a 4-week period is the sum of its weeks, and the demo has real figures to show', async () => {
    const result = await panel({ endWeek: END_WEEK, weeks: 4 });
    expectKpis(result.kpis, naiveKpis(cycles, weeksEnding(END_WEEK, 4), { priorities: [], issueTypes: [], line: 'all' }));
    expect(result.kpis.resolved).toBeGreaterThan(150);
    expect(result.kpis.reopenRate.rate).toBeGreaterThan(0);
    expect(result.kpis.repeatContactRate.num).toBeGreaterThan(0);
    expect(cycles.some((c) => c.repeat > 0 && mondayOf(c.startedAt) >= '2025-12-08')).toBe(true);
  });
});
