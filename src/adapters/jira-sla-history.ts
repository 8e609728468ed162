// Maps Jira's JSON (an issue with its fields and comments, its change histories, the site's statuses) to
// the SLA clock's IssueHistory. Pure: roles are resolved beforehand and passed in. Never throws on odd
// input: unknown items are skipped, unknown statuses keep their name with category `undefined`.
import type { StatusCategoryKey } from '../shared/contract';
import type { Actor, AuthorRole, HistoryEvent, InitialState, IssueHistory, StatusRef } from '../domain/model/sla/history';

export type JiraUserJson = { readonly accountId?: unknown; readonly accountType?: unknown };
export type ChangeItemJson = { readonly fieldId?: unknown; readonly field?: unknown; readonly from?: unknown; readonly fromString?: unknown; readonly to?: unknown; readonly toString?: unknown };
export type HistoryJson = { readonly id?: unknown; readonly author?: JiraUserJson | null; readonly created?: unknown; readonly items?: readonly ChangeItemJson[] };
export type CommentJson = { readonly id?: unknown; readonly author?: JiraUserJson | null; readonly created?: unknown; readonly jsdPublic?: unknown; readonly visibility?: unknown };
export type IssueJson = { readonly id?: unknown; readonly key?: unknown; readonly fields?: Readonly<Record<string, unknown>>; readonly properties?: Readonly<Record<string, unknown>> };

export type Roles = ReadonlyMap<string, AuthorRole>;
export type Statuses = ReadonlyMap<string, StatusRef>;

const CATEGORIES: readonly StatusCategoryKey[] = ['new', 'indeterminate', 'done'];
const str = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);
const rec = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** Jira timestamps: `2026-01-17T12:34:00.000+0000` (REST), ISO, or epoch ms (bulk changelog). NaN if unreadable. */
export function jiraTime(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return NaN;
  return Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
}

export function accountIdOf(user: unknown): string | null {
  return str(rec(user).accountId);
}

function actor(user: unknown, roles: Roles): Actor | undefined {
  const accountId = accountIdOf(user);
  return accountId === null ? undefined : { accountId, role: roles.get(accountId) ?? 'other' };
}

function statusRef(id: string | null, name: string | null, statuses: Statuses): StatusRef {
  const known = (id !== null ? statuses.get(id) : undefined) ?? [...statuses.values()].find((s) => s.name === name);
  return known ?? { id: id ?? '', name: name ?? '', category: 'undefined' };
}

export function statusFromJson(json: unknown): StatusRef {
  const s = rec(json);
  const key = str(rec(s.statusCategory).key);
  const category = CATEGORIES.find((c) => c === key) ?? 'undefined';
  return { id: str(s.id) ?? '', name: str(s.name) ?? '', category };
}

/** A field value as conditions compare it: option value, name, account id or plain text. */
function fieldValue(raw: unknown): string | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  const r = rec(raw);
  return str(r.value) ?? str(r.name) ?? str(r.accountId) ?? null;
}

function itemEvent(item: ChangeItemJson, id: string, at: number, by: Actor | undefined, ctx: MapContext): HistoryEvent | null {
  const fieldId = str(item.fieldId) ?? str(item.field);
  const base = { id, at, ...(by ? { actor: by } : {}) };
  if (fieldId === 'status') {
    return { ...base, kind: 'status', from: statusRef(str(item.from), str(item.fromString), ctx.statuses), to: statusRef(str(item.to), str(item.toString), ctx.statuses) };
  }
  if (fieldId === 'priority') return { ...base, kind: 'priority', from: str(item.fromString) ?? '', to: str(item.toString) ?? '' };
  if (fieldId === 'assignee') {
    const who = (v: unknown): Actor | null => (str(v) === null ? null : { accountId: str(v) ?? '', role: ctx.roles.get(str(v) ?? '') ?? 'other' });
    return { ...base, kind: 'assignee', from: who(item.from), to: who(item.to) };
  }
  if (fieldId !== null && ctx.fieldIds.includes(fieldId)) {
    return { ...base, kind: 'field', fieldId, from: str(item.fromString) ?? str(item.from), to: str(item.toString) ?? str(item.to) };
  }
  return null;
}

