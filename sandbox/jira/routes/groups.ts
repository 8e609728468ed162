// Group members and users in bulk: GET /group/member (paged, 50 at most, active users unless asked) and
// GET /user/bulk (by account ids, paged). A group exists here while it has members (the stand-in keeps no
// separate group table), so an empty group answers 404 like a missing one; see the README.
import { jsonResponse } from '../../http-types';
import { hasGlobalPermission } from '../domain/permissions';
import { intParam } from '../format';
import { badRequest, forbidden, notFound } from '../http/errors';
import { route, type Route, type RouteContext } from '../http/route';
import { userDetails } from '../views/user-view';

function page<T>(ctx: RouteContext, all: readonly T[], defaultMax: number, cap: number): { startAt: number; maxResults: number; values: T[]; isLast: boolean } {
  const startAt = Math.max(0, intParam(ctx.query.get('startAt'), 0));
  const maxResults = Math.max(1, Math.min(cap, intParam(ctx.query.get('maxResults'), defaultMax)));
  const values = all.slice(startAt, startAt + maxResults);
  return { startAt, maxResults, values, isLast: startAt + values.length >= all.length };
}

function groupMembers(ctx: RouteContext): Record<string, unknown> {
  const groupname = ctx.query.get('groupname');
  const groupId = ctx.query.get('groupId');
  if (groupname !== null && groupId !== null) throw badRequest('Only one of groupName or groupId can be provided.');
  const name = groupname ?? groupId;
  if (name === null || name === '') throw badRequest('You must specify a group name or group id.');
  if (!hasGlobalPermission(ctx.site, ctx.caller, 'USER_PICKER') && !hasGlobalPermission(ctx.site, ctx.caller, 'ADMINISTER')) {
    throw forbidden('You do not have the Browse users and groups permission.');
  }
  const members = ctx.site.users.membersOf(name);
  if (members.length === 0) throw notFound(`Group '${name}' does not exist.`);
  const includeInactive = ctx.query.get('includeInactiveUsers') === 'true';
  const listed = members.filter((u) => includeInactive || u.active);
  const p = page(ctx, listed, 50, 50);
  const param = groupname !== null ? `groupname=${encodeURIComponent(name)}` : `groupId=${encodeURIComponent(name)}`;
  const at = (startAt: number) => ctx.site.api(`/group/member?${param}&includeInactiveUsers=${includeInactive}&startAt=${startAt}&maxResults=${p.maxResults}`);
  return {
    self: at(p.startAt),
    ...(p.isLast ? {} : { nextPage: at(p.startAt + p.maxResults) }),
    maxResults: p.maxResults,
    startAt: p.startAt,
    total: listed.length,
    isLast: p.isLast,
    values: p.values.map((u) => userDetails(ctx.site, u)),
  };
}

function usersInBulk(ctx: RouteContext): Record<string, unknown> {
  const ids = ctx.query.getAll('accountId').filter((id) => id !== '');
  if (ids.length === 0) throw badRequest('The accountId query parameter needs to be provided.');
  if (ids.some((id) => id.length > 128)) throw badRequest('An accountId is longer than 128 characters.');
  const found = [...new Set(ids)].flatMap((id) => {
    const user = ctx.site.users.get(id);
    return user ? [user] : [];
  });
  const p = page(ctx, found, 10, 200);
  return { maxResults: p.maxResults, startAt: p.startAt, total: found.length, isLast: p.isLast, values: p.values.map((u) => userDetails(ctx.site, u)) };
}

export const groupRoutes: readonly Route[] = [
  route('GET', '/rest/api/3/group/member', (ctx) => jsonResponse(200, groupMembers(ctx))),
  route('GET', '/rest/api/3/user/bulk', (ctx) => jsonResponse(200, usersInBulk(ctx))),
];
