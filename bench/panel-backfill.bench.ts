// The support-lines backfill at scale: the demo site grown to BENCH_N SUP issues (the demo's histories —
// line-1 reporters, escalations to line 2, resolutions, reopens, issues with and without CSAT — copied by
// SQL, as bench/sla-recompute.bench.ts does), then the backfill started as an admin does (the `lines/job`
// resolver behind the panel's "Backfill" button) and driven through the `lines-jobs` queue with the host
// clock fast-forwarded over the job's pacing pauses. Reports wall time (real and host clock), Jira requests
// by endpoint, KVS writes per host-clock minute against Forge's per-install limit, failures and memory.
import { performance } from 'node:perf_hooks';
import type { LocalHost } from '../sandbox/host/local-host';
import { growSupIssues } from './grow-issues';
import { seedDemoData } from '../sandbox/seed/demo-seed';
import { SEED_USERS } from '../sandbox/jira/seed-users';
import { BENCH_ANCHOR, startBenchHost } from './sla-histories';

/** Issues to backfill. `npm run bench` uses the default; the 50,000-issue figure comes from `BENCH_N=50000`. */
const TARGET = Number(process.env.BENCH_N ?? 10_000);
/** Forge KVS per-install limits (shared/FORGE.md): writes per minute, in 10 KB units; requests per second. */
const KVS_WRITES_PER_MINUTE = 4_000;
const KVS_UNIT_BYTES = 10 * 1024;
const KVS_REQUESTS_PER_SECOND = 1_000;
/**
 * Real-time cap on driving the job (default 14 min): the Jira stand-in evaluates the whole JQL for every
 * search page (about 1 s per page at 10,000 issues, linear in the issues), so 50,000 issues outgrow it. When
 * the cap is hit the figures cover the issues reached and `stoppedAtCap` says so.
 */
const MAX_REAL_MS = Number(process.env.BENCH_MAX_MS ?? 14 * 60_000);
/** Host-clock step while waiting for a paced queue event: small enough not to skew the per-minute figures. */
const TICK_MS = 250;

const admin = SEED_USERS.find((u) => u.role === 'admin')?.accountId ?? '';

/** The shape of the data backfilled: how many issues have a reopen, a CSAT rating, a resolution. */
function shape(host: LocalHost): Record<string, number> {
  const n = (sql: string): number => Number(host.db.get<{ n: number }>(sql)?.n ?? 0);
  return {
    resolved: n("SELECT COUNT(*) AS n FROM jira_issues WHERE key LIKE 'SUP-%' AND resolution_date IS NOT NULL"),
    withChangelog: n("SELECT COUNT(DISTINCT c.issue_id) AS n FROM jira_changelog c JOIN jira_issues i ON i.id = c.issue_id WHERE i.key LIKE 'SUP-%'"),
    withProperties: n("SELECT COUNT(DISTINCT p.issue_id) AS n FROM jira_issue_properties p JOIN jira_issues i ON i.id = p.issue_id WHERE i.key LIKE 'SUP-%'"),
    changelogEntries: n("SELECT COUNT(*) AS n FROM jira_changelog c JOIN jira_issues i ON i.id = c.issue_id WHERE i.key LIKE 'SUP-%'"),
    comments: n("SELECT COUNT(*) AS n FROM jira_comments c JOIN jira_issues i ON i.id = c.issue_id WHERE i.key LIKE 'SUP-%'"),
    reopened: n("SELECT COUNT(DISTINCT c.issue_id) AS n FROM jira_changelog c JOIN jira_issues i ON i.id = c.issue_id, json_each(c.items) j WHERE i.key LIKE 'SUP-%' AND json_extract(j.value, '$.field') = 'status' AND json_extract(j.value, '$.fromString') IN ('Resolved', 'Closed', 'Done') AND json_extract(j.value, '$.toString') NOT IN ('Resolved', 'Closed', 'Done')"),
    csatRatings: n("SELECT COUNT(*) AS n FROM kvs_items WHERE key LIKE 'lb:r:%'"),
    csatRatedIssues: n("SELECT COUNT(DISTINCT substr(key, 1, 5 + instr(substr(key, 6), ':'))) AS n FROM kvs_items WHERE key LIKE 'lb:r:%'"),
  };
}

