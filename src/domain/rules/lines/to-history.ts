// Turns an issue as Jira reports it (fields, changelog, comments) into the SLA clock's IssueHistory:
// the initial state is read back from the first change of each field, people get their support role.
// Pure; order-independent (changes are sorted, ids stay stable so duplicates collapse).
import type { Actor, AuthorRole, HistoryEvent, InitialState, IssueHistory, StatusRef } from '../../model/sla/history';
import type { PersonRole, RawChange, RawChangeItem, RawIssue, RawStatus } from '../../model/lines/raw-issue';

export type HistoryContext = {
  /** The site's statuses (id → category); unknown ids fall back to the name with category `undefined`. */
  readonly statuses: ReadonlyMap<string, RawStatus>;
  readonly roleOf: (accountId: string) => PersonRole;
};

export function authorRole(role: PersonRole): AuthorRole {
  return role === 'line1' || role === 'line2' ? role : 'other';
}

export function sortedChanges(changes: readonly RawChange[]): RawChange[] {
  const num = (id: string): number => (/^\d+$/.test(id) ? Number(id) : Number.MAX_SAFE_INTEGER);
  return [...changes].sort((a, b) => a.at - b.at || num(a.id) - num(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function statusRef(ctx: HistoryContext, id: string | null, name: string | null): StatusRef {
  const known = id !== null ? ctx.statuses.get(id) : undefined;
  if (known) return { id: known.id, name: known.name, category: known.category };
  const byName = [...ctx.statuses.values()].find((s) => name !== null && s.name.toLowerCase() === name.toLowerCase());
  return byName ? { ...byName } : { id: id ?? '', name: name ?? '', category: 'undefined' };
}

function actor(ctx: HistoryContext, accountId: string | null): Actor | null {
  return accountId ? { accountId, role: authorRole(ctx.roleOf(accountId)) } : null;
}

function toEvent(ctx: HistoryContext, change: RawChange, item: RawChangeItem, index: number): HistoryEvent | null {
  const base = { id: `${change.id}:${index}`, at: change.at, ...(change.author ? { actor: actor(ctx, change.author) ?? undefined } : {}) };
  switch (item.fieldId) {
    case 'status':
      return { ...base, kind: 'status', from: statusRef(ctx, item.from, item.fromString), to: statusRef(ctx, item.to, item.toString) };
    case 'priority':
      return { ...base, kind: 'priority', ...(item.fromString ? { from: item.fromString } : {}), to: item.toString ?? '' };
    case 'assignee':
      return { ...base, kind: 'assignee', from: actor(ctx, item.from), to: actor(ctx, item.to) };
    default:
      return item.fieldId.startsWith('customfield_') ? { ...base, kind: 'field', fieldId: item.fieldId, from: item.fromString, to: item.toString } : null;
  }
}

function firstItem(changes: readonly RawChange[], fieldId: string): RawChangeItem | undefined {
  for (const c of changes) {
    const item = c.items.find((i) => i.fieldId === fieldId);
    if (item) return item;
  }
  return undefined;
}

export function initialState(ctx: HistoryContext, issue: RawIssue, changes: readonly RawChange[]): InitialState {
  const status = firstItem(changes, 'status');
  const priority = firstItem(changes, 'priority');
  const assignee = firstItem(changes, 'assignee');
  return {
    status: status ? statusRef(ctx, status.from, status.fromString) : { ...issue.status },
    priority: priority ? (priority.fromString ?? issue.priority) : issue.priority,
    assignee: assignee ? actor(ctx, assignee.from) : actor(ctx, issue.assignee),
    line: null,
  };
}

export function toHistory(ctx: HistoryContext, issue: RawIssue): IssueHistory {
  const changes = sortedChanges(issue.changes);
  const events: HistoryEvent[] = changes.flatMap((c) => c.items.map((item, i) => toEvent(ctx, c, item, i)).filter((e): e is HistoryEvent => e !== null));
  for (const comment of issue.comments) {
    const author = actor(ctx, comment.author);
    if (author) events.push({ id: `comment:${comment.id}`, at: comment.at, kind: 'comment', author, visibility: comment.internal ? 'internal' : 'public' });
  }
  const createdBy = actor(ctx, issue.creator ?? issue.reporter);
  return {
    issueKey: issue.key,
    projectKey: issue.projectKey,
    issueType: issue.issueType,
    labels: issue.labels,
    created: issue.created,
    ...(createdBy ? { createdBy } : {}),
    initial: initialState(ctx, issue, changes),
    events,
  };
}
