// The `sla-timers` queue: one hop of a delayed-event chain toward a warning or breach instant.
// Thin: validates the body, calls handleSlaTimer, maps failures (retry or drop).
import type { InvocationError } from '@forge/events';
import { slaServices } from '../composition';
import { parseTimerBody } from '../domain/model/sla/jobs';
import { handleSlaTimer } from '../domain/use-cases/sla/handle-sla-timer';
import { retryOrDrop, type ConsumerEvent } from './consumer-outcome';

export async function slaTimerConsumer(event: ConsumerEvent): Promise<InvocationError | undefined> {
  const deps = slaServices();
  const body = parseTimerBody(event.body);
  if (!body) {
    deps.logger.error('sla timer: malformed event dropped');
    return undefined;
  }
  try {
    await handleSlaTimer(deps, body);
    return undefined;
  } catch (error) {
    return retryOrDrop(error, deps.logger, 'sla-timers');
  }
}
