// Product event "issue created" → an issue filed in Jira's own create dialog for a project and issue type a
// template serves gets the `linebridge.incident` property and the project's assignment (adoptCreatedIssue).
// Thin and idempotent (redelivery changes nothing twice); retryable failures are rethrown so Forge retries.
import { incidentAssignServices } from '../composition';
import { isAppError } from '../domain/errors';
import { adoptCreatedIssue } from '../domain/use-cases/adopt-created-issue';

const ISSUE_KEY = /^[A-Z][A-Z0-9_]{0,254}-[1-9][0-9]{0,9}$/;

type CreatedEvent = { issue?: { key?: unknown; fields?: { project?: { key?: unknown } } } };

export async function incidentCreatedTrigger(event: unknown): Promise<void> {
  const deps = incidentAssignServices();
  const issue = (event as CreatedEvent | null)?.issue;
  const issueKey = typeof issue?.key === 'string' && ISSUE_KEY.test(issue.key) ? issue.key : null;
  if (!issueKey) {
    deps.logger.warn('incident trigger: event without an issue key');
    return;
  }
  // The key's prefix is the project's key: events of projects no template serves cost no Jira call.
  const eventProject = issue?.fields?.project?.key;
  const projectKey = typeof eventProject === 'string' ? eventProject : issueKey.slice(0, issueKey.lastIndexOf('-'));
  try {
    const outcome = await adoptCreatedIssue(deps, issueKey, { projectKey });
    if (outcome.kind === 'adopted') deps.logger.info('incident trigger: adopted', { issueKey, templateId: outcome.templateId });
  } catch (error) {
    if (isAppError(error) && error.retryable) throw error;
    deps.logger.warn('incident trigger: issue not adopted', { issueKey, error: isAppError(error) ? error.code : String(error) });
  }
}
