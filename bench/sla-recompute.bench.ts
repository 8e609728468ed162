// Recomputing 10,000 issues in the sandbox: the shipped recomputation job (queue consumer, real SDKs,
// Jira and KVS stand-ins) over the demo site grown to 10,000 SUP issues. Reports wall time, Jira requests
// by endpoint, KVS writes and queue events. The 600 demo histories are copied by SQL to reach 10,000:
// seeding 10,000 issues through REST takes minutes and would measure the seed, not the job.
import { performance } from 'node:perf_hooks';
import type { LocalHost } from '../sandbox/host/local-host';
import { seedDemoData } from '../sandbox/seed/demo-seed';
import { SEED_USERS } from '../sandbox/jira/seed-users';
import { BENCH_ANCHOR, startBenchHost } from './sla-histories';

const TARGET = Number(process.env.BENCH_ISSUES ?? 10_000);

/** Copies the seeded SUP issues (with changelogs, comments and properties) until SUP holds `target`. */
function growTo(host: LocalHost, target: number): number {
  const db = host.db;
  const count = (): number => Number(db.get<{ n: number }>("SELECT COUNT(*) AS n FROM jira_issues WHERE key LIKE 'SUP-%'")?.n ?? 0);
  const seeded = db.all<{ id: number; key: string }>("SELECT id, key FROM jira_issues WHERE key LIKE 'SUP-%' AND CAST(substr(key, 5) AS INTEGER) > 3 ORDER BY id");
  for (let copy = 1; count() < target; copy++) {
    const take = Math.min(seeded.length, target - count());
    const ids = seeded.slice(0, take).map((r) => r.id);
    const maxId = ids[ids.length - 1] ?? 0;
    const shift = copy * 100_000;
    const where = `issue_id BETWEEN ${ids[0] ?? 0} AND ${maxId}`;
    db.run(`INSERT INTO jira_issues SELECT id + ${shift}, project_id, 'SUP-' || (CAST(substr(key, 5) AS INTEGER) + ${copy * 1000}), issue_type_id, summary, description, status_id, priority_id, assignee, reporter, creator, labels, components, resolution_id, resolution_date, created, updated, custom FROM jira_issues WHERE id BETWEEN ${ids[0] ?? 0} AND ${maxId} AND key LIKE 'SUP-%' AND CAST(substr(key, 5) AS INTEGER) > 3`);
    db.run(`INSERT INTO jira_changelog SELECT id + ${copy * 1_000_000}, issue_id + ${shift}, author, created, items FROM jira_changelog WHERE ${where}`);
    db.run(`INSERT INTO jira_comments SELECT id + ${copy * 1_000_000}, issue_id + ${shift}, author, update_author, body, created, updated, visibility, jsd_public, properties FROM jira_comments WHERE ${where}`);
    db.run(`INSERT INTO jira_issue_properties SELECT issue_id + ${shift}, key, value FROM jira_issue_properties WHERE ${where}`);
  }
  db.run("UPDATE jira_projects SET issue_seq = (SELECT MAX(CAST(substr(key, 5) AS INTEGER)) FROM jira_issues WHERE key LIKE 'SUP-%') WHERE key = 'SUP'");
  return count();
}

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
  const issues = growTo(host, TARGET);
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
