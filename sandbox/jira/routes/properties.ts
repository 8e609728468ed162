// Issue entity properties: list keys, get, put (201 created / 200 updated; JSON ≤ 32,768 characters),
// delete (204). Writes need EDIT_ISSUES like in Jira.
import { emptyResponse, jsonResponse } from '../../http-types';
import { validateProperty } from '../domain/issue-properties';
import { hasProjectPermission, visibleIssue } from '../domain/permissions';
import { badRequest, forbidden, notFound } from '../http/errors';
import { parseJsonBody } from '../http/json-body';
import { route, type Route, type RouteContext } from '../http/route';
import type { IssueRecord } from '../store/issues-store';

const LIST = '/rest/api/3/issue/{issueIdOrKey}/properties';
const ONE = '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}';

function writable(ctx: RouteContext): IssueRecord {
  const issue = visibleIssue(ctx.site, ctx.caller, ctx.params.issueIdOrKey ?? '');
  if (!hasProjectPermission(ctx.site, ctx.caller, issue.projectId, 'EDIT_ISSUES')) {
    throw forbidden('You do not have permission to edit this issue.');
  }
  return issue;
}

const missing = (key: string): Error => notFound(`The property with key '${key}' does not exist.`);

export const propertyRoutes: readonly Route[] = [
  route('GET', LIST, (ctx) => {
    const issue = visibleIssue(ctx.site, ctx.caller, ctx.params.issueIdOrKey ?? '');
    const keys = ctx.site.properties.keys(issue.id).map((key) => ({ self: ctx.site.api(`/issue/${issue.id}/properties/${encodeURIComponent(key)}`), key }));
    return jsonResponse(200, { keys });
  }),
  route('GET', ONE, (ctx) => {
    const issue = visibleIssue(ctx.site, ctx.caller, ctx.params.issueIdOrKey ?? '');
    const key = ctx.params.propertyKey ?? '';
    const found = ctx.site.properties.get(issue.id, key);
    if (!found) throw missing(key);
    return jsonResponse(200, { key, value: found.value });
  }),
  route('PUT', ONE, (ctx) => {
    const issue = writable(ctx);
    const key = ctx.params.propertyKey ?? '';
    if (ctx.req.body.trim() === '') throw badRequest('The property value cannot be empty.');
    validateProperty(key, ctx.req.body.trim());
    const value = parseJsonBody(ctx.req.body);
    const created = ctx.site.properties.put(issue.id, key, JSON.stringify(value));
    // The document gives 200/201 a JSON body (`{}`); Jira's own answer body carries nothing the caller needs.
    return jsonResponse(created ? 201 : 200, {});
  }),
  route('DELETE', ONE, (ctx) => {
    const issue = writable(ctx);
    const key = ctx.params.propertyKey ?? '';
    if (!ctx.site.properties.delete(issue.id, key)) throw missing(key);
    return emptyResponse(204);
  }),
];
