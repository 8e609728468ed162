// Product events (issue created, updated, commented) → Telegram notifications in the outbox. Thin: reads
// the ids, the project, who and when from the payload; the use case reads the rest from Jira. Retryable
// failures are rethrown so Forge redelivers (the outbox makes that harmless); others are logged.
import { telegramServices } from '../composition';
import { isAppError } from '../domain/errors';
import type { ChangeItem } from '../domain/rules/telegram/changelog-to-events';
import { notifyIssueEvent, type IssueEventInput } from '../domain/use-cases/telegram/notify-issue-event';

const KINDS: Readonly<Record<string, IssueEventInput['kind']>> = {
  'avi:jira:created:issue': 'created',
  'avi:jira:updated:issue': 'updated',
  'avi:jira:commented:issue': 'commented',
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** An own property (a changelog item's `toString` is data, not Object.prototype.toString). */
const own = (record: Record<string, unknown>, key: string): unknown => (Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined);
const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : null);

function items(raw: unknown): ChangeItem[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isRecord).map((i) => ({
    field: text(i.field) ?? '', ...(text(i.fieldId) ? { fieldId: text(i.fieldId) ?? '' } : {}),
    from: text(i.from), fromString: text(i.fromString), to: text(i.to), toString: text(own(i, 'toString')),
  }));
}

export function parseIssueEvent(event: unknown): IssueEventInput | null {
  if (!isRecord(event) || !isRecord(event.issue)) return null;
  const kind = KINDS[text(event.eventType) ?? ''];
  const issueId = text(event.issue.id);
  if (!kind || !issueId) return null;
  const fields = isRecord(event.issue.fields) ? event.issue.fields : {};
  const project = isRecord(fields.project) ? text(fields.project.key) : null;
  const when = Date.parse(text(kind === 'created' ? fields.created : fields.updated) ?? '');
  const changelog = isRecord(event.changelog) && text(event.changelog.id) ? { id: text(event.changelog.id) ?? '', items: items(event.changelog.items) } : null;
  return {
    kind, issueId, projectKey: project, accountId: text(event.atlassianId), at: Number.isNaN(when) ? null : when, changelog,
    commentId: isRecord(event.comment) ? text(event.comment.id) : null,
  };
}

export async function telegramIssueEventsTrigger(event: unknown): Promise<void> {
  const deps = telegramServices();
  const input = parseIssueEvent(event);
  if (!input) {
    deps.logger.warn('telegram trigger: event without an issue id dropped');
    return;
  }
  try {
    await notifyIssueEvent(deps, input);
  } catch (error) {
    if (isAppError(error) && error.retryable) throw error;
    deps.logger.warn('telegram trigger: no notification for this event', { issueId: input.issueId, error: isAppError(error) ? error.code : error instanceof Error ? error.name : 'unknown' });
  }
}
