// Product events (issue created, updated, commented, deleted) → the issue's support-lines facts are
// recomputed from its full history. Thin and idempotent: redelivered or out-of-order events change nothing
// twice. A failure is rethrown so Forge retries the event (at most 4 times).
import { linesServices } from '../composition';
import { refreshIssue } from '../domain/use-cases/lines/refresh-issue';

type IssueEvent = { readonly eventType?: unknown; readonly issue?: { readonly id?: unknown; readonly key?: unknown } };

export async function linesEventsTrigger(event: IssueEvent): Promise<void> {
  const deps = linesServices();
  const id = typeof event.issue?.id === 'string' ? event.issue.id : typeof event.issue?.id === 'number' ? String(event.issue.id) : '';
  if (!/^\d+$/.test(id)) {
    deps.logger.warn('lines facts: event without an issue id dropped', { eventType: typeof event.eventType === 'string' ? event.eventType : '' });
    return;
  }
  const key = typeof event.issue?.key === 'string' ? event.issue.key : undefined;
  await refreshIssue(deps, { id, ...(key ? { key } : {}) });
}
