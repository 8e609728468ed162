// Starts the retroactive SLA recomputation of every issue in the served projects: after the `sla` or
// `general` settings were saved, from the sweep when the stored states were computed with other
// settings, or by hand. One job at a time; a new one supersedes a running one (its events are dropped).
import { hashText } from '../../rules/sla/live-state';
import { isAppError } from '../../errors';
import { SLA_RECOMPUTE_QUEUE, type SlaRecomputeBody } from '../../model/sla/jobs';
import { publicStatus, type RecomputeJob, type RecomputeStatus } from '../../model/sla/recompute-job';
import { readSlaConfig } from './read-sla-config';
import type { SlaServices } from './refresh-issue-sla';
import { RECOMPUTE_JOB_KEY } from './sla-keys';

export type RecomputeReason = 'settings' | 'sweep' | 'manual';

async function countOrNull(deps: SlaServices, projectKeys: readonly string[]): Promise<number | null> {
  try {
    return await deps.slaJira.countIssues(projectKeys);
  } catch (error) {
    deps.logger.warn('sla recompute: issue count unavailable', { error: error instanceof Error ? error.message : String(error) });
    return null;
  }
}

/** Starts a job unless one for the current settings is running or done (`force` starts anyway). */
export async function startSlaRecompute(deps: SlaServices, reason: RecomputeReason, force = false): Promise<RecomputeStatus> {
  const config = await readSlaConfig(deps.store);
  const current = await deps.store.get<RecomputeJob>(RECOMPUTE_JOB_KEY);
  const upToDate = current?.config === config.signature && (current.status === 'running' || current.status === 'done');
  if (upToDate && !force) return publicStatus(current);
  const now = deps.clock.now();
  const job: RecomputeJob = {
    status: 'running',
    jobId: hashText(`${config.signature}|${now.getTime()}|${current?.jobId ?? ''}`),
    config: config.signature,
    reason,
    projectKeys: config.projectKeys,
    cursor: { afterId: 0, pageToken: null },
    startedAt: now.toISOString(),
    updatedAt: now.toISOString(),
    finishedAt: null,
    total: await countOrNull(deps, config.projectKeys),
    processed: 0, written: 0, failed: 0, batches: 0, retries: 0, lastError: null,
  };
  await deps.store.set(RECOMPUTE_JOB_KEY, job);
  const body: SlaRecomputeBody = { jobId: job.jobId };
  await deps.jobs.push([{ kind: SLA_RECOMPUTE_QUEUE, body }]);
  deps.logger.info('sla recompute started', { jobId: job.jobId, config: job.config, reason });
  return publicStatus(job);
}

/** For callers whose own work succeeded already (a settings save): failures are logged; the sweep retries. */
export async function requestSlaRecompute(deps: SlaServices, reason: RecomputeReason): Promise<void> {
  try {
    await startSlaRecompute(deps, reason);
  } catch (error) {
    const detail = isAppError(error) ? error.code : error instanceof Error ? error.message : String(error);
    deps.logger.warn('sla recompute not started; the sweep will start it', { reason, error: detail });
  }
}