type MapContext = { readonly roles: Roles; readonly statuses: Statuses; readonly fieldIds: readonly string[] };

/** The first change of each field tells its value at creation; unchanged fields keep the current value. */
function initialState(fields: Readonly<Record<string, unknown>>, events: readonly HistoryEvent[], ctx: MapContext): InitialState {
  const first = <K extends HistoryEvent['kind']>(kind: K) => events.find((e) => e.kind === kind) as Extract<HistoryEvent, { kind: K }> | undefined;
  const status = first('status')?.from ?? statusFromJson(fields.status);
  const priorityChange = first('priority');
  const assigneeChange = first('assignee');
  const assignee = assigneeChange ? (assigneeChange.from ?? null) : actor(fields.assignee, ctx.roles) ?? null;
  const custom = Object.fromEntries(ctx.fieldIds.map((id) => {
    const change = events.find((e): e is Extract<HistoryEvent, { kind: 'field' }> => e.kind === 'field' && e.fieldId === id);
    return [id, change ? (change.from ?? null) : fieldValue(fields[id])];
  }));
  return {
    status,
    priority: priorityChange ? priorityChange.from ?? '' : str(rec(fields.priority).name) ?? '',
    assignee,
    line: null,
    fields: custom,
  };
}

export function toIssueHistory(
  issue: IssueJson,
  histories: readonly HistoryJson[],
  comments: readonly CommentJson[],
  ctx: MapContext,
): IssueHistory {
  const fields = issue.fields ?? {};
  const sorted = [...histories].sort((a, b) => jiraTime(a.created) - jiraTime(b.created) || Number(a.id) - Number(b.id));
  const changes = sorted.flatMap((h) => (h.items ?? []).flatMap((item, i) => {
    const event = itemEvent(item, `${str(h.id) ?? '?'}:${i}`, jiraTime(h.created), actor(h.author, ctx.roles), ctx);
    return event ? [event] : [];
  }));
  const commentEvents = comments.flatMap((c): HistoryEvent[] => {
    const author = actor(c.author, ctx.roles);
    if (!author) return [];
    const internal = c.jsdPublic === false || (c.visibility !== undefined && c.visibility !== null);
    return [{ kind: 'comment', id: `comment:${str(c.id) ?? '?'}`, at: jiraTime(c.created), author, visibility: internal ? 'internal' : 'public' }];
  });
  const creator = actor(fields.creator, ctx.roles) ?? actor(fields.reporter, ctx.roles);
  return {
    issueKey: str(issue.key) ?? '',
    projectKey: str(rec(fields.project).key) ?? '',
    issueType: str(rec(fields.issuetype).name) ?? '',
    labels: Array.isArray(fields.labels) ? fields.labels.filter((l): l is string => typeof l === 'string') : [],
    created: jiraTime(fields.created),
    ...(creator ? { createdBy: creator } : {}),
    initial: initialState(fields, changes, ctx),
    events: [...changes, ...commentEvents],
  };
}

/** Every account id the issue's history mentions (for one role lookup per person). */
export function accountIds(issue: IssueJson, histories: readonly HistoryJson[], comments: readonly CommentJson[]): string[] {
  const fields = issue.fields ?? {};
  const ids = [fields.creator, fields.reporter, fields.assignee].map(accountIdOf);
  for (const h of histories) {
    ids.push(accountIdOf(h.author));
    for (const item of h.items ?? []) if ((str(item.fieldId) ?? str(item.field)) === 'assignee') ids.push(str(item.from), str(item.to));
  }
  for (const c of comments) ids.push(accountIdOf(c.author));
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

/** Account types that decide the role without a group lookup. */
export function roleByAccountType(user: unknown): AuthorRole | null {
  const type = str(rec(user).accountType);
  return type === 'customer' ? 'client' : type === 'app' ? 'other' : null;
}
