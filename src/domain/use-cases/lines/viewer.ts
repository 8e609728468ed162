// Who is looking: a Jira admin (ADMINISTER, asked as the caller), else the support role from the caller's
// groups. Leads and admins see CSAT comments and anonymous raters; only admins run the jobs.
import type { JiraPort } from '../../ports';
import type { ViewerRoleDto } from '../../../shared/contract-lines';
import type { PeopleDirectory } from './people-directory';

export type Viewer = { readonly accountId: string; readonly role: ViewerRoleDto; readonly isLine1: boolean; readonly isAdmin: boolean; readonly seesComments: boolean };

export async function identifyViewer(jiraAsUser: Pick<JiraPort, 'hasGlobalPermission'>, people: PeopleDirectory, accountId: string): Promise<Viewer> {
  const [isAdmin] = await Promise.all([jiraAsUser.hasGlobalPermission('ADMINISTER'), people.resolve([accountId])]);
  const groupRole = people.roleOf(accountId);
  const role: ViewerRoleDto = isAdmin ? 'admin' : groupRole;
  return { accountId, role, isLine1: groupRole === 'line1', isAdmin, seesComments: isAdmin || groupRole === 'lead' };
}
