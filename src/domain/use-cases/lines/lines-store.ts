// Where the support-lines data lives in the key-value store, and the small typed reads and writes over
// it. Keys stay within Forge KVS rules ([a-zA-Z0-9:._-], ≤ 500 chars); every value is bounded in size
// (facts ≤ 50 cycles, documents by their dimensions). No business rules here.
import type { KeyValueStore } from '../../ports';
import { DEFAULT_GENERAL, parseGeneralSettings, type GeneralSettings } from '../../model/config/general';
import { readSection } from '../get-settings';
import type { CsatRating } from '../../model/lines/csat';
import type { IssueFacts } from '../../model/lines/facts';
import { emptyBucketDocs, PEOPLE_SHARDS, type BucketDocSet, type Contribution, type KpiDoc, type PeopleDoc } from '../../model/lines/aggregates';

export const KEYS = {
  facts: (issueId: string): string => `lb:f:${issueId}`,
  factsPrefix: 'lb:f:',
  contribution: (bucket: string, issueId: string): string => `lb:c:${bucket}:${issueId}`,
  contributionPrefix: (bucket: string): string => `lb:c:${bucket}:`,
  contributionsPrefix: 'lb:c:',
  kpi: (bucket: string): string => `lb:a:${bucket}:k`,
  people: (bucket: string, shard: number): string => `lb:a:${bucket}:p${shard}`,
  totals: (bucket: string): string => `lb:a:${bucket}:t`,
  aggregatesPrefix: 'lb:a:',
  dirty: (bucket: string): string => `lb:d:${bucket}`,
  dirtyPrefix: 'lb:d:',
  rating: (issueId: string, cycle: number): string => `lb:r:${issueId}:${String(cycle).padStart(3, '0')}`,
  ratingsPrefix: (issueId: string): string => `lb:r:${issueId}:`,
  directory: 'lb:people',
  job: 'lb:job',
} as const;

/** Facts as stored: plus when they were computed, the buckets they contribute to and the last property written. */
export type StoredFacts = IssueFacts & { readonly computedAt: number; readonly buckets: readonly string[]; readonly property: string };

export async function readFacts(store: KeyValueStore, issueId: string): Promise<StoredFacts | undefined> {
  return store.get<StoredFacts>(KEYS.facts(issueId));
}

export async function readRatings(store: KeyValueStore, issueId: string): Promise<Map<number, CsatRating>> {
  const out = new Map<number, CsatRating>();
  let cursor: string | undefined;
  do {
    const page = await store.list<CsatRating>(KEYS.ratingsPrefix(issueId), cursor, 100);
    for (const e of page.entries) out.set(e.value.cycle, e.value);
    cursor = page.cursor;
  } while (cursor);
  return out;
}

/** Which people documents a read needs: none, the totals by line and person, or every shard (and the totals). */
export type PeopleRead = 'none' | 'totals' | 'all';

/** A bucket's documents; the ones not read (or not stored) come back empty. */
export async function readBucketDocs(store: KeyValueStore, bucket: string, people: PeopleRead): Promise<BucketDocSet> {
  const docs = emptyBucketDocs();
  const shards = people === 'all' ? Array.from({ length: PEOPLE_SHARDS }, (_, i) => store.get<PeopleDoc>(KEYS.people(bucket, i))) : [];
  const [kpi, totals, ...parts] = await Promise.all([store.get<KpiDoc>(KEYS.kpi(bucket)), people === 'none' ? undefined : store.get<PeopleDoc>(KEYS.totals(bucket)), ...shards]);
  if (kpi) docs.kpi = kpi;
  if (totals) docs.totals = totals;
  parts.forEach((p, i) => {
    if (p) docs.people[i] = p;
  });
  return docs;
}

/** Writes a bucket's documents; empty ones are deleted so buckets that lost every issue leave nothing behind. */
export async function writeBucketDocs(store: KeyValueStore, bucket: string, docs: BucketDocSet): Promise<number> {
  const put = (key: string, doc: KpiDoc | PeopleDoc): Promise<void> => (Object.keys(doc.cells).length === 0 ? store.delete(key) : store.set(key, doc));
  const writes = [put(KEYS.kpi(bucket), docs.kpi), put(KEYS.totals(bucket), docs.totals), ...docs.people.map((doc, i) => put(KEYS.people(bucket, i), doc))];
  await Promise.all(writes);
  return writes.length;
}

/** Every entry under a prefix, page by page (callers bound the prefix so this stays small). */
export async function listAll<T>(store: KeyValueStore, prefix: string, onPage: (entries: { key: string; value: T }[]) => Promise<void> | void): Promise<void> {
  let cursor: string | undefined;
  do {
    const page = await store.list<T>(prefix, cursor, 100);
    await onPage(page.entries);
    cursor = page.cursor;
  } while (cursor);
}

export type { Contribution };

/** The `general` settings (served projects, line groups), defaults when unreadable. */
export async function readGeneral(store: KeyValueStore): Promise<GeneralSettings> {
  return parseGeneralSettings((await readSection(store, 'general')).value).value ?? DEFAULT_GENERAL;
}
