// Forge product event payloads (developer.atlassian.com/platform/forge/events-reference/jira): the issue in
// the event's compact form (REST v2 `self` URLs, users as `{accountId}`), `atlassianId`, `associatedUsers`,
// `changelog` and `associatedStatuses` as [previous, current]. Builds payloads; never dispatches them.
import { adfToText, mentionedAccountIds } from '../adf';
import { findStatus } from '../catalog';
import { formatJiraDate } from '../format';
import type { ChangeHistory } from '../store/changelog-store';
import type { CommentRecord } from '../store/comments-store';
import type { IssueRecord } from '../store/issues-store';
import { itemJson } from '../views/changelog-view';
import { findField } from './fields/field-defs';
import { renderField } from './fields/field-render';
import type { Caller } from './permissions';
import type { JiraProductEvent, Site } from './site';

const v2 = <T>(value: T): T => JSON.parse(JSON.stringify(value).replace(/\/rest\/api\/3\//g, '/rest/api/2/')) as T;
const account = (id: string | null): { accountId: string } | null => (id === null ? null : { accountId: id });

export function eventIssue(site: Site, issue: IssueRecord): Record<string, unknown> {
  const render = (id: string): unknown => {
    const def = findField(site, id);
    return def ? renderField(site, issue, def) : null;
  };
  return v2({
    id: String(issue.id),
    key: issue.key,
    fields: {
      summary: issue.summary,
      issuetype: render('issuetype'),
      creator: account(issue.creator),
      created: formatJiraDate(issue.created),
      project: render('project'),
      reporter: account(issue.reporter),
      assignee: account(issue.assignee),
      updated: formatJiraDate(issue.updated),
      status: render('status'),
    },
  });
}

function emit(site: Site, caller: Caller, eventType: string, payload: Record<string, unknown>): void {
  const event: JiraProductEvent = { eventType, payload: { eventType, ...payload }, causedByApp: caller.kind === 'app' };
  site.emit(event);
}

export function emitCreated(site: Site, caller: Caller, issue: IssueRecord): void {
  emit(site, caller, 'avi:jira:created:issue', {
    issue: eventIssue(site, issue), atlassianId: caller.accountId, associatedUsers: [{ accountId: caller.accountId }],
  });
}

export function emitUpdated(site: Site, caller: Caller, issue: IssueRecord, history: ChangeHistory): void {
  const users = new Set<string>([caller.accountId]);
  const changelog = { id: String(history.id), items: history.items.map(itemJson) };
  const assigneeItem = history.items.find((i) => i.fieldId === 'assignee');
  for (const id of [assigneeItem?.from, assigneeItem?.to]) if (typeof id === 'string') users.add(id);
  const statusItem = history.items.find((i) => i.fieldId === 'status');
  const statusRef = (id: string | null): Record<string, string> => ({ id: id ?? '', name: findStatus(id ?? '')?.name ?? '' });
  const base = { issue: eventIssue(site, issue), atlassianId: caller.accountId, associatedUsers: [...users].map((accountId) => ({ accountId })) };
  emit(site, caller, 'avi:jira:updated:issue', {
    ...base,
    changelog,
    ...(statusItem ? { associatedStatuses: [statusRef(statusItem.from), statusRef(statusItem.to)] } : {}),
  });
  if (assigneeItem) emit(site, caller, 'avi:jira:assigned:issue', { ...base, changelog: { id: changelog.id, items: [itemJson(assigneeItem)] } });
}

export function emitDeleted(site: Site, caller: Caller, issue: IssueRecord): void {
  emit(site, caller, 'avi:jira:deleted:issue', {
    issue: eventIssue(site, issue), atlassianId: caller.accountId, associatedUsers: [{ accountId: caller.accountId }],
  });
}

/** The comment as product events carry it: v2-style with a plain-text body (verify against a live site). */
function eventComment(site: Site, issue: IssueRecord, c: CommentRecord): Record<string, unknown> {
  return v2({
    self: site.api(`/issue/${issue.id}/comment/${c.id}`),
    id: String(c.id),
    author: account(c.author),
    body: adfToText(c.body),
    updateAuthor: account(c.updateAuthor),
    created: formatJiraDate(c.created),
    updated: formatJiraDate(c.updated),
    jsdPublic: c.jsdPublic,
    ...(c.visibility ? { visibility: { ...c.visibility } } : {}),
  });
}

export function emitCommented(site: Site, caller: Caller, issue: IssueRecord, c: CommentRecord): void {
  const base = { issue: eventIssue(site, issue), atlassianId: caller.accountId, comment: eventComment(site, issue, c) };
  emit(site, caller, 'avi:jira:commented:issue', { ...base, associatedUsers: [{ accountId: caller.accountId }] });
  const mentioned = [...new Set(mentionedAccountIds(c.body))].filter((id) => id !== caller.accountId);
  if (mentioned.length > 0) emit(site, caller, 'avi:jira:mentioned:comment', { ...base, mentionedAccountIds: mentioned });
}

export function emitCommentDeleted(site: Site, caller: Caller, issue: IssueRecord, c: CommentRecord): void {
  emit(site, caller, 'avi:jira:deleted:comment', { issue: eventIssue(site, issue), atlassianId: caller.accountId, comment: eventComment(site, issue, c) });
}

export function emitExpressionFailed(site: Site, caller: Caller, details: { validatorId: string; expression: string; errorMessages: readonly string[]; issue: IssueRecord }): void {
  emit(site, caller, 'avi:jira:failed:expression', {
    timestamp: String(site.now()),
    extensionId: details.validatorId,
    workflowId: 'linebridge-default-workflow',
    workflowName: 'Support workflow',
    validatorId: details.validatorId,
    expression: details.expression,
    errorMessages: [...details.errorMessages],
    context: { issue: { id: String(details.issue.id), key: details.issue.key } },
  });
}
