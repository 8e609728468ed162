// Screen schemes, read-only: which screens a project's issues use. The stand-in has one issue type screen
// scheme shared by every project (its default mapping points at one screen scheme whose default screen is
// the Default Screen, the create/edit screen of every issue). Jira requires Administer Jira for these.
import { jsonResponse } from '../../http-types';
import { SCREEN } from '../catalog';
import { hasGlobalPermission } from '../domain/permissions';
import { csvParam, intParam } from '../format';
import { forbidden } from '../http/errors';
import { route, type Route, type RouteContext } from '../http/route';

const ISSUE_TYPE_SCREEN_SCHEME = { id: '1', name: 'Default Issue Type Screen Scheme', description: 'The default issue type screen scheme' };
const SCREEN_SCHEME = { id: 1, name: 'Default Screen Scheme', description: 'Default Screen Scheme', screens: { default: SCREEN.DEFAULT } };

function admin(ctx: RouteContext): void {
  if (!hasGlobalPermission(ctx.site, ctx.caller, 'ADMINISTER')) throw forbidden('You are not allowed to manage screen schemes.');
}

function page<T>(ctx: RouteContext, path: string, all: readonly T[]): Record<string, unknown> {
  const startAt = Math.max(0, intParam(ctx.query.get('startAt'), 0));
  const maxResults = Math.max(1, intParam(ctx.query.get('maxResults'), 50));
  const values = all.slice(startAt, startAt + maxResults);
  return { self: ctx.site.api(path), maxResults, startAt, total: all.length, isLast: startAt + values.length >= all.length, values };
}

export const screenSchemeRoutes: readonly Route[] = [
  route('GET', '/rest/api/3/issuetypescreenscheme/project', (ctx) => {
    admin(ctx);
    const asked = csvParam(ctx.query.getAll('projectId'));
    const known = ctx.site.projects.all().map((p) => String(p.id)).filter((id) => asked.includes(id));
    const values = known.length > 0 ? [{ issueTypeScreenScheme: ISSUE_TYPE_SCREEN_SCHEME, projectIds: known }] : [];
    return jsonResponse(200, page(ctx, '/issuetypescreenscheme/project', values));
  }),
  route('GET', '/rest/api/3/issuetypescreenscheme/mapping', (ctx) => {
    admin(ctx);
    const ids = csvParam(ctx.query.getAll('issueTypeScreenSchemeId'));
    const all = [{ issueTypeScreenSchemeId: ISSUE_TYPE_SCREEN_SCHEME.id, issueTypeId: 'default', screenSchemeId: String(SCREEN_SCHEME.id) }];
    return jsonResponse(200, page(ctx, '/issuetypescreenscheme/mapping', all.filter((m) => ids.length === 0 || ids.includes(m.issueTypeScreenSchemeId))));
  }),
  route('GET', '/rest/api/3/screenscheme', (ctx) => {
    admin(ctx);
    const ids = csvParam(ctx.query.getAll('id')).map(Number);
    const all = [SCREEN_SCHEME].filter((s) => ids.length === 0 || ids.includes(s.id));
    return jsonResponse(200, page(ctx, '/screenscheme', all));
  }),
];
