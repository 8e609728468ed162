// The pure rule that turns a Jira change (issue created, a changelog, a comment) into notification
// events. Ids come from Jira's own ids (issue, changelog, comment), so a redelivered or late Forge event
// yields the same notification ids, and a comment edit never notifies twice.
import type { IssueSnapshot, NotificationEvent } from '../../model/telegram/events';

export type ChangeItem = {
  readonly field: string;
  readonly fieldId?: string;
  readonly from: string | null;
  readonly fromString: string | null;
  readonly to: string | null;
  readonly toString: string | null;
};

export type StatusCategory = 'new' | 'indeterminate' | 'done' | 'undefined';

export type IssueChange =
  | { readonly kind: 'created'; readonly issue: IssueSnapshot; readonly at: number; readonly actor: string | null }
  | {
      readonly kind: 'updated';
      readonly issue: IssueSnapshot;
      readonly at: number;
      readonly actor: string | null;
      readonly changelogId: string;
      readonly items: readonly ChangeItem[];
      /** Status id → category key (Jira's /rest/api/3/status). */
      readonly categories: Readonly<Record<string, StatusCategory>>;
    }
  | {
      readonly kind: 'commented';
      readonly issue: IssueSnapshot;
      readonly at: number;
      readonly actor: string | null;
      readonly comment: { readonly id: string; readonly text: string; readonly internal: boolean };
    };

const isField = (item: ChangeItem, id: string): boolean => (item.fieldId ?? item.field).toLowerCase() === id;

/** resolved: into the done category; reopened: out of it (PRODUCT.md: Resolved/Closed back to work). */
export function classifyStatusChange(from: StatusCategory | undefined, to: StatusCategory | undefined): 'resolved' | 'reopened' | 'statusChanged' {
  if (to === 'done' && from !== 'done') return 'resolved';
  if (from === 'done' && to !== 'done') return 'reopened';
  return 'statusChanged';
}

export function changeToEvents(change: IssueChange): NotificationEvent[] {
  const base = { issue: change.issue, at: change.at, actor: change.actor };
  if (change.kind === 'created') return [{ ...base, id: `created:${change.issue.id}`, type: 'created', internal: false }];
  if (change.kind === 'commented') {
    return [{ ...base, id: `comment:${change.comment.id}`, type: 'commented', internal: change.comment.internal, comment: { id: change.comment.id, text: change.comment.text } }];
  }
  const events: NotificationEvent[] = [];
  const status = change.items.find((i) => isField(i, 'status'));
  if (status) {
    const type = classifyStatusChange(change.categories[status.from ?? ''], change.categories[status.to ?? '']);
    events.push({
      ...base, id: `changelog:${change.changelogId}:${type}`, type, internal: false,
      fromStatus: status.fromString ?? status.from ?? '', toStatus: status.toString ?? status.to ?? '',
    });
  }
  const assignee = change.items.find((i) => isField(i, 'assignee'));
  if (assignee) {
    events.push({ ...base, id: `changelog:${change.changelogId}:assigned`, type: 'assigned', internal: true, assignee: assignee.to === null ? null : assignee.toString ?? assignee.to });
  }
  return events;
}
