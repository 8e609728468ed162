// The support-lines panel's read cost does not grow with the number of issues: the `lines/panel`
// resolver (12 weeks, table by engineer) timed through the local host with the real SDKs, and the KVS and
// Jira calls of one read counted, for the seeded demo (603 issues, real backfill) and for 10,000 and
// 50,000 issues' synthetic facts (200 engineers). Also the demo backfill's throughput. Prints JSON.
import { performance } from 'node:perf_hooks';
import type { LocalHost } from '../sandbox/host/local-host';
import { seedDemoData } from '../sandbox/seed/demo-seed';
import { SEED_USERS } from '../sandbox/jira/seed-users';
import { weekId } from '../src/domain/model/lines/week';
import { BENCH_ANCHOR, startBenchHost } from './sla-histories';
import { syntheticFacts, writeAggregates } from './lines-synthetic';
import { measure, report, type Figures } from './stats';

const lead = SEED_USERS.find((u) => u.role === 'lead')?.accountId ?? '';
const admin = SEED_USERS.find((u) => u.role === 'admin')?.accountId ?? '';
const END_WEEK = weekId(BENCH_ANCHOR - 1);
const N = Number(process.env.BENCH_N ?? 100);

const call = (host: LocalHost, functionKey: string, payload: unknown, accountId: string) =>
  host.invokeResolver({ moduleKey: 'linebridge-lines-project', functionKey, payload, accountId, context: {} }) as Promise<{ ok: boolean; value?: { state?: string } }>;

async function readCost(host: LocalHost): Promise<{ kvsReads: number; kvsWrites: number; jiraCalls: number }> {
  host.calls.splice(0); // the host keeps the newest 1,000 calls: start from an empty list
  const result = await call(host, 'lines/panel', { endWeek: END_WEEK, weeks: 12 }, lead);
  if (!result.ok) throw new Error(`panel read failed: ${JSON.stringify(result)}`);
  const calls = [...host.calls];
  const kvs = calls.filter((c) => c.target.type === 'kvs');
  return {
    kvsReads: kvs.filter((c) => /\/(get|query|batch\/get)/.test(c.path)).length,
    kvsWrites: kvs.filter((c) => /\/(set|delete|batch\/set|transaction)/.test(c.path)).length,
    jiraCalls: calls.filter((c) => c.target.type !== 'kvs').length,
  };
}

async function timedRead(host: LocalHost, label: string, filters: Record<string, unknown> = {}): Promise<Figures> {
  return measure(label, N, () => call(host, 'lines/panel', { endWeek: END_WEEK, weeks: 12, ...filters }, lead), 5);
}

type Run = Record<string, unknown> & { timing: Figures; filtered?: Figures };

/** Product events through the facts trigger (the shipped handler, one invocation each): events per second. */
async function eventRate(host: LocalHost): Promise<{ events: number; perSec: number }> {
  const events = 300;
  const t = performance.now();
  for (let i = 0; i < events; i++) {
    const id = String(10_004 + (i % 600)); // the demo's issue ids
    await host.invoker.invoke({ functionKey: 'lines-events-fn', moduleKey: 'linebridge-lines-events', kind: 'trigger', args: [{ eventType: 'avi:jira:updated:issue', issue: { id } }, {}] });
  }
  return { events, perSec: Math.round(events / ((performance.now() - t) / 1000)) };
}

async function demo(): Promise<Run> {
  const host = await startBenchHost();
  try {
    await seedDemoData(host, { anchor: BENCH_ANCHOR });
    let jiraRequests = 0;
    let kvsWrites = 0;
    const jira = host.jira.handle.bind(host.jira);
    host.jira.handle = (req, actor) => {
      jiraRequests++;
      return jira(req, actor);
    };
    const kvs = host.kvs.handle.bind(host.kvs);
    host.kvs.handle = (req) => {
      if (/\/(set|delete|batch\/set|transaction)$/.test(req.path)) kvsWrites++;
      return kvs(req);
    };
    const t = performance.now();
    await call(host, 'lines/job', { action: 'start' }, admin);
    for (;;) {
      await host.settle();
      const status = await call(host, 'lines/job-status', {}, admin);
      if (status.value?.state !== 'running') break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const backfillMs = performance.now() - t;
    const backfill = { ms: Math.round(backfillMs), issuesPerSec: Math.round(603 / (backfillMs / 1000)), jiraRequests, kvsWrites, kvsWritesPerIssue: Math.round((kvsWrites / 603) * 10) / 10 };
    return { issues: 603, backfill, events: await eventRate(host), read: await readCost(host), timing: await timedRead(host, 'panel read, demo (603 issues, 3 engineers)') };
  } finally {
    await host.close();
  }
}

async function synthetic(issues: number, engineers: number): Promise<Run> {
  const host = await startBenchHost();
  try {
    const sizes = await writeAggregates(host, syntheticFacts(issues, engineers, BENCH_ANCHOR));
    const timing = await timedRead(host, `panel read, ${issues} issues, ${engineers} engineers`);
    const filtered = await timedRead(host, `panel read filtered by priority, ${issues} issues`, { priorities: ['High', 'Medium'] });
    return { issues, engineers, ...sizes, read: await readCost(host), timing, filtered };
  } finally {
    await host.close();
  }
}

async function main(): Promise<void> {
  const runs = [await demo(), await synthetic(5_000, 200), await synthetic(10_000, 200), await synthetic(50_000, 200)];
  const figures = runs.flatMap((r) => [r.timing, r.filtered].filter((f): f is Figures => f !== undefined));
  report('panel-read', figures, { runs: runs.map(({ timing: _t, filtered: _f, ...rest }) => rest) });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
