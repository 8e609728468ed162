// A client's message about an issue that waits for the customer moves it back to work, so the SLA clock
// resumes: to the status it had before (if a transition leads there), else to the configured status (e.g.
// "In Progress"), else to any other work status the workflow offers. A transition that a required field or
// a validator refuses is skipped for the next candidate; when none works the issue stays and a line is logged.
import { BadRequestError, ValidationError } from '../../../errors';
import type { Logger } from '../../../ports';
import type { ConversationIssue, ConversationJira, IssueTransition } from './ports';

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

export function isWaiting(issue: ConversationIssue, waiting: readonly string[]): boolean {
  return waiting.some((w) => same(w, issue.status.name) || w === issue.status.id);
}

/** Candidate transitions, best first: back to the previous status, to `resumeTo`, to any other work status. */
export function resumeCandidates(transitions: readonly IssueTransition[], previous: string | null, resumeTo: string, waiting: readonly string[]): IssueTransition[] {
  const usable = transitions.filter((t) => t.toCategory !== 'done' && !waiting.some((w) => same(w, t.toName) || w === t.toId));
  const picked: IssueTransition[] = [];
  const add = (t: IssueTransition | undefined): void => { if (t && !picked.includes(t)) picked.push(t); };
  if (previous) add(usable.find((t) => same(t.toName, previous)));
  add(usable.find((t) => same(t.toName, resumeTo)));
  for (const t of usable.filter((t) => t.toCategory === 'indeterminate')) add(t);
  return picked;
}

export type ResumeOutcome = { readonly moved: false } | { readonly moved: true; readonly to: string };

export async function resumeFromWaiting(
  deps: { readonly jira: ConversationJira; readonly logger: Logger }, issue: ConversationIssue, waiting: readonly string[], resumeTo: string,
): Promise<ResumeOutcome> {
  if (!isWaiting(issue, waiting)) return { moved: false };
  const [transitions, previous] = await Promise.all([deps.jira.transitions(issue.key), deps.jira.previousStatus(issue.key)]);
  for (const t of resumeCandidates(transitions, previous, resumeTo, waiting)) {
    try {
      await deps.jira.transition(issue.key, t.id);
      return { moved: true, to: t.toName };
    } catch (error) {
      if (!(error instanceof ValidationError || error instanceof BadRequestError)) throw error;
      deps.logger.info('telegram reply: transition refused, trying the next one', { issueKey: issue.key, transitionId: t.id });
    }
  }
  deps.logger.warn('telegram reply: the issue waits for the customer but no transition back to work was possible', { issueKey: issue.key });
  return { moved: false };
}
