// Every five minutes: the SLA safety net (overdue alerts whose timers were lost, a stalled or missing
// recomputation) and the auto-close safety net (waiting issues whose plan is missing or overdue). The use
// cases handle issues one by one; a failure here is logged, never rethrown (scheduled triggers are not
// retried, and the next run comes in five minutes anyway).
import { autoCloseServices } from '../composition';
import { sweepAutoClose } from '../domain/use-cases/sla/sweep-auto-close';
import { sweepSla } from '../domain/use-cases/sla/sweep-sla';

export async function slaSweepScheduled(): Promise<void> {
  const deps = autoCloseServices();
  try {
    await sweepSla(deps);
  } catch (error) {
    deps.logger.error('sla sweep failed', { error: error instanceof Error ? error.message : String(error) });
  }
  try {
    await sweepAutoClose(deps);
  } catch (error) {
    deps.logger.error('auto-close sweep failed', { error: error instanceof Error ? error.message : String(error) });
  }
}
