// Who am I and what may I do: /myself, /user?accountId=, /user/search?query=, /mypermissions and
// POST /permissions/check (bulk grants as Jira reports them).
import { jsonResponse } from '../../http-types';
import { findPermission, hasGlobalPermission, hasProjectPermission, PERMISSIONS, type Caller } from '../domain/permissions';
import { csvParam, intParam } from '../format';
import { badRequest, forbidden, notFound } from '../http/errors';
import { asObject, isRecord } from '../http/json-body';
import { route, type Route, type RouteContext } from '../http/route';
import { fullUser } from '../views/user-view';

const USER_MISSING = 'Specified user does not exist or you do not have required permissions';

function self(ctx: RouteContext): Record<string, unknown> {
  const user = ctx.site.users.get(ctx.caller.accountId);
  if (!user) throw notFound(USER_MISSING);
  return fullUser(ctx.site, user);
}

/** Project ids the permission is checked against: the context project, or every project. */
function contextProjects(ctx: RouteContext): number[] {
  const key = ctx.query.get('projectKey') ?? ctx.query.get('projectId');
  const issueRef = ctx.query.get('issueKey') ?? ctx.query.get('issueId');
  if (issueRef !== null) {
    const issue = ctx.site.issues.find(issueRef);
    if (!issue || !hasProjectPermission(ctx.site, ctx.caller, issue.projectId, 'BROWSE_PROJECTS')) throw notFound('Issue does not exist or you do not have permission to see it.');
    return [issue.projectId];
  }
  if (key !== null) {
    const project = ctx.site.projects.find(key);
    if (!project) throw notFound(`No project could be found with key '${key}'.`);
    return [project.id];
  }
  return ctx.site.projects.all().map((p) => p.id);
}

function myPermissions(ctx: RouteContext): Record<string, unknown> {
  const keys = csvParam(ctx.query.getAll('permissions'));
  if (keys.length === 0) throw badRequest('The permissions parameter is required.');
  const unknown = keys.filter((k) => !findPermission(k));
  if (unknown.length > 0) throw badRequest(`Invalid permission keys: ${unknown.join(', ')}.`);
  const projects = contextProjects(ctx);
  const permissions: Record<string, unknown> = {};
  for (const key of keys) {
    const def = findPermission(key);
    if (!def) continue;
    const have = def.type === 'GLOBAL'
      ? hasGlobalPermission(ctx.site, ctx.caller, key)
      : projects.some((id) => hasProjectPermission(ctx.site, ctx.caller, id, key));
    permissions[key] = { id: def.id, key: def.key, name: def.name, type: def.type, description: def.description, havePermission: have };
  }
  return { permissions };
}

function checkPermissions(ctx: RouteContext): Record<string, unknown> {
  const body = asObject(ctx.json());
  let subject: Caller = ctx.caller;
  if (typeof body.accountId === 'string' && body.accountId !== ctx.caller.accountId) {
    if (!hasGlobalPermission(ctx.site, ctx.caller, 'ADMINISTER')) throw forbidden('You must have the Administer Jira global permission to check the permissions of other users.');
    if (!ctx.site.users.get(body.accountId)) throw badRequest(USER_MISSING);
    subject = { kind: 'user', accountId: body.accountId };
  }
  const globals = Array.isArray(body.globalPermissions) ? body.globalPermissions.map(String) : [];
  const entries = Array.isArray(body.projectPermissions) ? body.projectPermissions.filter(isRecord) : [];
  const all = [...globals, ...entries.flatMap((e) => (Array.isArray(e.permissions) ? e.permissions.map(String) : []))];
  const bad = all.filter((k) => !findPermission(k));
  if (bad.length > 0) throw badRequest(`Unrecognized permission keys: ${bad.join(', ')}`);
  const projectPermissions = entries.flatMap((e) => (Array.isArray(e.permissions) ? e.permissions.map(String) : []).map((permission) => {
    const projects = (Array.isArray(e.projects) ? e.projects.map(Number) : []).filter((id) => ctx.site.projects.byId(id) && hasProjectPermission(ctx.site, subject, id, permission));
    const issues = (Array.isArray(e.issues) ? e.issues.map(Number) : []).filter((id) => {
      const issue = ctx.site.issues.find(String(id));
      return issue !== undefined && hasProjectPermission(ctx.site, subject, issue.projectId, permission);
    });
    return { permission, projects, issues };
  }));
  return { globalPermissions: globals.filter((k) => hasGlobalPermission(ctx.site, subject, k)), projectPermissions };
}

export const userRoutes: readonly Route[] = [
  route('GET', '/rest/api/3/myself', (ctx) => jsonResponse(200, self(ctx))),
  route('GET', '/rest/api/3/user', (ctx) => {
    const accountId = ctx.query.get('accountId');
    if (accountId === null || accountId === '') throw badRequest('The accountId query parameter needs to be provided.');
    const user = ctx.site.users.get(accountId);
    if (!user) throw notFound(USER_MISSING);
    return jsonResponse(200, fullUser(ctx.site, user));
  }),
  route('GET', '/rest/api/3/user/search', (ctx) => {
    const q = (ctx.query.get('query') ?? '').toLowerCase();
    const accountId = ctx.query.get('accountId');
    if (q === '' && accountId === null) throw badRequest('One of \'query\' or \'accountId\' query parameters must be provided.');
    const startAt = Math.max(0, intParam(ctx.query.get('startAt'), 0));
    const maxResults = Math.max(1, Math.min(1000, intParam(ctx.query.get('maxResults'), 50)));
    const hits = ctx.site.users.all().filter((u) => u.accountType === 'atlassian'
      && (accountId === null || u.accountId === accountId)
      && (q === '' || u.displayName.toLowerCase().split(/\s+/).some((w) => w.startsWith(q)) || u.displayName.toLowerCase().startsWith(q) || (u.email ?? '').toLowerCase().startsWith(q)));
    return jsonResponse(200, hits.slice(startAt, startAt + maxResults).map((u) => fullUser(ctx.site, u)));
  }),
  route('GET', '/rest/api/3/users/search', (ctx) => {
    if (!hasGlobalPermission(ctx.site, ctx.caller, 'USER_PICKER')) throw forbidden('You do not have the Browse users and groups permission.');
    const startAt = Math.max(0, intParam(ctx.query.get('startAt'), 0));
    const maxResults = Math.max(1, Math.min(1000, intParam(ctx.query.get('maxResults'), 50)));
    return jsonResponse(200, ctx.site.users.all().slice(startAt, startAt + maxResults).map((u) => fullUser(ctx.site, u)));
  }),
  route('GET', '/rest/api/3/mypermissions', (ctx) => jsonResponse(200, myPermissions(ctx))),
  route('POST', '/rest/api/3/permissions/check', (ctx) => jsonResponse(200, checkPermissions(ctx))),
  route('GET', '/rest/api/3/permissions', () => jsonResponse(200, {
    permissions: Object.fromEntries(PERMISSIONS.map((p) => [p.key, { key: p.key, name: p.name, type: p.type, description: p.description }])),
  })),
];
