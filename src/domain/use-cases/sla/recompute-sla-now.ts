// "Recompute now" on the admin page: Jira admins only (checked as the calling user), restarts the job
// for the current settings even when one already ran.
import { PermissionError } from '../../errors';
import type { JiraPort } from '../../ports';
import type { RecomputeStatus } from '../../model/sla/recompute-job';
import type { SlaServices } from './refresh-issue-sla';
import { startSlaRecompute } from './start-sla-recompute';

export async function recomputeSlaNow(deps: SlaServices & { readonly jiraAsUser: JiraPort }): Promise<RecomputeStatus> {
  if (!(await deps.jiraAsUser.hasGlobalPermission('ADMINISTER'))) {
    throw new PermissionError('Only Jira administrators can recompute SLAs', 'error.adminOnly');
  }
  return startSlaRecompute(deps, 'manual', true);
}
