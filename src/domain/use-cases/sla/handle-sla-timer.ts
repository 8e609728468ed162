// One hop of a delayed-event chain toward an alert: dropped when the alert is no longer pending (the
// state changed since: stale), pushed again for the rest of the wait when it came early (delays are at
// most 900 s), and at the due instant the issue is recomputed, which announces the alert.
import { NotFoundError } from '../../errors';
import type { PendingAlerts } from '../../model/sla/live-state';
import { SLA_TIMER_QUEUE, type SlaTimerBody } from '../../model/sla/jobs';
import { hopDelaySeconds } from '../../rules/sla/alerts';
import { refreshIssueSla, type SlaServices } from './refresh-issue-sla';
import { pendingAlertsKey } from './sla-keys';

export type TimerOutcome = 'stale' | 'rescheduled' | 'fired' | 'ignored';

export async function handleSlaTimer(deps: SlaServices, body: SlaTimerBody): Promise<TimerOutcome> {
  const pending = await deps.store.get<PendingAlerts>(pendingAlertsKey(body.issueKey));
  if (!pending?.alerts.some((a) => a.id === body.alertId)) {
    deps.logger.info('sla timer dropped: stale', { issueKey: body.issueKey, alertId: body.alertId });
    return 'stale';
  }
  const delaySeconds = hopDelaySeconds(body.dueAt, deps.clock.now().getTime());
  if (delaySeconds > 0) {
    await deps.jobs.push([{ kind: SLA_TIMER_QUEUE, body, delaySeconds }]);
    return 'rescheduled';
  }
  try {
    const outcome = await refreshIssueSla(deps, body.issueKey);
    return outcome.kind === 'ignored' ? 'ignored' : 'fired';
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    await deps.store.delete(pendingAlertsKey(body.issueKey)); // the issue was deleted: forget its alerts
    return 'stale';
  }
}
