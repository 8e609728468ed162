// Every five minutes: the SLA safety net (overdue alerts whose timers were lost, a stalled or missing
// recomputation). The use case handles issues one by one; a failure here is logged, never rethrown
// (scheduled triggers are not retried, and the next run comes in five minutes anyway).
import { slaServices } from '../composition';
import { sweepSla } from '../domain/use-cases/sla/sweep-sla';

export async function slaSweepScheduled(): Promise<void> {
  const deps = slaServices();
  try {
    await sweepSla(deps);
  } catch (error) {
    deps.logger.error('sla sweep failed', { error: error instanceof Error ? error.message : String(error) });
  }
}
