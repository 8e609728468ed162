// Screens, tabs and tab fields (list/create/add/remove), plus POST /screens/addToDefault/{fieldId}.
// Changes need ADMINISTER, like Jira's screen administration.
import { emptyResponse, jsonResponse } from '../../http-types';
import { SCREEN } from '../catalog';
import { findField } from '../domain/fields/field-defs';
import { hasGlobalPermission } from '../domain/permissions';
import { intParam } from '../format';
import { badRequest, fieldErrors, forbidden, notFound } from '../http/errors';
import { asObject } from '../http/json-body';
import { route, type Route, type RouteContext } from '../http/route';
import type { ScreenRecord, TabRecord } from '../store/screens-store';
import { nextId } from '../store/schema';

const admin = (ctx: RouteContext): void => {
  if (!hasGlobalPermission(ctx.site, ctx.caller, 'ADMINISTER')) throw forbidden('You are not allowed to manage screens.');
};

function screen(ctx: RouteContext): ScreenRecord {
  const s = ctx.site.screens.screen(Number(ctx.params.screenId));
  if (!s) throw notFound(`The screen with id ${ctx.params.screenId ?? ''} does not exist.`);
  return s;
}

function tab(ctx: RouteContext, s: ScreenRecord): TabRecord {
  const t = ctx.site.screens.tabs(s.id).find((x) => String(x.id) === ctx.params.tabId);
  if (!t) throw notFound(`Screen tab with id ${ctx.params.tabId ?? ''} does not exist.`);
  return t;
}

function addField(ctx: RouteContext, screenId: number, tabId: number, fieldId: string): Record<string, unknown> {
  const def = findField(ctx.site, fieldId);
  if (!def || !def.settable) throw badRequest(`The field with id ${fieldId} doesn't exist or can't be added to a screen.`);
  if (ctx.site.screens.screenFields(screenId).some((f) => f.fieldId === fieldId)) throw badRequest(`Field with id '${fieldId}' already exists on the screen.`);
  ctx.site.screens.addField(tabId, fieldId);
  return { id: def.id, name: def.name };
}

export const screenRoutes: readonly Route[] = [
  route('GET', '/rest/api/3/screens', (ctx) => {
    const ids = ctx.query.getAll('id').map(Number);
    const q = (ctx.query.get('queryString') ?? '').toLowerCase();
    const all = ctx.site.screens.screens().filter((s) => (ids.length === 0 || ids.includes(s.id)) && s.name.toLowerCase().includes(q));
    const startAt = Math.max(0, intParam(ctx.query.get('startAt'), 0));
    const maxResults = Math.max(1, intParam(ctx.query.get('maxResults'), 100));
    const values = all.slice(startAt, startAt + maxResults).map((s) => ({ id: s.id, name: s.name, description: s.description }));
    return jsonResponse(200, { self: ctx.site.api('/screens'), maxResults, startAt, total: all.length, isLast: startAt + values.length >= all.length, values });
  }),
  route('POST', '/rest/api/3/screens', (ctx) => {
    admin(ctx);
    const body = asObject(ctx.json());
    if (typeof body.name !== 'string' || body.name.trim() === '') throw fieldErrors({ name: 'The screen name must not be empty.' });
    if (ctx.site.screens.screenByName(body.name)) throw fieldErrors({ name: 'The name is used by another screen.' });
    const s: ScreenRecord = { id: nextId(ctx.site.db, 'screen'), name: body.name, description: typeof body.description === 'string' ? body.description : '' };
    ctx.site.db.transaction(() => {
      ctx.site.screens.insertScreen(s);
      ctx.site.screens.insertTab({ id: nextId(ctx.site.db, 'screentab'), screenId: s.id, name: 'Field Tab' });
    });
    return jsonResponse(201, { id: s.id, name: s.name, description: s.description });
  }),
  route('GET', '/rest/api/3/screens/{screenId}/tabs', (ctx) => jsonResponse(200, ctx.site.screens.tabs(screen(ctx).id).map((t) => ({ id: t.id, name: t.name })))),
  route('POST', '/rest/api/3/screens/{screenId}/tabs', (ctx) => {
    admin(ctx);
    const s = screen(ctx);
    const body = asObject(ctx.json());
    if (typeof body.name !== 'string' || body.name.trim() === '') throw fieldErrors({ name: 'Tab name must be set.' });
    if (ctx.site.screens.tabs(s.id).some((t) => t.name === body.name)) throw fieldErrors({ name: `Screen already contains tab with name '${body.name}'.` });
    const t: TabRecord = { id: nextId(ctx.site.db, 'screentab'), screenId: s.id, name: body.name };
    ctx.site.screens.insertTab(t);
    return jsonResponse(200, { id: t.id, name: t.name });
  }),
  route('GET', '/rest/api/3/screens/{screenId}/tabs/{tabId}/fields', (ctx) => {
    const t = tab(ctx, screen(ctx));
    return jsonResponse(200, ctx.site.screens.tabFields(t.id).map((f) => ({ id: f.fieldId, name: findField(ctx.site, f.fieldId)?.name ?? f.fieldId })));
  }),
  route('POST', '/rest/api/3/screens/{screenId}/tabs/{tabId}/fields', (ctx) => {
    admin(ctx);
    const s = screen(ctx);
    const t = tab(ctx, s);
    const body = asObject(ctx.json());
    if (typeof body.fieldId !== 'string') throw badRequest('The field id must be specified.');
    return jsonResponse(200, addField(ctx, s.id, t.id, body.fieldId));
  }),
  route('DELETE', '/rest/api/3/screens/{screenId}/tabs/{tabId}/fields/{id}', (ctx) => {
    admin(ctx);
    const t = tab(ctx, screen(ctx));
    const removed = ctx.site.db.run('DELETE FROM jira_screen_tab_fields WHERE tab_id = ? AND field_id = ?', [t.id, ctx.params.id ?? '']);
    if (removed === 0) throw notFound(`The field with id ${ctx.params.id ?? ''} is not on the tab.`);
    return emptyResponse(204);
  }),
  route('POST', '/rest/api/3/screens/addToDefault/{fieldId}', (ctx) => {
    admin(ctx);
    const first = ctx.site.screens.tabs(SCREEN.DEFAULT)[0];
    if (!first) throw notFound('The default screen has no tab.');
    addField(ctx, SCREEN.DEFAULT, first.id, ctx.params.fieldId ?? '');
    return jsonResponse(200, {});
  }),
];
