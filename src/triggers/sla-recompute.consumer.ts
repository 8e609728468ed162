// The `sla-recompute` queue: one batch of the retroactive SLA recomputation job. Thin: validates the
// body, runs the batch; a throttled batch comes back after Jira's Retry-After (InvocationError).
import type { InvocationError } from '@forge/events';
import { slaServices } from '../composition';
import { parseRecomputeBody } from '../domain/model/sla/jobs';
import { runSlaRecomputeBatch } from '../domain/use-cases/sla/run-sla-recompute-batch';
import { retryCountOf, retryOrDrop, type ConsumerEvent } from './consumer-outcome';

export async function slaRecomputeConsumer(event: ConsumerEvent): Promise<InvocationError | undefined> {
  const deps = slaServices();
  const body = parseRecomputeBody(event.body);
  if (!body) {
    deps.logger.error('sla recompute: malformed event dropped');
    return undefined;
  }
  try {
    await runSlaRecomputeBatch(deps, body.jobId, retryCountOf(event));
    return undefined;
  } catch (error) {
    return retryOrDrop(error, deps.logger, 'sla-recompute');
  }
}
