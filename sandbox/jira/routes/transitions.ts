// GET /issue/{k}/transitions (optionally one `transitionId`, `expand=transitions.fields` adds screen fields
// with `required`) and POST /issue/{k}/transitions → 204.
import { emptyResponse, jsonResponse } from '../../http-types';
import { transitionIssue } from '../domain/issue-transition';
import { visibleIssue } from '../domain/permissions';
import { availableTransitions, transitionJson } from '../domain/workflow';
import { csvParam } from '../format';
import { asObject } from '../http/json-body';
import { route, type Route } from '../http/route';

const PATH = '/rest/api/3/issue/{issueIdOrKey}/transitions';

export const transitionRoutes: readonly Route[] = [
  route('GET', PATH, (ctx) => {
    const issue = visibleIssue(ctx.site, ctx.caller, ctx.params.issueIdOrKey ?? '');
    const expand = csvParam(ctx.query.getAll('expand'));
    const withFields = expand.includes('transitions.fields');
    const only = ctx.query.get('transitionId');
    const list = availableTransitions(issue).filter((t) => only === null || t.id === only);
    return jsonResponse(200, {
      expand: 'transitions',
      transitions: list.map((t) => transitionJson(ctx.site, issue, t, withFields)),
    });
  }),
  route('POST', PATH, (ctx) => {
    const issue = visibleIssue(ctx.site, ctx.caller, ctx.params.issueIdOrKey ?? '');
    transitionIssue(ctx.site, ctx.caller, issue, asObject(ctx.json()));
    return emptyResponse(204);
  }),
];
