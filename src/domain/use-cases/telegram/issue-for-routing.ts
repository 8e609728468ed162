// The issue as a notification shows it, plus its client ID when a chat linked to its project has one (only
// then does link routing need it: the same Jira request either way, one more field and the incident property).
import type { IssueSnapshot } from '../../model/telegram/events';
import { loadResolvedFields } from '../../model/template/template-store';
import type { NotifyDeps } from './deps';
import { projectHasClientLinks } from './intake/link-routing';

/** `projectKey`: from the event payload or the issue key; null when unknown (the client ID is read then). */
export async function issueForRouting(deps: NotifyDeps, issueIdOrKey: string, projectKey: string | null): Promise<IssueSnapshot> {
  const withClient = projectKey === null || (await projectHasClientLinks(deps, projectKey));
  if (!withClient) return deps.issues.issue(issueIdOrKey);
  return deps.issues.issue(issueIdOrKey, { clientIdFieldId: (await loadResolvedFields(deps.store)).clientId ?? null });
}
