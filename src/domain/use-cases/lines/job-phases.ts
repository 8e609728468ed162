// One page of each phase of the support-lines job. Each returns the next state; the caller saves it, so a
// crash repeats at most one page, and every page is idempotent (facts are recomputed, contributions replaced).
import { UpstreamError } from '../../errors';
import { AggregateWriter } from './aggregate-writer';
import type { JobState } from './job-state';
import { KEYS, type StoredFacts } from './lines-store';
import { rebuildDirty } from './rebuild-buckets';
import { storeFacts, type FactsContext } from './refresh-facts';
import { refreshPage } from './refresh-issue';
import { resolveProjects, scanJql, type JobDeps } from './start-job';

export type PhaseStep = (deps: JobDeps, ctx: () => Promise<FactsContext>, job: JobState, pageSize: number) => Promise<JobState>;

const bucketOfAggregateKey = (key: string): string => key.slice(KEYS.aggregatesPrefix.length, key.lastIndexOf(':'));

const scan: PhaseStep = async (deps, ctx, job, pageSize) => {
  if (job.projects.length === 0) return { ...job, phase: 'reconcile', cursor: null };
  let page;
  try {
    page = await deps.jira.searchIssues(scanJql(job.projects), job.cursor ?? undefined, pageSize);
  } catch (error) {
    // Jira answers 400 when a project of the JQL was deleted meanwhile: scan again without it.
    if (!(error instanceof UpstreamError) || error.status !== 400) throw error;
    const { projects, missing } = await resolveProjects(deps);
    if (projects.length === job.projects.length) throw error;
    deps.logger.warn('lines backfill: a project disappeared, scanning again without it', { missing: missing.length });
    return { ...job, projects, missingProjects: missing, cursor: null };
  }
  const context = await ctx();
  const writer = new AggregateWriter(deps);
  const stored = await refreshPage(deps, context, writer, page.issues);
  await writer.flush();
  await context.people.save();
  const next = page.nextPageToken ?? null;
  return { ...job, processed: job.processed + stored, cursor: next, phase: next ? 'scan' : 'reconcile' };
};

/** Facts this run did not refresh belong to issues Jira no longer returns (deleted, project deleted or no longer served). */
const reconcile: PhaseStep = async (deps, _ctx, job, pageSize) => {
  const page = await deps.store.list<StoredFacts>(KEYS.factsPrefix, job.cursor ?? undefined, pageSize);
  const writer = new AggregateWriter(deps);
  const stale = page.entries.filter((e) => e.value.computedAt < job.startedAt);
  for (const e of stale) await storeFacts(deps, writer, e.value.issueId, null);
  await writer.flush();
  if (stale.length > 0) deps.logger.info('lines backfill: removed facts of issues Jira no longer returns', { count: stale.length });
  return { ...job, cursor: page.cursor ?? null, phase: page.cursor ? 'reconcile' : 'rollup' };
};

/** Recompute-all, part 1: contributions again from the stored facts (no Jira reads), every bucket marked dirty. */
const contributions: PhaseStep = async (deps, _ctx, job, pageSize) => {
  const page = await deps.store.list<StoredFacts>(KEYS.factsPrefix, job.cursor ?? undefined, pageSize);
  const writer = new AggregateWriter(deps);
  for (const { value } of page.entries) {
    const { computedAt: _c, buckets, property: _p, ...facts } = value;
    await writer.markDirty(buckets);
    await storeFacts(deps, writer, value.issueId, facts);
  }
  await writer.flush();
  return { ...job, processed: job.processed + page.entries.length, cursor: page.cursor ?? null, phase: page.cursor ? 'contributions' : 'aggregates' };
};

/** Recompute-all, part 2: buckets that only have documents left (no contribution) are marked dirty too. */
const aggregates: PhaseStep = async (deps, _ctx, job, pageSize) => {
  const page = await deps.store.list<unknown>(KEYS.aggregatesPrefix, job.cursor ?? undefined, pageSize);
  await new AggregateWriter(deps).markDirty(new Set(page.entries.map((e) => bucketOfAggregateKey(e.key))));
  return { ...job, cursor: page.cursor ?? null, phase: page.cursor ? 'aggregates' : 'rollup' };
};

const rollup: PhaseStep = async (deps, _ctx, job, pageSize) => {
  const outcome = await rebuildDirty(deps, Math.max(1, Math.floor(pageSize / 4)));
  if (outcome.remaining) return job;
  return { ...job, state: 'done', finishedAt: deps.clock.now().getTime(), cursor: null };
};

export const PHASES: Readonly<Record<JobState['phase'], PhaseStep>> = { scan, reconcile, contributions, aggregates, rollup };
