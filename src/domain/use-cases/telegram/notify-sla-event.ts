// SLA warnings and breaches (the SLA engine's `sla.warning` / `sla.breached` domain events) become
// Telegram notifications for team chats. The domain event's id is stable per clock cycle, so a
// redelivered event is queued once.
import type { SlaDomainEvent } from '../../model/events/domain-event';
import type { NotificationEvent } from '../../model/telegram/events';
import type { NotifyDeps } from './deps';
import { enqueueNotifications, type EnqueueReport } from './enqueue-notifications';
import { loadTelegramSettings, nowMs } from './deps';

export async function notifySlaEvent(deps: NotifyDeps, event: SlaDomainEvent): Promise<EnqueueReport> {
  const settings = await loadTelegramSettings(deps.store);
  const type = event.type === 'sla.warning' ? 'slaWarning' : 'slaBreached';
  if (!settings.routes.some((r) => r.projectKey === event.projectKey && r.events.includes(type))) return { queued: 0, alreadyKnown: 0, unrouted: 1 };
  const issue = await deps.issues.issue(event.issueKey);
  const dueAt = Date.parse(event.dueAt);
  const notification: NotificationEvent = {
    id: `sla:${event.id}`, type, at: Number.isNaN(dueAt) ? nowMs(deps) : dueAt, issue, actor: null, internal: true,
    sla: { goal: event.metric, dueAt: Number.isNaN(dueAt) ? nowMs(deps) : dueAt },
  };
  return enqueueNotifications(deps, [notification], settings);
}
