// Site catalogue reads: /status, /statuscategory[/{idOrKey}], /priority[/search|/{id}], /issuetype[/{id}],
// /resolution and /serverInfo.
import { jsonResponse } from '../../http-types';
import { findPriority, ISSUE_TYPES, PRIORITIES, RESOLUTIONS, STATUS_CATEGORIES, STATUSES, findIssueType } from '../catalog';
import { formatJiraDate, intParam } from '../format';
import { notFound } from '../http/errors';
import { route, type Route } from '../http/route';
import { categoryJson, issueTypeJson, priorityJson, resolutionJson, statusJson } from '../views/meta-view';

export const catalogRoutes: readonly Route[] = [
  route('GET', '/rest/api/3/status', (ctx) => jsonResponse(200, STATUSES.map((s) => statusJson(ctx.site, s)))),
  route('GET', '/rest/api/3/statuscategory', (ctx) => jsonResponse(200, STATUS_CATEGORIES.map((c) => categoryJson(ctx.site, c)))),
  route('GET', '/rest/api/3/statuscategory/{idOrKey}', (ctx) => {
    const v = ctx.params.idOrKey ?? '';
    const c = STATUS_CATEGORIES.find((x) => String(x.id) === v || x.key === v);
    if (!c) throw notFound(`The status category with ID or key '${v}' does not exist.`);
    return jsonResponse(200, categoryJson(ctx.site, c));
  }),
  route('GET', '/rest/api/3/priority', (ctx) => jsonResponse(200, PRIORITIES.map((p) => priorityJson(ctx.site, p, true)))),
  route('GET', '/rest/api/3/priority/search', (ctx) => {
    const startAt = Math.max(0, intParam(ctx.query.get('startAt'), 0));
    const maxResults = Math.max(1, intParam(ctx.query.get('maxResults'), 50));
    const values = PRIORITIES.slice(startAt, startAt + maxResults).map((p) => priorityJson(ctx.site, p, true));
    return jsonResponse(200, {
      self: ctx.site.api(`/priority/search?maxResults=${maxResults}&startAt=${startAt}`),
      maxResults, startAt, total: PRIORITIES.length, isLast: startAt + values.length >= PRIORITIES.length, values,
    });
  }),
  route('GET', '/rest/api/3/priority/{id}', (ctx) => {
    const p = findPriority(ctx.params.id ?? '');
    if (!p) throw notFound(`The priority with ID '${ctx.params.id ?? ''}' does not exist.`);
    return jsonResponse(200, priorityJson(ctx.site, p, true));
  }),
  route('GET', '/rest/api/3/issuetype', (ctx) => jsonResponse(200, ISSUE_TYPES.map((t) => issueTypeJson(ctx.site, t)))),
  route('GET', '/rest/api/3/issuetype/{id}', (ctx) => {
    const t = findIssueType(ctx.params.id ?? '');
    if (!t) throw notFound('The issue type with this ID does not exist or you do not have permission to access it.');
    return jsonResponse(200, issueTypeJson(ctx.site, t));
  }),
  route('GET', '/rest/api/3/resolution', (ctx) => jsonResponse(200, RESOLUTIONS.map((r) => resolutionJson(ctx.site, r)))),
  route('GET', '/rest/api/3/serverInfo', (ctx) => jsonResponse(200, {
    baseUrl: ctx.site.baseUrl,
    displayUrl: ctx.site.baseUrl,
    version: '1001.0.0-SNAPSHOT',
    versionNumbers: [1001, 0, 0],
    deploymentType: 'Cloud',
    buildNumber: 100281,
    buildDate: '2026-11-01T00:00:00.000+0000',
    serverTime: formatJiraDate(ctx.site.now()),
    scmInfo: 'linebridge-sandbox',
    serverTitle: 'Jira',
    serverTimeZone: 'Etc/UTC',
  })),
];
