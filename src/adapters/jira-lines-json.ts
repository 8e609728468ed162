// Maps Jira REST v3 JSON (search/jql issues, changelog/bulkfetch histories, comments, statuses) onto the
// raw shapes the support-lines facts read. Pure and defensive: odd values become null, never exceptions.
import type { RawChange, RawChangeItem, RawComment, RawIssueHead, RawStatus } from '../domain/model/lines/raw-issue';
import type { StatusCategoryKey } from '../shared/contract';

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);
const rec = (v: unknown): Json => (isRecord(v) ? v : {});
const CATEGORIES: readonly StatusCategoryKey[] = ['new', 'indeterminate', 'done'];

/** Jira's `2026-01-17T12:34:00.000+0000` (or an epoch number, as bulkfetch sends) → epoch ms; NaN if unreadable. */
export function jiraTime(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return NaN;
  return Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
}

/** Plain text of an ADF document (or a plain string body). */
export function adfText(node: unknown): string {
  if (typeof node === 'string') return node;
  if (!isRecord(node)) return '';
  if (node.type === 'text') return str(node.text) ?? '';
  if (node.type === 'hardBreak') return '\n';
  const children = Array.isArray(node.content) ? node.content.map(adfText) : [];
  const block = ['paragraph', 'heading', 'blockquote', 'listItem', 'codeBlock'].includes(String(node.type));
  return children.join('') + (block ? '\n' : '');
}

export function toStatus(json: unknown): RawStatus {
  const s = rec(json);
  const key = str(rec(s.statusCategory).key) ?? '';
  return { id: str(s.id) ?? '', name: str(s.name) ?? '', category: CATEGORIES.find((c) => c === key) ?? 'undefined' };
}

export function toComment(json: unknown): RawComment {
  const c = rec(json);
  const internal = isRecord(c.visibility) || c.jsdPublic === false;
  return { id: str(c.id) ?? '', at: jiraTime(c.created), author: str(rec(c.author).accountId), text: adfText(c.body).trim(), internal };
}

/** The issue property where the Telegram conversation records repeat contacts (requested with `properties`). */
export const CONTACTS_PROPERTY = 'linebridge-contacts';

function telegramContacts(value: unknown): { at: number; commentId: string | null }[] {
  const contacts = rec(value).contacts;
  if (!Array.isArray(contacts)) return [];
  return contacts.map(rec).filter((c) => typeof c.at === 'number' && Number.isFinite(c.at)).map((c) => ({ at: c.at as number, commentId: str(c.commentId) }));
}

export function toIssueHead(json: unknown): RawIssueHead {
  const issue = rec(json);
  const f = rec(issue.fields);
  const comment = rec(f.comment);
  const comments = Array.isArray(comment.comments) ? comment.comments.map(toComment) : [];
  const total = typeof comment.total === 'number' ? comment.total : comments.length;
  return {
    id: str(issue.id) ?? '',
    key: str(issue.key) ?? '',
    projectKey: str(rec(f.project).key) ?? '',
    issueType: str(rec(f.issuetype).name) ?? '',
    created: jiraTime(f.created),
    reporter: str(rec(f.reporter).accountId),
    creator: str(rec(f.creator).accountId),
    status: toStatus(f.status),
    priority: str(rec(f.priority).name) ?? '',
    assignee: str(rec(f.assignee).accountId),
    labels: Array.isArray(f.labels) ? f.labels.map(String) : [],
    comments,
    commentsComplete: isRecord(f.comment) && total <= comments.length,
    telegramContacts: telegramContacts(rec(issue.properties)[CONTACTS_PROPERTY]),
  };
}

function toItem(json: unknown): RawChangeItem {
  const i = rec(json);
  return {
    fieldId: str(i.fieldId) ?? str(i.field) ?? '',
    field: str(i.field) ?? '',
    from: str(i.from),
    fromString: str(i.fromString),
    to: str(i.to),
    toString: str(Object.getOwnPropertyDescriptor(i, 'toString')?.value), // an own property that shadows Object's method
  };
}

export function toChange(json: unknown): RawChange {
  const h = rec(json);
  return { id: str(h.id) ?? '', at: jiraTime(h.created), author: str(rec(h.author).accountId), items: Array.isArray(h.items) ? h.items.map(toItem) : [] };
}

/** One bulkfetch page: issue id → its changes in this page. */
export function toChangelogPage(json: unknown): { byIssue: Map<string, RawChange[]>; nextPageToken?: string } {
  const body = rec(json);
  const byIssue = new Map<string, RawChange[]>();
  for (const log of Array.isArray(body.issueChangeLogs) ? body.issueChangeLogs : []) {
    const entry = rec(log);
    const id = str(entry.issueId) ?? '';
    const changes = Array.isArray(entry.changeHistories) ? entry.changeHistories.map(toChange) : [];
    byIssue.set(id, [...(byIssue.get(id) ?? []), ...changes]);
  }
  const next = str(body.nextPageToken);
  return next ? { byIssue, nextPageToken: next } : { byIssue };
}
