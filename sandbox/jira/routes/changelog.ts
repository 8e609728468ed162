// Change history reads: GET /issue/{k}/changelog (offset pages of ≤ 100, oldest first) and
// POST /changelog/bulkfetch (≤ 1000 issues, ≤ 10 fieldIds, oldest first then smallest issue id, token
// pages of `maxResults` histories, `created` as epoch ms).
import { jsonResponse } from '../../http-types';
import { hasProjectPermission, visibleIssue } from '../domain/permissions';
import { intParam } from '../format';
import { badRequest } from '../http/errors';
import { asObject } from '../http/json-body';
import { route, type Route } from '../http/route';
import type { ChangeHistory } from '../store/changelog-store';
import { historyJson } from '../views/changelog-view';

const MAX_ISSUES = 1000;
const MAX_FIELDS = 10;

function decodeOffset(token: unknown): number {
  if (token === undefined || token === null) return 0;
  const n = typeof token === 'string' ? Number(Buffer.from(token, 'base64url').toString('utf8').replace(/^o:/, '')) : NaN;
  if (!Number.isInteger(n) || n < 0) throw badRequest('The provided next page token is invalid or expired.');
  return n;
}

export const changelogRoutes: readonly Route[] = [
  route('GET', '/rest/api/3/issue/{issueIdOrKey}/changelog', (ctx) => {
    const issue = visibleIssue(ctx.site, ctx.caller, ctx.params.issueIdOrKey ?? '');
    const all = ctx.site.changelog.forIssue(issue.id);
    const startAt = Math.max(0, intParam(ctx.query.get('startAt'), 0));
    const maxResults = Math.min(100, Math.max(1, intParam(ctx.query.get('maxResults'), 100)));
    const values = all.slice(startAt, startAt + maxResults);
    const isLast = startAt + values.length >= all.length;
    const self = ctx.site.api(`/issue/${issue.key}/changelog?maxResults=${maxResults}&startAt=${startAt}`);
    return jsonResponse(200, {
      self,
      ...(isLast ? {} : { nextPage: ctx.site.api(`/issue/${issue.key}/changelog?maxResults=${maxResults}&startAt=${startAt + maxResults}`) }),
      maxResults, startAt, total: all.length, isLast,
      values: values.map((h) => historyJson(ctx.site, h)),
    });
  }),
  route('POST', '/rest/api/3/changelog/bulkfetch', (ctx) => {
    const body = asObject(ctx.json());
    const keys = Array.isArray(body.issueIdsOrKeys) ? body.issueIdsOrKeys.map(String) : [];
    const fieldIds = Array.isArray(body.fieldIds) ? body.fieldIds.map(String) : [];
    if (keys.length === 0) throw badRequest('You must provide at least one issue ID or key.');
    if (keys.length > MAX_ISSUES) throw badRequest('You may only load changelogs for a maximum of 1,000 issues by ID or key at a time.');
    if (fieldIds.length > MAX_FIELDS) throw badRequest('You may only filter changelogs by a maximum of 10 field IDs at a time.');
    const maxResults = Math.min(10000, Math.max(1, typeof body.maxResults === 'number' ? body.maxResults : 1000));
    const ids = [...new Set(keys.map((k) => ctx.site.issues.find(k))
      .filter((i) => i !== undefined && hasProjectPermission(ctx.site, ctx.caller, i.projectId, 'BROWSE_PROJECTS'))
      .map((i) => i?.id ?? 0))];
    const filtered: { h: ChangeHistory; items: ChangeHistory['items'] }[] = ctx.site.changelog.forIssues(ids)
      .map((h) => ({ h, items: fieldIds.length === 0 ? h.items : h.items.filter((i) => fieldIds.includes(i.fieldId)) }))
      .filter((x) => x.items.length > 0);
    const offset = decodeOffset(body.nextPageToken);
    const page = filtered.slice(offset, offset + maxResults);
    const groups = new Map<number, Record<string, unknown>[]>();
    for (const { h, items } of page) groups.set(h.issueId, [...(groups.get(h.issueId) ?? []), historyJson(ctx.site, h, 'epoch', items)]);
    const more = offset + maxResults < filtered.length;
    return jsonResponse(200, {
      issueChangeLogs: [...groups.entries()].map(([issueId, changeHistories]) => ({ issueId: String(issueId), changeHistories })),
      ...(more ? { nextPageToken: Buffer.from(`o:${offset + maxResults}`).toString('base64url') } : {}),
    });
  }),
];
