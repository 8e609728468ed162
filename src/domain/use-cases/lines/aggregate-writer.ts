// Applies contribution deltas (old out, new in) to the (project, week) documents, batching every change of
// a run in memory and writing each touched document once on flush. KVS has no compare-and-set on plain
// keys, so concurrent writers can lose a delta: every touched bucket is marked dirty first, and
// rebuild-buckets.ts recomputes dirty buckets exactly from the contribution index.
import type { Clock, KeyValueStore } from '../../ports';
import { applyContribution, type BucketDocSet, type Contribution } from '../../model/lines/aggregates';
import { KEYS, readBucketDocs, writeBucketDocs } from './lines-store';

export class AggregateWriter {
  private readonly docs = new Map<string, Promise<BucketDocSet>>();
  private readonly marked = new Set<string>();
  writes = 0;

  constructor(private readonly deps: { store: KeyValueStore; clock: Clock }) {}

  /** Marks buckets dirty before anything about them changes (the reconciliation's safety net). */
  async markDirty(buckets: Iterable<string>): Promise<void> {
    const at = this.deps.clock.now().getTime();
    const fresh = [...buckets].filter((b) => !this.marked.has(b));
    for (const b of fresh) this.marked.add(b);
    await Promise.all(fresh.map((b) => this.deps.store.set(KEYS.dirty(b), { at })));
  }

  async apply(bucket: string, contribution: Contribution, sign: 1 | -1): Promise<void> {
    let docs = this.docs.get(bucket);
    if (!docs) {
      docs = readBucketDocs(this.deps.store, bucket, 'all');
      this.docs.set(bucket, docs);
    }
    applyContribution(await docs, contribution, sign);
  }

  async flush(): Promise<void> {
    const entries = [...this.docs];
    this.docs.clear();
    this.marked.clear();
    for (const [bucket, docs] of entries) {
      this.writes += await writeBucketDocs(this.deps.store, bucket, await docs);
    }
  }
}
