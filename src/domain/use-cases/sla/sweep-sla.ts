// The five-minute safety net behind the precise timers: recomputes issues whose stored next alert is
// overdue (a lost or late timer chain), starts the recomputation when the stored states were computed
// with other settings, and resumes a stalled job. One failing issue never stops the others.
import { SLA_RECOMPUTE_QUEUE } from '../../model/sla/jobs';
import { STALLED_AFTER_MS, type RecomputeJob } from '../../model/sla/recompute-job';
import { readSlaConfig, type SlaConfig } from './read-sla-config';
import { refreshIssueSla, type SlaServices } from './refresh-issue-sla';
import { RECOMPUTE_JOB_KEY } from './sla-keys';
import { startSlaRecompute } from './start-sla-recompute';

/** Timers normally fire on time; the sweep only takes alerts this late, so the two rarely race. */
export const SWEEP_GRACE_MS = 60_000;
export const SWEEP_MAX_ISSUES = 50;

export type SweepOutcome = {
  readonly refreshed: number;
  readonly failed: number;
  readonly recompute: 'started' | 'resumed' | 'none';
};

async function tendRecompute(deps: SlaServices, config: SlaConfig, now: number): Promise<SweepOutcome['recompute']> {
  const job = await deps.store.get<RecomputeJob>(RECOMPUTE_JOB_KEY);
  if (!job || (job.config !== config.signature && job.status !== 'failed')) {
    await startSlaRecompute(deps, 'sweep');
    return 'started';
  }
  if (job.status === 'running' && now - Date.parse(job.updatedAt ?? '') > STALLED_AFTER_MS) {
    await deps.jobs.push([{ kind: SLA_RECOMPUTE_QUEUE, body: { jobId: job.jobId } }]);
    deps.logger.warn('sla recompute stalled: resumed', { jobId: job.jobId });
    return 'resumed';
  }
  return 'none';
}

export async function sweepSla(deps: SlaServices): Promise<SweepOutcome> {
  const now = deps.clock.now().getTime();
  const config = await readSlaConfig(deps.store);
  let recompute: SweepOutcome['recompute'] = 'none';
  try {
    recompute = await tendRecompute(deps, config, now);
  } catch (error) {
    deps.logger.error('sla sweep: recompute check failed', { error: error instanceof Error ? error.message : String(error) });
  }
  const keys = await deps.slaJira.findIssuesWithAlertDue(config.projectKeys, now - SWEEP_GRACE_MS, SWEEP_MAX_ISSUES);
  let refreshed = 0;
  let failed = 0;
  for (const issueKey of keys) {
    try {
      await refreshIssueSla(deps, issueKey, config);
      refreshed++;
    } catch (error) {
      failed++;
      deps.logger.warn('sla sweep: issue failed', { issueKey, error: error instanceof Error ? error.message : String(error) });
    }
  }
  if (keys.length > 0) deps.logger.info('sla sweep', { due: keys.length, refreshed, failed, recompute });
  return { refreshed, failed, recompute };
}
