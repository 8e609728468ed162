// The `sla-timers` queue: one hop of a delayed-event chain toward a warning or breach instant, or toward
// an auto-close step (body `type: 'autoClose'`). Thin: validates the body, calls the use case, maps
// failures (retry or drop).
import type { InvocationError } from '@forge/events';
import { autoCloseServices, slaServices } from '../composition';
import { parseAutoCloseTimerBody, parseTimerBody } from '../domain/model/sla/jobs';
import { handleAutoCloseTimer } from '../domain/use-cases/sla/auto-close';
import { handleSlaTimer } from '../domain/use-cases/sla/handle-sla-timer';
import { retryOrDrop, type ConsumerEvent } from './consumer-outcome';

export async function slaTimerConsumer(event: ConsumerEvent): Promise<InvocationError | undefined> {
  const autoClose = parseAutoCloseTimerBody(event.body);
  if (autoClose) {
    const deps = autoCloseServices();
    try {
      await handleAutoCloseTimer(deps, autoClose);
      return undefined;
    } catch (error) {
      return retryOrDrop(error, deps.logger, 'sla-timers');
    }
  }
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