const endpoint = (path: string): string =>
  path
    .replace(/\/properties\/.+$/, '/properties/{key}')
    .replace(/\/issue\/[^/]+/, '/issue/{id}')
    .replace(/\/project\/[^/]+$/, '/project/{key}');

type Meter = {
  jiraByEndpoint: Record<string, number>;
  jiraStandInMs: Record<string, number>;
  kvsReads: number;
  /** Host-clock time and 10 KB units of each KVS write (set or delete). */
  writes: Array<{ at: number; units: number }>;
  kvsPerSecondPeak: Map<number, number>;
};

/** Counts the Jira and KVS requests the app makes from now on (at the stand-ins, so nothing is dropped). */
function meter(host: LocalHost): Meter {
  const m: Meter = { jiraByEndpoint: {}, jiraStandInMs: {}, kvsReads: 0, writes: [], kvsPerSecondPeak: new Map() };
  const jira = host.jira.handle.bind(host.jira);
  host.jira.handle = async (req, actor) => {
    const key = `${req.method} ${endpoint(req.path)}`;
    m.jiraByEndpoint[key] = (m.jiraByEndpoint[key] ?? 0) + 1;
    const t = performance.now();
    try {
      return await jira(req, actor);
    } finally {
      m.jiraStandInMs[key] = Math.round((m.jiraStandInMs[key] ?? 0) + performance.now() - t);
    }
  };
  const kvs = host.kvs.handle.bind(host.kvs);
  host.kvs.handle = (req) => {
    const at = host.clock.now();
    const second = Math.floor(at / 1000);
    m.kvsPerSecondPeak.set(second, (m.kvsPerSecondPeak.get(second) ?? 0) + 1);
    if (/\/(set|delete)$/.test(req.path)) m.writes.push({ at, units: Math.max(1, Math.ceil(Buffer.byteLength(req.body) / KVS_UNIT_BYTES)) });
    else if (/\/(get|query)$/.test(req.path)) m.kvsReads++;
    return kvs(req);
  };
  return m;
}

type Status = { state: string; phase: string; processed: number; total: number | null; error: string | null; throttledUntil: string | null };

async function status(host: LocalHost): Promise<Status> {
  const result = (await host.invokeResolver({ moduleKey: 'linebridge-lines-project', functionKey: 'lines/job-status', payload: {}, accountId: admin, context: {} })) as { ok: boolean; value: Status };
  if (!result.ok) throw new Error(`job status failed: ${JSON.stringify(result)}`);
  return result.value;
}

/** The most writes (and 10 KB units) in any 60 s of host clock (a sliding window, stricter than calendar minutes). */
function slidingPeak(writes: Meter['writes']): { writes: number; units: number } {
  let from = 0;
  let units = 0;
  const peak = { writes: 0, units: 0 };
  for (const [i, w] of writes.entries()) {
    units += w.units;
    while ((writes[from]?.at ?? w.at) <= w.at - 60_000) units -= writes[from++]?.units ?? 0;
    peak.writes = Math.max(peak.writes, i - from + 1);
    peak.units = Math.max(peak.units, units);
  }
  return peak;
}

