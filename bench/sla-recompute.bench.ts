// Recomputing 10,000 issues in the sandbox: the shipped recomputation job (queue consumer, real SDKs,
// Jira and KVS stand-ins) over the demo site grown to 10,000 SUP issues. Reports wall time, Jira requests
// by endpoint, KVS writes and queue events. The 600 demo histories are copied by SQL to reach 10,000:
// seeding 10,000 issues through REST takes minutes and would measure the seed, not the job.
import { performance } from 'node:perf_hooks';
import type { LocalHost } from '../sandbox/host/local-host';
import { seedDemoData } from '../sandbox/seed/demo-seed';
import { SEED_USERS } from '../sandbox/jira/seed-users';
import { BENCH_ANCHOR, startBenchHost } from './sla-histories';
import { growSupIssues } from './grow-issues';

const TARGET = Number(process.env.BENCH_ISSUES ?? 10_000);

type Call = { remote: string; type: string; method: string; path: string };

/** Milliseconds the Jira stand-in spends per endpoint (its own cost, not the app's). */
function timeStandIn(host: LocalHost): Record<string, number> {
  const spent: Record<string, number> = {};
  const handle = host.jira.handle.bind(host.jira);
  host.jira.handle = async (req, actor) => {
    const t = performance.now();
    try {
      return await handle(req, actor);
    } finally {
      const key = `${req.method} ${endpoint(req.path)}`;
      spent[key] = Math.round((spent[key] ?? 0) + performance.now() - t);
    }
  };
  return spent;
}

const endpoint = (path: string): string => path.replace(/\/issue\/[^/]+\//, '/issue/{key}/').replace(/\/properties\/.+$/, '/properties/{key}');

function record(host: LocalHost): Call[] {
  const seen: Call[] = [];
  const original = host.calls.push.bind(host.calls);
  host.calls.push = (...items) => {
    for (const c of items) seen.push({ remote: c.target.remote ?? '', type: c.target.type, method: c.method, path: c.path });
    return original(...items);
  };
  return seen;
}

async function status(host: LocalHost): Promise<{ status: string; processed: number; written: number; failed: number; batches: number; total: number | null }> {
  const admin = SEED_USERS.find((u) => u.role === 'admin')?.accountId;
  const result = (await host.invokeResolver({ moduleKey: 'linebridge-admin', functionKey: 'sla/recompute-status', payload: {}, accountId: admin, context: {} })) as { ok: boolean; value: never };
  return result.value;
}

async function main(): Promise<void> {
  const host = await startBenchHost();
  const t0 = performance.now();
  await seedDemoData(host, { anchor: BENCH_ANCHOR });
  const issues = growSupIssues(host, TARGET, { copyRatings: false });
  const prepareMs = Math.round(performance.now() - t0);

  const calls = record(host);
  const standInMs = timeStandIn(host);
  const admin = SEED_USERS.find((u) => u.role === 'admin')?.accountId;
  const start = performance.now();
  await host.invokeResolver({ moduleKey: 'linebridge-admin', functionKey: 'sla/recompute-start', payload: {}, accountId: admin, context: {} });
  for (;;) {
    await host.clock.advance(0);
    await host.settle();
    const s = await status(host);
    if (s.status !== 'running') break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const wallMs = Math.round(performance.now() - start);
  const final = await status(host);
  const jira = calls.filter((c) => c.remote === 'jira');
  const byEndpoint: Record<string, number> = {};
  for (const c of jira) {
    const key = `${c.method} ${endpoint(c.path)}`;
    byEndpoint[key] = (byEndpoint[key] ?? 0) + 1;
  }
  const kvs = calls.filter((c) => c.type === 'kvs');
  console.log(JSON.stringify({
    bench: 'sla-recompute', node: process.version, issues, prepareMs, job: final,
    wallMs, issuesPerSec: Math.round((final.processed / wallMs) * 1000),
    jiraRequests: jira.length, jiraByEndpoint: byEndpoint, standInMsByEndpoint: standInMs,
    kvsWrites: kvs.filter((c) => /\/(set|delete)$/.test(c.path)).length, kvsReads: kvs.filter((c) => /\/(get|query)$/.test(c.path)).length,
    queuePushes: calls.filter((c) => c.path.startsWith('/webhook/queue/publish/')).length,
    deadLetters: host.queues.deadLetters.length,
    memoryMB: Math.round(process.memoryUsage().rss / 1048576),
  }));
  await host.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
