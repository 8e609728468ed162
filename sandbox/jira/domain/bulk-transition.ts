// Bulk transitions (POST /bulk/issues/transition): every selected issue goes through the same transition
// path as POST /issue/{key}/transitions, with no field values (Jira's bulk API sends none), so screen
// requirements and workflow validators refuse the incomplete issues one by one while the others move.
// The stand-in runs the task at once and keeps its result in memory (Jira keeps it 14 days).
import { JiraHttpError } from '../http/errors';
import { hasProjectPermission, type Caller } from './permissions';
import { transitionIssue } from './issue-transition';
import type { Site } from './site';

export type BulkInput = { readonly issueIdsOrKeys: readonly string[]; readonly transitionId: string };

export type BulkTask = {
  readonly taskId: string;
  readonly submittedBy: string;
  readonly created: number;
  readonly totalIssueCount: number;
  readonly processedAccessibleIssues: readonly number[];
  readonly failedAccessibleIssues: Readonly<Record<string, readonly string[]>>;
  readonly invalidOrInaccessibleIssueCount: number;
};

const tasks = new WeakMap<Site, Map<string, BulkTask>>();
let nextTask = 10000;

function reasons(error: JiraHttpError): string[] {
  const all = [...error.errorMessages, ...Object.values(error.errors)];
  return all.length > 0 ? all : [error.message];
}

export function runBulkTransition(site: Site, caller: Caller, inputs: readonly BulkInput[]): BulkTask {
  const processed: number[] = [];
  const failed: Record<string, string[]> = {};
  let invalid = 0;
  let total = 0;
  for (const input of inputs) {
    for (const idOrKey of input.issueIdsOrKeys) {
      total += 1;
      const issue = site.issues.find(idOrKey);
      if (!issue || !hasProjectPermission(site, caller, issue.projectId, 'BROWSE_PROJECTS')) { invalid += 1; continue; }
      try {
        transitionIssue(site, caller, issue, { transition: { id: input.transitionId } });
        processed.push(issue.id);
      } catch (error) {
        if (!(error instanceof JiraHttpError)) throw error;
        failed[String(issue.id)] = reasons(error);
      }
    }
  }
  nextTask += 1;
  const task: BulkTask = {
    taskId: String(nextTask), submittedBy: caller.accountId, created: site.now(), totalIssueCount: total,
    processedAccessibleIssues: processed, failedAccessibleIssues: failed, invalidOrInaccessibleIssueCount: invalid,
  };
  const forSite = tasks.get(site) ?? new Map<string, BulkTask>();
  forSite.set(task.taskId, task);
  tasks.set(site, forSite);
  return task;
}

export function findBulkTask(site: Site, taskId: string): BulkTask | undefined {
  return tasks.get(site)?.get(taskId);
}