/** Writes per calendar minute of host clock, counted from the job's start. */
function perMinute(writes: Meter['writes'], start: number): number[] {
  const last = writes.reduce((max, w) => Math.max(max, w.at), start);
  const counts = new Array<number>(Math.floor((last - start) / 60_000) + 1).fill(0);
  for (const w of writes) {
    const i = Math.floor((w.at - start) / 60_000);
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}

async function main(): Promise<void> {
  const host = await startBenchHost();
  const t0 = performance.now();
  await seedDemoData(host, { anchor: BENCH_ANCHOR });
  const issues = growSupIssues(host, TARGET, { copyRatings: true });
  const data = shape(host);
  const prepareMs = Math.round(performance.now() - t0);

  let peakRssMB = 0;
  const sampleMemory = (): void => {
    peakRssMB = Math.max(peakRssMB, Math.round(process.memoryUsage().rss / 1048576));
  };
  const m = meter(host);
  const start = performance.now();
  const hostStart = host.clock.now();
  const started = (await host.invokeResolver({ moduleKey: 'linebridge-lines-project', functionKey: 'lines/job', payload: { action: 'start' }, accountId: admin, context: {} })) as { ok: boolean };
  if (!started.ok) throw new Error(`backfill did not start: ${JSON.stringify(started)}`);
  let final: Status;
  let progressAt = 0;
  let stoppedAtCap = false;
  for (;;) {
    await host.settle();
    sampleMemory();
    final = await status(host);
    if (final.state !== 'running') break;
    if (performance.now() - start > MAX_REAL_MS) {
      stoppedAtCap = true;
      break;
    }
    if (process.env.BENCH_PROGRESS && performance.now() - progressAt > 30_000) {
      progressAt = performance.now();
      console.error(JSON.stringify({ progress: final.processed, phase: final.phase, realS: Math.round((progressAt - start) / 1000), hostMin: Math.round((host.clock.now() - hostStart) / 6000) / 10 }));
    }
    // Nothing running: the next step waits for its pacing delay. Fast-forward the host clock towards it.
    if (host.queues.pending() === 0) throw new Error(`backfill stalled: no queued step, job ${JSON.stringify(final)}`);
    await host.clock.advance(TICK_MS);
  }
  const wallMs = Math.round(performance.now() - start);
  const hostMs = host.clock.now() - hostStart;
  const jiraRequests = Object.values(m.jiraByEndpoint).reduce((a, b) => a + b, 0);
  const minutes = perMinute(m.writes, hostStart);
  const peak = slidingPeak(m.writes);
  const kvsWrites = m.writes.length;
  const hostMinutes = hostMs / 60_000;
  console.log(JSON.stringify({
    bench: 'panel-backfill', node: process.version, issues, data, prepareMs,
    stoppedAtCap, job: { state: final.state, phase: final.phase, processed: final.processed, total: final.total, error: final.error },
    wallMsReal: wallMs, wallMinHostClock: Math.round(hostMinutes * 10) / 10,
    issuesPerHostMinute: Math.round(final.processed / hostMinutes), issuesPerRealSec: Math.round((final.processed / wallMs) * 1000),
    jiraRequests, jiraRequestsPerIssue: Math.round((jiraRequests / Math.max(1, final.processed)) * 100) / 100, jiraByEndpoint: m.jiraByEndpoint, jiraStandInMsByEndpoint: m.jiraStandInMs,
    standInSearchMsPerPage: Math.round((m.jiraStandInMs['POST /rest/api/3/search/jql'] ?? 0) / Math.max(1, m.jiraByEndpoint['POST /rest/api/3/search/jql'] ?? 0)),
    kvsWrites, kvsWriteUnits: m.writes.reduce((a, w) => a + w.units, 0), kvsWritesPerIssue: Math.round((kvsWrites / Math.max(1, final.processed)) * 100) / 100, kvsReads: m.kvsReads,
    kvsWritesPerHostMinute: { mean: Math.round(kvsWrites / Math.max(1, hostMinutes)), peak60s: peak.writes, peak60sUnits: peak.units, byMinute: minutes },
    kvsLimit: { writesPerMinute: KVS_WRITES_PER_MINUTE, peakShare: Math.round((peak.units / KVS_WRITES_PER_MINUTE) * 100) / 100, under: peak.units <= KVS_WRITES_PER_MINUTE, requestsPerSecondPeak: Math.max(...m.kvsPerSecondPeak.values()), requestsPerSecondLimit: KVS_REQUESTS_PER_SECOND },
    failures: { job: final.state === 'failed' ? final.error : null, deadLetters: host.queues.deadLetters.length, queueEventsDelivered: host.queues.delivered },
    memoryMB: { peakRss: peakRssMB, heapUsed: Math.round(process.memoryUsage().heapUsed / 1048576) },
  }));
  await host.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
