// Synthetic support-lines facts for the panel benchmark: N issues over 12 weeks with E engineers (priority
// mix of the demo, 1–2 cycles, reopens, CSAT, SLA outcomes, handoff/reaction minutes), folded into the
// (project, week) documents with the app's own pure functions and written to the host's KVS as the app.
import { kvs } from '@forge/kvs';
import { applyContribution, emptyBucketDocs, type BucketDocSet } from '../src/domain/model/lines/aggregates';
import type { CycleFacts, IssueFacts, MetricOutcome } from '../src/domain/model/lines/facts';
import { contributionsOf } from '../src/domain/rules/lines/contributions';
import type { LocalHost } from '../sandbox/host/local-host';
import { asApp } from './sla-histories';

const WEEK = 7 * 86_400_000;
const PRIORITIES: readonly [string, number][] = [['Critical', 3], ['High', 14], ['Medium', 61], ['Low', 22]];

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticFacts(n: number, engineers: number, anchor: number): IssueFacts[] {
  const r = prng(n * 31 + engineers);
  const pick = (): string => {
    let x = r() * 100;
    for (const [p, w] of PRIORITIES) if ((x -= w) < 0) return p;
    return 'Medium';
  };
  const outcome = (pMet: number, minutes: number): MetricOutcome => ({ state: r() < pMet ? 'met' : 'breached', minutes });
  return Array.from({ length: n }, (_, i) => {
    const created = anchor - 12 * WEEK + Math.floor(r() * 12 * WEEK);
    const engineer = `eng-${Math.floor(r() * engineers)}`;
    const reopened = r() < 0.07;
    const cycles: CycleFacts[] = (reopened ? [0, 1] : [0]).map((k) => {
      const startedAt = created + k * 2 * 86_400_000;
      const resolvedAt = startedAt + Math.floor(r() * 30 * 3_600_000);
      const score = 1 + Math.floor(r() * 5);
      return {
        index: k + 1, startedAt, escalatedAt: startedAt + 600_000, pickedUpAt: startedAt + 1_800_000, resolvedAt: resolvedAt < anchor ? resolvedAt : null,
        resolvedBy: engineer, reopened: reopened && k === 0, reopenReason: k > 0 ? 'back again' : null, reopenedBy: k > 0 ? 'agent' : null,
        priority: pick(), line: 'line2', engineer, line2Assignees: [engineer], repeatContacts: r() < 0.1 ? 1 : 0,
        sla: { firstResponse: outcome(0.7, Math.floor(r() * 90)), resolution: outcome(0.92, Math.floor(r() * 2000)), handoff: { state: 'noGoal', minutes: Math.floor(r() * 240) } },
        csat: r() < 0.7 ? { score: score as 1 | 2 | 3 | 4 | 5, rater: 'agent', anonymous: false, ratedAt: resolvedAt } : null,
      };
    });
    return { v: 1, issueId: String(100_000 + i), issueKey: `SUP-${i + 1}`, projectKey: 'SUP', issueType: r() < 0.2 ? 'Question' : 'Incident', createdAt: created, reporter: 'agent', line1Agent: 'agent', reopenCount: reopened ? 1 : 0, cycles };
  });
}

/** Folds the facts into bucket documents and writes them; returns the largest document sizes in bytes. */
export async function writeAggregates(host: LocalHost, facts: readonly IssueFacts[]): Promise<{ docs: number; maxKpiBytes: number; maxTotalsBytes: number; maxPeopleBytes: number }> {
  const buckets = new Map<string, BucketDocSet>();
  for (const f of facts) {
    for (const [bucket, c] of contributionsOf(f)) {
      const docs = buckets.get(bucket) ?? emptyBucketDocs();
      applyContribution(docs, c, 1);
      buckets.set(bucket, docs);
    }
  }
  let maxKpiBytes = 0;
  let maxTotalsBytes = 0;
  let maxPeopleBytes = 0;
  await asApp(host, async () => {
    for (const [bucket, docs] of buckets) {
      await kvs.set(`lb:a:${bucket}:k`, docs.kpi);
      maxKpiBytes = Math.max(maxKpiBytes, JSON.stringify(docs.kpi).length);
      await kvs.set(`lb:a:${bucket}:t`, docs.totals);
      maxTotalsBytes = Math.max(maxTotalsBytes, JSON.stringify(docs.totals).length);
      for (const [i, p] of docs.people.entries()) {
        await kvs.set(`lb:a:${bucket}:p${i}`, p);
        maxPeopleBytes = Math.max(maxPeopleBytes, JSON.stringify(p).length);
      }
    }
    await kvs.set('lb:job', { v: 1, runId: 'bench', kind: 'backfill', state: 'done', phase: 'rollup', projects: ['SUP'], missingProjects: [], cursor: null, processed: facts.length, total: facts.length, startedAt: 0, updatedAt: 0, finishedAt: 0, throttledUntil: null, error: null, requestedBy: null, window: { startedAt: 0, pages: 0 } });
  });
  return { docs: buckets.size * (2 + emptyBucketDocs().people.length), maxKpiBytes, maxTotalsBytes, maxPeopleBytes };
}
