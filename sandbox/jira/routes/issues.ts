// Issue CRUD: POST /issue (201 {id,key,self}), GET /issue/{k} with `fields`/`expand`/`properties`,
// PUT /issue/{k} (204, or 200 with the issue when `returnIssue=true`), DELETE /issue/{k} (204).
import { emptyResponse, jsonResponse } from '../../http-types';
import { createIssue } from '../domain/issue-create';
import { deleteIssue, editIssue } from '../domain/issue-edit';
import { visibleIssue } from '../domain/permissions';
import { csvParam } from '../format';
import { asObject } from '../http/json-body';
import { route, type Route, type RouteContext } from '../http/route';
import { parseFieldSelection } from '../views/field-selection';
import { issueBean } from '../views/issue-bean';
import type { IssueRecord } from '../store/issues-store';

const ISSUE = '/rest/api/3/issue/{issueIdOrKey}';

function beanFor(ctx: RouteContext, issue: IssueRecord): Record<string, unknown> {
  return issueBean(ctx.site, issue, {
    selection: parseFieldSelection(csvParam(ctx.query.getAll('fields')), '*all'),
    caller: ctx.caller,
    expand: new Set(csvParam(ctx.query.getAll('expand'))),
    properties: csvParam(ctx.query.getAll('properties')),
  });
}

export const issueRoutes: readonly Route[] = [
  route('POST', '/rest/api/3/issue', (ctx) => {
    const issue = createIssue(ctx.site, ctx.caller, asObject(ctx.json()));
    return jsonResponse(201, { id: String(issue.id), key: issue.key, self: ctx.site.api(`/issue/${issue.id}`) });
  }),
  route('GET', ISSUE, (ctx) => jsonResponse(200, beanFor(ctx, visibleIssue(ctx.site, ctx.caller, ctx.params.issueIdOrKey ?? '')))),
  route('PUT', ISSUE, (ctx) => {
    const issue = visibleIssue(ctx.site, ctx.caller, ctx.params.issueIdOrKey ?? '');
    const updated = editIssue(ctx.site, ctx.caller, issue, asObject(ctx.json()));
    return ctx.query.get('returnIssue') === 'true' ? jsonResponse(200, beanFor(ctx, updated)) : emptyResponse(204);
  }),
  route('DELETE', ISSUE, (ctx) => {
    deleteIssue(ctx.site, ctx.caller, visibleIssue(ctx.site, ctx.caller, ctx.params.issueIdOrKey ?? ''));
    return emptyResponse(204);
  }),
];
