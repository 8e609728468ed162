// Product events (issue created, updated, commented) → the issue's SLA recomputed from its full history,
// then the auto-close of silent requests decided on the same history (a client reply cancels it here).
// Thin: reads only the issue key from the event (never trusts its changelog: events arrive out of order
// and more than once). Retryable failures are rethrown so Forge redelivers; others are logged.
import { autoCloseServices } from '../composition';
import { isAppError } from '../domain/errors';
import { tendAutoClose } from '../domain/use-cases/sla/auto-close';
import { refreshIssueSla } from '../domain/use-cases/sla/refresh-issue-sla';

const ISSUE_KEY = /^[A-Z][A-Z0-9_]{0,254}-[1-9][0-9]{0,9}$/;

function issueKeyOf(event: unknown): string | null {
  const issue = (event as { issue?: { key?: unknown } } | null)?.issue;
  return typeof issue?.key === 'string' && ISSUE_KEY.test(issue.key) ? issue.key : null;
}

export async function slaIssueEventsTrigger(event: unknown): Promise<void> {
  const deps = autoCloseServices();
  const issueKey = issueKeyOf(event);
  if (!issueKey) {
    deps.logger.warn('sla trigger: event without an issue key');
    return;
  }
  try {
    const outcome = await refreshIssueSla(deps, issueKey);
    if (outcome.kind === 'refreshed') await tendAutoClose(deps, outcome.config, outcome.snapshot);
  } catch (error) {
    if (isAppError(error) && error.retryable) throw error;
    deps.logger.warn('sla trigger: issue not refreshed', { issueKey, error: isAppError(error) ? error.code : String(error) });
  }
}
