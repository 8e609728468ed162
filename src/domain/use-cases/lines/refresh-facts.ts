// Keeps one issue's stored facts, contributions, aggregates and JQL property in step with its history.
// Idempotent: facts are recomputed from the full history, contributions are per issue and bucket, and
// aggregates change by (new − old contribution), so redelivered or out-of-order events count nothing twice.
import type { Clock, KeyValueStore, Logger } from '../../ports';
import type { LinesJiraPort } from '../../ports-lines';
import { emptyContribution, type Contribution } from '../../model/lines/aggregates';
import type { IssueFacts } from '../../model/lines/facts';
import { FACTS_PROPERTY_KEY, factsProperty } from '../../model/lines/fact-property';
import type { RawIssue, RawStatus } from '../../model/lines/raw-issue';
import { contributionsOf } from '../../rules/lines/contributions';
import { deriveFacts } from '../../rules/lines/derive-facts';
import type { GeneralSettings } from '../../model/config/general';
import type { AggregateWriter } from './aggregate-writer';
import { KEYS, readFacts, readGeneral, readRatings, type StoredFacts } from './lines-store';
import { PeopleDirectory } from './people-directory';
import { readSlaConfig, type SlaConfig } from './sla-config';

export type LinesDeps = { readonly store: KeyValueStore; readonly jira: LinesJiraPort; readonly clock: Clock; readonly logger: Logger };
export type FactsContext = { readonly people: PeopleDirectory; readonly sla: SlaConfig; readonly statuses: ReadonlyMap<string, RawStatus>; readonly general: GeneralSettings };

export async function loadFactsContext(deps: LinesDeps): Promise<FactsContext> {
  const general = await readGeneral(deps.store);
  const [people, sla, statuses] = await Promise.all([PeopleDirectory.load(deps, general), readSlaConfig(deps.store), deps.jira.statuses()]);
  return { people, sla, general, statuses: new Map(statuses.map((s) => [s.id, s])) };
}

/** Stable JSON (sorted keys): equal values give equal strings whatever the key order. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export async function computeFacts(deps: LinesDeps, ctx: FactsContext, issue: RawIssue): Promise<IssueFacts> {
  const people = [issue.reporter, issue.creator, issue.assignee, ...issue.changes.flatMap((c) => [c.author, ...c.items.filter((i) => i.fieldId === 'assignee').flatMap((i) => [i.from, i.to])]), ...issue.comments.map((c) => c.author)];
  await ctx.people.resolve(people);
  const ratings = await readRatings(deps.store, issue.id);
  return deriveFacts({ issue, context: { statuses: ctx.statuses, roleOf: (id) => ctx.people.roleOf(id) }, sla: ctx.sla, ratings, now: deps.clock.now().getTime() });
}

/** Replaces the stored facts of one issue (null: the issue is gone) and moves its contributions. */
export async function storeFacts(deps: LinesDeps, writer: AggregateWriter, issueId: string, facts: IssueFacts | null, writeProperty = true): Promise<StoredFacts | null> {
  const old = await readFacts(deps.store, issueId);
  const next = facts ? contributionsOf(facts) : new Map<string, Contribution>();
  const buckets = [...new Set([...(old?.buckets ?? []), ...next.keys()])];
  const previous = new Map(await Promise.all(buckets.map(async (b) => [b, (await deps.store.get<Contribution>(KEYS.contribution(b, issueId))) ?? emptyContribution()] as const)));
  const changed = buckets.filter((b) => stableJson(previous.get(b)) !== stableJson(next.get(b) ?? emptyContribution()));
  await writer.markDirty(changed);
  for (const b of changed) {
    const c = next.get(b);
    await (c ? deps.store.set(KEYS.contribution(b, issueId), c) : deps.store.delete(KEYS.contribution(b, issueId)));
    await writer.apply(b, previous.get(b) ?? emptyContribution(), -1);
    if (c) await writer.apply(b, c, 1);
  }
  if (!facts) {
    await deps.store.delete(KEYS.facts(issueId));
    return null;
  }
  const property = stableJson(factsProperty(facts));
  if (writeProperty && property !== old?.property) await deps.jira.setIssueProperty(facts.issueId, FACTS_PROPERTY_KEY, factsProperty(facts));
  const stored: StoredFacts = { ...facts, computedAt: deps.clock.now().getTime(), buckets: [...next.keys()].sort(), property };
  await deps.store.set(KEYS.facts(issueId), stored);
  return stored;
}
