// Comments: list (paged, `orderBy=created|-created`, `expand=renderedBody`), add (201), get, edit, delete.
import { emptyResponse, jsonResponse } from '../../http-types';
import { addComment, canSeeComment, deleteComment, editComment } from '../domain/comments';
import { visibleIssue } from '../domain/permissions';
import { csvParam, intParam } from '../format';
import { notFound } from '../http/errors';
import { asObject } from '../http/json-body';
import { route, type Route, type RouteContext } from '../http/route';
import type { CommentRecord } from '../store/comments-store';
import type { IssueRecord } from '../store/issues-store';
import { commentJson } from '../views/comment-view';

const LIST = '/rest/api/3/issue/{issueIdOrKey}/comment';
const ONE = '/rest/api/3/issue/{issueIdOrKey}/comment/{id}';

function load(ctx: RouteContext): { issue: IssueRecord; comment: CommentRecord } {
  const issue = visibleIssue(ctx.site, ctx.caller, ctx.params.issueIdOrKey ?? '');
  const id = ctx.params.id ?? '';
  const comment = /^\d+$/.test(id) ? ctx.site.comments.get(issue.id, Number(id)) : undefined;
  if (!comment || !canSeeComment(ctx.site, ctx.caller, issue, comment)) throw notFound(`Can not find a comment for the id: ${id}.`);
  return { issue, comment };
}

const rendered = (ctx: RouteContext): boolean => csvParam(ctx.query.getAll('expand')).includes('renderedBody');

export const commentRoutes: readonly Route[] = [
  route('GET', LIST, (ctx) => {
    const issue = visibleIssue(ctx.site, ctx.caller, ctx.params.issueIdOrKey ?? '');
    const all = ctx.site.comments.forIssue(issue.id).filter((c) => canSeeComment(ctx.site, ctx.caller, issue, c));
    if (ctx.query.get('orderBy') === '-created') all.reverse();
    const startAt = Math.max(0, intParam(ctx.query.get('startAt'), 0));
    const maxResults = Math.min(5000, Math.max(0, intParam(ctx.query.get('maxResults'), 5000)));
    const page = all.slice(startAt, startAt + maxResults);
    return jsonResponse(200, {
      startAt, maxResults, total: all.length, comments: page.map((c) => commentJson(ctx.site, issue, c, rendered(ctx))),
    });
  }),
  route('POST', LIST, (ctx) => {
    const issue = visibleIssue(ctx.site, ctx.caller, ctx.params.issueIdOrKey ?? '');
    const comment = addComment(ctx.site, ctx.caller, issue, asObject(ctx.json()));
    return jsonResponse(201, commentJson(ctx.site, issue, comment, rendered(ctx)));
  }),
  route('GET', ONE, (ctx) => {
    const { issue, comment } = load(ctx);
    return jsonResponse(200, commentJson(ctx.site, issue, comment, rendered(ctx)));
  }),
  route('PUT', ONE, (ctx) => {
    const { issue, comment } = load(ctx);
    return jsonResponse(200, commentJson(ctx.site, issue, editComment(ctx.site, ctx.caller, issue, comment, asObject(ctx.json())), rendered(ctx)));
  }),
  route('DELETE', ONE, (ctx) => {
    const { issue, comment } = load(ctx);
    deleteComment(ctx.site, ctx.caller, issue, comment);
    return emptyResponse(204);
  }),
];
