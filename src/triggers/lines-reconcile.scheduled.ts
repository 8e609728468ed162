// Every five minutes: rebuilds the support-lines buckets marked dirty (exact, from the contribution index)
// and re-queues a job whose queue event was lost (no progress for 15 minutes). One failure is logged and
// never stops the other half.
import { linesServices } from '../composition';
import { readJob } from '../domain/use-cases/lines/job-state';
import { rebuildDirty } from '../domain/use-cases/lines/rebuild-buckets';
import { isStalled, queueStep } from '../domain/use-cases/lines/start-job';

export async function linesReconcileScheduled(): Promise<void> {
  const deps = linesServices();
  try {
    const job = await readJob(deps.store);
    if (job && isStalled(job, deps.clock.now().getTime())) {
      deps.logger.warn('lines job stalled, queued again', { runId: job.runId, phase: job.phase });
      await queueStep(deps, job.runId);
    }
  } catch (error) {
    deps.logger.error('lines job check failed', { error: error instanceof Error ? error.message : String(error) });
  }
  try {
    await rebuildDirty(deps, 100);
  } catch (error) {
    deps.logger.error('lines reconcile failed', { error: error instanceof Error ? error.message : String(error) });
  }
}
