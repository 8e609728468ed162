// PUT /rest/api/3/issue/{issueIdOrKey}/assignee (assignIssue): `{accountId}` assigns, `null` unassigns,
// "-1" means the project's default assignee (the stand-in has none: unassigned). Needs Browse Projects and
// Assign Issues (403 otherwise); the new assignee must hold Assignable User, else Jira's 400
// `errors.assignee` "User '<name>' cannot be assigned issues.". 204; history and events through commitUpdate.
import { emptyResponse } from '../../http-types';
import { commitUpdate } from '../domain/issue-commit';
import { hasProjectPermission, visibleIssue } from '../domain/permissions';
import { badRequest, fieldErrors, forbidden } from '../http/errors';
import { asObject } from '../http/json-body';
import { route, type Route } from '../http/route';

export const assigneeRoutes: readonly Route[] = [
  route('PUT', '/rest/api/3/issue/{issueIdOrKey}/assignee', (ctx) => {
    const issue = visibleIssue(ctx.site, ctx.caller, ctx.params.issueIdOrKey ?? '');
    const body = asObject(ctx.json());
    if (!('accountId' in body)) throw badRequest('accountId must be provided.');
    if (!hasProjectPermission(ctx.site, ctx.caller, issue.projectId, 'ASSIGN_ISSUES')) throw forbidden('You do not have permission to assign issues.');
    const raw = body.accountId;
    if (raw !== null && typeof raw !== 'string') throw badRequest('accountId must be a string or null.');
    let assignee: string | null = null;
    if (typeof raw === 'string' && raw !== '-1') {
      const user = ctx.site.users.get(raw);
      if (!user) throw fieldErrors({ assignee: `User '${raw}' does not exist.` });
      if (!hasProjectPermission(ctx.site, { kind: 'user', accountId: raw }, issue.projectId, 'ASSIGNABLE_USER')) {
        throw fieldErrors({ assignee: `User '${user.displayName}' cannot be assigned issues.` });
      }
      assignee = raw;
    }
    commitUpdate(ctx.site, ctx.caller, issue, { ...issue, assignee });
    return emptyResponse(204);
  }),
];
