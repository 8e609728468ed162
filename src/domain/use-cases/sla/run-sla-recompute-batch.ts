// One batch of the SLA recomputation job: the next ≤ 1,000 issues by id (search pages + one bulk changelog
// fetch), recomputed and applied, progress saved, the next batch queued. Resumable: the cursor is in
// storage, and a batch that fails halfway is redone (writes are skipped where the state did not change).
import { isAppError, UpstreamError } from '../../errors';
import { SLA_RECOMPUTE_QUEUE } from '../../model/sla/jobs';
import { RECOMPUTE_BATCH, type RecomputeJob } from '../../model/sla/recompute-job';
import { MAX_HOP_SECONDS } from '../../rules/sla/alerts';
import { applySlaState, flushSlaEffects, type SlaEffects } from './apply-sla-state';
import { mapLimit } from './map-limit';
import { readSlaConfig, type SlaConfig } from './read-sla-config';
import type { SlaServices } from './refresh-issue-sla';
import { RECOMPUTE_JOB_KEY } from './sla-keys';

export type BatchOutcome = 'dropped' | 'continued' | 'done' | 'failed' | 'deferred';

/** Issues applied at once: property writes in flight per batch (gentle on Jira's per-second limits). */
export const WRITE_CONCURRENCY = 4;

/** Retries the queue makes for us (InvocationError); after that the job re-queues itself with a delay. */
export const INLINE_RETRIES = 3;

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function save(deps: SlaServices, job: RecomputeJob, change: Partial<RecomputeJob>): Promise<RecomputeJob> {
  const latest = await deps.store.get<RecomputeJob>(RECOMPUTE_JOB_KEY);
  const next = { ...job, ...change, updatedAt: deps.clock.now().toISOString() };
  if (latest?.jobId === job.jobId) await deps.store.set(RECOMPUTE_JOB_KEY, next); // else: superseded meanwhile
  return next;
}

async function applyAll(deps: SlaServices, config: SlaConfig, job: RecomputeJob) {
  const page = await deps.slaJira.readIssues(job.projectKeys, job.cursor, RECOMPUTE_BATCH, config.readOptions);
  const now = deps.clock.now().getTime();
  const outcomes = await mapLimit(page.issues, WRITE_CONCURRENCY, async (snapshot): Promise<SlaEffects | null> => {
    try {
      return await applySlaState(deps, config, snapshot, now, { trustPropertyHint: true });
    } catch (error) {
      if (isAppError(error) && error.retryable) throw error;
      deps.logger.warn('sla recompute: issue skipped', { issueKey: snapshot.history.issueKey, error: describe(error) });
      return null;
    }
  });
  const effects = outcomes.filter((e): e is SlaEffects => e !== null);
  await flushSlaEffects(deps, effects);
  return { page, failed: outcomes.length - effects.length, written: effects.filter((e) => e.written).length };
}

export async function runSlaRecomputeBatch(deps: SlaServices, jobId: string, retryCount: number): Promise<BatchOutcome> {
  const job = await deps.store.get<RecomputeJob>(RECOMPUTE_JOB_KEY);
  if (!job || job.jobId !== jobId || job.status !== 'running') return 'dropped';
  const config = await readSlaConfig(deps.store);
  if (config.signature !== job.config) {
    await save(deps, job, { status: 'superseded', finishedAt: deps.clock.now().toISOString() });
    return 'dropped';
  }
  try {
    const { page, failed, written } = await applyAll(deps, config, job);
    const done = page.isLast;
    const now = deps.clock.now().toISOString();
    await save(deps, job, {
      cursor: page.next,
      processed: job.processed + page.issues.length,
      written: job.written + written,
      failed: job.failed + failed,
      batches: job.batches + 1,
      ...(done ? { status: 'done' as const, finishedAt: now } : {}),
    });
    if (!done) await deps.jobs.push([{ kind: SLA_RECOMPUTE_QUEUE, body: { jobId } }]);
    return done ? 'done' : 'continued';
  } catch (error) {
    if (!isAppError(error) || !error.retryable) {
      const lastError = isAppError(error) ? error.toPayload() : { code: 'INTERNAL' as const, messageKey: 'error.INTERNAL' as const };
      await save(deps, job, { status: 'failed', lastError, finishedAt: deps.clock.now().toISOString() });
      deps.logger.error('sla recompute failed', { jobId, error: describe(error) });
      return 'failed';
    }
    await save(deps, job, { retries: job.retries + 1, lastError: error.toPayload() });
    if (retryCount < INLINE_RETRIES) throw error;
    const waitMs = error instanceof UpstreamError ? (error.retryAfterMs ?? 60_000) : 60_000;
    const delaySeconds = Math.min(MAX_HOP_SECONDS, Math.max(1, Math.ceil(waitMs / 1000)));
    await deps.jobs.push([{ kind: SLA_RECOMPUTE_QUEUE, body: { jobId }, delaySeconds }]);
    return 'deferred';
  }
}
