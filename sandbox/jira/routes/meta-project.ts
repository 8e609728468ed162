// Projects and create metadata: /project/search, /project/{key}, /issue/createmeta/{project}/issuetypes
// and /issue/createmeta/{project}/issuetypes/{id} (the create screen's fields with `required`).
import { jsonResponse } from '../../http-types';
import { findIssueType, ISSUE_TYPES, SCREEN } from '../catalog';
import { findField } from '../domain/fields/field-defs';
import { fieldMetadataJson } from '../domain/fields/field-meta';
import { hasProjectPermission } from '../domain/permissions';
import { csvParam, intParam } from '../format';
import { badRequest, notFound } from '../http/errors';
import { route, type Route, type RouteContext } from '../http/route';
import type { ProjectRecord } from '../store/projects-store';
import { issueTypeJson, projectJson, projectRef } from '../views/meta-view';

function project(ctx: RouteContext, param: string): ProjectRecord {
  const idOrKey = ctx.params[param] ?? '';
  const p = ctx.site.projects.find(idOrKey);
  if (!p || !hasProjectPermission(ctx.site, ctx.caller, p.id, 'BROWSE_PROJECTS')) {
    throw notFound(`No project could be found with ${/^\d+$/.test(idOrKey) ? 'id' : 'key'} '${idOrKey}'.`);
  }
  return p;
}

const ALWAYS_REQUIRED = ['summary', 'issuetype', 'project', 'reporter'];

export const projectRoutes: readonly Route[] = [
  route('GET', '/rest/api/3/project/search', (ctx) => {
    const q = (ctx.query.get('query') ?? '').toLowerCase();
    const keys = csvParam(ctx.query.getAll('keys')).map((k) => k.toUpperCase());
    const all = ctx.site.projects.all()
      .filter((p) => hasProjectPermission(ctx.site, ctx.caller, p.id, 'BROWSE_PROJECTS'))
      .filter((p) => (keys.length === 0 || keys.includes(p.key)) && (q === '' || p.key.toLowerCase().includes(q) || p.name.toLowerCase().includes(q)));
    const startAt = Math.max(0, intParam(ctx.query.get('startAt'), 0));
    const maxResults = Math.max(1, Math.min(100, intParam(ctx.query.get('maxResults'), 50)));
    const values = all.slice(startAt, startAt + maxResults).map((p) => ({
      expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
      ...projectRef(ctx.site, p), style: p.simplified ? 'next-gen' : 'classic', isPrivate: false, properties: {},
    }));
    const isLast = startAt + values.length >= all.length;
    return jsonResponse(200, {
      self: ctx.site.api(`/project/search?maxResults=${maxResults}&startAt=${startAt}`),
      ...(isLast ? {} : { nextPage: ctx.site.api(`/project/search?maxResults=${maxResults}&startAt=${startAt + maxResults}`) }),
      maxResults, startAt, total: all.length, isLast, values,
    });
  }),
  route('GET', '/rest/api/3/project/{projectIdOrKey}', (ctx) => jsonResponse(200, projectJson(ctx.site, project(ctx, 'projectIdOrKey'), ISSUE_TYPES))),
  route('GET', '/rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes', (ctx) => {
    project(ctx, 'projectIdOrKey');
    const types = ISSUE_TYPES.map((t) => issueTypeJson(ctx.site, t));
    return jsonResponse(200, { maxResults: 50, startAt: 0, total: types.length, issueTypes: types });
  }),
  route('GET', '/rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes/{issueTypeId}', (ctx) => {
    const p = project(ctx, 'projectIdOrKey');
    if (!findIssueType(ctx.params.issueTypeId ?? '')) throw badRequest(`Issue type with id '${ctx.params.issueTypeId ?? ''}' does not exist or is not valid for project '${p.key}'.`);
    const screen = ctx.site.screens.screenFields(SCREEN.DEFAULT);
    const ids = ['project', 'issuetype', ...screen.map((f) => f.fieldId).filter((id) => id !== 'issuetype')];
    const fields = ids.flatMap((id) => {
      const def = findField(ctx.site, id);
      const required = ALWAYS_REQUIRED.includes(id) || screen.some((f) => f.fieldId === id && f.required);
      return def ? [fieldMetadataJson(ctx.site, def, p, required, true)] : [];
    });
    const startAt = Math.max(0, intParam(ctx.query.get('startAt'), 0));
    const maxResults = Math.max(1, Math.min(200, intParam(ctx.query.get('maxResults'), 50)));
    return jsonResponse(200, { maxResults, startAt, total: fields.length, fields: fields.slice(startAt, startAt + maxResults) });
  }),
];
