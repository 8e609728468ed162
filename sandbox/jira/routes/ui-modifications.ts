// UI modifications registered by the app (GET/POST/PUT/DELETE /uiModifications). Only the app actor may
// call them, like in Jira; the stand-in stores them verbatim for the host's issue/create/transition views.
import { emptyResponse, jsonResponse } from '../../http-types';
import { findIssueType } from '../catalog';
import { csvParam, intParam, scalar } from '../format';
import { fieldErrors, forbidden, JiraHttpError, notFound } from '../http/errors';
import { asObject, isRecord } from '../http/json-body';
import { route, type Route, type RouteContext } from '../http/route';
import type { UiModContext, UiModRecord } from '../store/app-config-store';
import { nextId } from '../store/schema';

const VIEW_TYPES = ['GIC', 'IssueView', 'IssueTransition', 'JSMRequestCreate'];

function appOnly(ctx: RouteContext): void {
  if (ctx.caller.kind !== 'app') throw forbidden('UI modifications can only be managed by Forge apps.');
}

function parseContexts(ctx: RouteContext, raw: unknown): UiModContext[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((c) => {
    if (!isRecord(c)) throw fieldErrors({ contexts: 'Context must be an object.' });
    const viewType = typeof c.viewType === 'string' ? c.viewType : null;
    if (viewType !== null && !VIEW_TYPES.includes(viewType)) throw fieldErrors({ viewType: `View type '${viewType}' is not supported.` });
    const projectId = scalar(c.projectId) === '' ? null : scalar(c.projectId);
    const issueTypeId = scalar(c.issueTypeId) === '' ? null : scalar(c.issueTypeId);
    if (projectId !== null && !ctx.site.projects.find(projectId)) {
      throw new JiraHttpError(404, [], { projectId: `Project with ID ${projectId} not found.` });
    }
    if (issueTypeId !== null && !findIssueType(issueTypeId)) {
      throw new JiraHttpError(404, [], { issueTypeId: `Issue type with ID ${issueTypeId} not found.` });
    }
    return { id: String(nextId(ctx.site.db, 'uimodcontext')), projectId, issueTypeId, viewType };
  });
}

function load(ctx: RouteContext): UiModRecord {
  const m = ctx.site.appConfig.uiMods().find((x) => String(x.id) === ctx.params.uiModificationId);
  if (!m) throw notFound(`UI modification with ID ${ctx.params.uiModificationId ?? ''} not found.`);
  return m;
}

const optString = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export const uiModificationRoutes: readonly Route[] = [
  route('GET', '/rest/api/3/uiModifications', (ctx) => {
    appOnly(ctx);
    const expand = csvParam(ctx.query.getAll('expand'));
    const all = ctx.site.appConfig.uiMods();
    const startAt = Math.max(0, intParam(ctx.query.get('startAt'), 0));
    const maxResults = Math.max(1, intParam(ctx.query.get('maxResults'), 50));
    const values = all.slice(startAt, startAt + maxResults).map((m) => ({
      id: String(m.id), name: m.name, ...(m.description !== null ? { description: m.description } : {}),
      self: ctx.site.api(`/uiModifications/${m.id}`),
      ...(expand.includes('data') && m.data !== null ? { data: m.data } : {}),
      ...(expand.includes('contexts') ? { contexts: m.contexts.map((c) => ({ ...c, isAvailable: true })) } : {}),
    }));
    return jsonResponse(200, { maxResults, startAt, total: all.length, isLast: startAt + values.length >= all.length, values });
  }),
  route('POST', '/rest/api/3/uiModifications', (ctx) => {
    appOnly(ctx);
    const body = asObject(ctx.json());
    if (typeof body.name !== 'string' || body.name.trim() === '') throw fieldErrors({ name: 'The name must be provided.' });
    const record: UiModRecord = {
      id: nextId(ctx.site.db, 'uimod'), name: body.name, description: optString(body.description), data: optString(body.data),
      contexts: parseContexts(ctx, body.contexts),
    };
    ctx.site.appConfig.saveUiMod(record);
    return jsonResponse(201, { id: String(record.id), self: ctx.site.api(`/uiModifications/${record.id}`) });
  }),
  route('PUT', '/rest/api/3/uiModifications/{uiModificationId}', (ctx) => {
    appOnly(ctx);
    const current = load(ctx);
    const body = asObject(ctx.json());
    ctx.site.appConfig.saveUiMod({
      ...current,
      ...(typeof body.name === 'string' ? { name: body.name } : {}),
      ...(body.description !== undefined ? { description: optString(body.description) } : {}),
      ...(body.data !== undefined ? { data: optString(body.data) } : {}),
      ...(body.contexts !== undefined ? { contexts: parseContexts(ctx, body.contexts) } : {}),
    });
    return emptyResponse(204);
  }),
  route('DELETE', '/rest/api/3/uiModifications/{uiModificationId}', (ctx) => {
    appOnly(ctx);
    ctx.site.appConfig.deleteUiMod(load(ctx).id);
    return emptyResponse(204);
  }),
];
