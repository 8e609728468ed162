// The `lines-jobs` queue: one step of the support-lines backfill or recompute-all. Thin: runs the step
// for ~40 s, queues the next step (after a pause when pacing), and turns Jira's throttling into an
// InvocationError with its Retry-After; after 3 retries the step is re-queued with a delay instead.
import type { InvocationError } from '@forge/events';
import { linesServices } from '../composition';
import { UpstreamError } from '../domain/errors';
import { queueStep } from '../domain/use-cases/lines/start-job';
import { runJobStep } from '../domain/use-cases/lines/run-job';
import { retryCountOf, retryOrDrop, type ConsumerEvent } from './consumer-outcome';

export const STEP_BUDGET_MS = 40_000;
const MAX_INVOCATION_RETRIES = 3;

export async function linesJobsConsumer(event: ConsumerEvent): Promise<InvocationError | undefined> {
  const deps = linesServices();
  const body = typeof event.body === 'object' && event.body !== null ? (event.body as Record<string, unknown>) : {};
  const runId = typeof body.runId === 'string' ? body.runId : '';
  if (runId === '') {
    deps.logger.error('lines job: malformed event dropped');
    return undefined;
  }
  try {
    const outcome = await runJobStep(deps, { runId, budgetMs: STEP_BUDGET_MS });
    if (outcome.kind === 'continue') await queueStep(deps, runId, outcome.delaySeconds);
    return undefined;
  } catch (error) {
    if (error instanceof UpstreamError && error.retryable && retryCountOf(event) >= MAX_INVOCATION_RETRIES) {
      await queueStep(deps, runId, Math.ceil((error.retryAfterMs ?? 60_000) / 1000));
      return undefined;
    }
    return retryOrDrop(error, deps.logger, 'lines-jobs');
  }
}
