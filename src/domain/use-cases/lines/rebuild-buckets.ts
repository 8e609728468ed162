// Exact repair of the (project, week) documents: a bucket is recomputed by folding its contribution index
// (one entry per issue). Dirty buckets (touched since their last rebuild) are rebuilt by the scheduled job,
// at the end of a backfill and by the recompute-all job. A marker is cleared only if nobody touched the
// bucket during the rebuild; otherwise it stays for the next run.
import type { Clock, KeyValueStore, Logger } from '../../ports';
import { applyContribution, emptyBucketDocs, type Contribution } from '../../model/lines/aggregates';
import { KEYS, listAll, readBucketDocs, writeBucketDocs } from './lines-store';
import { stableJson } from './refresh-facts';

export type RebuildDeps = { readonly store: KeyValueStore; readonly clock: Clock; readonly logger: Logger };

/** Recomputes one bucket from its contributions; true when the stored documents had drifted. */
export async function rebuildBucket(deps: RebuildDeps, bucket: string): Promise<boolean> {
  const rebuilt = emptyBucketDocs();
  await listAll<Contribution>(deps.store, KEYS.contributionPrefix(bucket), (entries) => {
    for (const e of entries) applyContribution(rebuilt, e.value, 1);
  });
  const stored = await readBucketDocs(deps.store, bucket, 'all');
  const cells = (d: typeof rebuilt): string => stableJson([d.kpi.cells, d.totals.cells, ...d.people.map((p) => p.cells)]);
  const drifted = cells(stored) !== cells(rebuilt);
  if (drifted) await writeBucketDocs(deps.store, bucket, rebuilt);
  return drifted;
}

export type RebuildOutcome = { readonly rebuilt: number; readonly drifted: number; readonly remaining: boolean };

/** Rebuilds up to `max` dirty buckets. */
export async function rebuildDirty(deps: RebuildDeps, max = 50): Promise<RebuildOutcome> {
  const page = await deps.store.list<{ at: number }>(KEYS.dirtyPrefix, undefined, Math.min(100, max));
  let drifted = 0;
  for (const { key, value } of page.entries.slice(0, max)) {
    const bucket = key.slice(KEYS.dirtyPrefix.length);
    if (await rebuildBucket(deps, bucket)) drifted++;
    const now = await deps.store.get<{ at: number }>(key);
    if (now?.at === value.at) await deps.store.delete(key);
  }
  if (drifted > 0) deps.logger.info('aggregates reconciled', { rebuilt: page.entries.length, drifted });
  return { rebuilt: page.entries.length, drifted, remaining: page.cursor !== undefined || page.entries.length > max };
}
