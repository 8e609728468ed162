// Comment writes: ADF body checks, role/group visibility, the JSM `sd.public.comment` property (internal
// notes get `jsdPublic: false`), permissions, `updated` bump on the issue and the comment events.
import { ADF_ERROR, adfToText, isAdfDoc, type AdfDoc } from '../adf';
import { badRequest, fieldErrors, JiraHttpError } from '../http/errors';
import { isRecord } from '../http/json-body';
import type { CommentRecord, Visibility } from '../store/comments-store';
import type { IssueRecord } from '../store/issues-store';
import { nextId } from '../store/schema';
import { emitCommentDeleted, emitCommented } from './events';
import { TEXT_LIMIT } from './fields/field-parse';
import { hasProjectPermission, PROJECT_ROLES, type Caller } from './permissions';
import type { Site } from './site';

export function parseBody(raw: unknown): AdfDoc {
  if (raw === undefined || raw === null) throw fieldErrors({ comment: 'Comment body can not be empty!' });
  if (!isAdfDoc(raw)) throw fieldErrors({ comment: ADF_ERROR });
  const text = adfToText(raw);
  if (text.trim() === '') throw fieldErrors({ comment: 'Comment body can not be empty!' });
  if (text.length > TEXT_LIMIT) throw fieldErrors({ comment: 'The entered text is too long. It exceeds the allowed limit of 32,767 characters.' });
  return raw;
}

function parseVisibility(site: Site, caller: Caller, issue: IssueRecord, raw: unknown): Visibility | null {
  if (raw === undefined || raw === null) return null;
  if (!isRecord(raw) || (raw.type !== 'role' && raw.type !== 'group') || typeof raw.value !== 'string') {
    throw fieldErrors({ commentLevel: 'Visibility must have a type of either group or role and a value.' });
  }
  if (raw.type === 'role') {
    if (!(PROJECT_ROLES as readonly string[]).includes(raw.value)) throw fieldErrors({ commentLevel: `Role level '${raw.value}' is invalid` });
    if (caller.kind === 'user' && !site.users.rolesOf(issue.projectId, caller.accountId).includes(raw.value)) {
      throw fieldErrors({ commentLevel: `You are currently not a member of the project role: ${raw.value}.` });
    }
    return { type: 'role', value: raw.value };
  }
  const exists = site.db.get('SELECT 1 AS x FROM jira_group_members WHERE group_name = ?', [raw.value]) !== undefined;
  if (!exists) throw fieldErrors({ commentLevel: `Group: '${raw.value}' does not exist.` });
  return { type: 'group', value: raw.value, identifier: null };
}

function parseProperties(raw: unknown): { key: string; value: unknown }[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isRecord).filter((p) => typeof p.key === 'string').map((p) => ({ key: String(p.key), value: p.value ?? null }));
}

const isInternal = (props: readonly { key: string; value: unknown }[]): boolean =>
  props.some((p) => p.key === 'sd.public.comment' && isRecord(p.value) && p.value.internal === true);

/** Whether the caller may see the comment (role/group restricted comments are hidden otherwise). */
export function canSeeComment(site: Site, caller: Caller, issue: IssueRecord, c: CommentRecord): boolean {
  if (caller.kind === 'app' || c.visibility === null) return true;
  if (c.visibility.type === 'role') return site.users.rolesOf(issue.projectId, caller.accountId).includes(c.visibility.value);
  return site.users.groupsOf(caller.accountId).includes(c.visibility.value);
}

function touchIssue(site: Site, issue: IssueRecord, now: number): void {
  site.issues.update({ ...issue, updated: now });
}

export function addComment(site: Site, caller: Caller, issue: IssueRecord, body: Record<string, unknown>): CommentRecord {
  if (!hasProjectPermission(site, caller, issue.projectId, 'ADD_COMMENTS')) throw badRequest('You do not have the permission to comment on this issue.');
  const now = site.now();
  const properties = parseProperties(body.properties);
  const comment: CommentRecord = {
    id: 0, issueId: issue.id, author: caller.accountId, updateAuthor: caller.accountId, body: parseBody(body.body), created: now, updated: now,
    visibility: parseVisibility(site, caller, issue, body.visibility), jsdPublic: !isInternal(properties), properties,
  };
  const saved = site.db.transaction(() => {
    const withId = { ...comment, id: nextId(site.db, 'comment') };
    site.comments.save(withId);
    touchIssue(site, issue, now);
    return withId;
  });
  emitCommented(site, caller, { ...issue, updated: now }, saved);
  return saved;
}

function mayModify(site: Site, caller: Caller, issue: IssueRecord, c: CommentRecord, kind: 'EDIT' | 'DELETE'): boolean {
  if (hasProjectPermission(site, caller, issue.projectId, `${kind}_ALL_COMMENTS`)) return true;
  return c.author === caller.accountId && hasProjectPermission(site, caller, issue.projectId, `${kind}_OWN_COMMENTS`);
}

export function editComment(site: Site, caller: Caller, issue: IssueRecord, c: CommentRecord, body: Record<string, unknown>): CommentRecord {
  if (!mayModify(site, caller, issue, c, 'EDIT')) throw badRequest('You do not have the permission to edit this comment.');
  const now = site.now();
  const properties = body.properties === undefined ? c.properties : parseProperties(body.properties);
  const updated: CommentRecord = {
    ...c, body: parseBody(body.body), updateAuthor: caller.accountId, updated: now, properties, jsdPublic: !isInternal(properties),
    visibility: body.visibility === undefined ? c.visibility : parseVisibility(site, caller, issue, body.visibility),
  };
  site.db.transaction(() => {
    site.comments.save(updated);
    touchIssue(site, issue, now);
  });
  emitCommented(site, caller, { ...issue, updated: now }, updated);
  return updated;
}

export function deleteComment(site: Site, caller: Caller, issue: IssueRecord, c: CommentRecord): void {
  if (!mayModify(site, caller, issue, c, 'DELETE')) throw new JiraHttpError(403, [`You do not have permission to delete comment with id: ${c.id}`]);
  site.comments.delete(c.id);
  emitCommentDeleted(site, caller, issue, c);
}
