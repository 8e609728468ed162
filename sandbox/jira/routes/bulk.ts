// Bulk issue transitions: POST /bulk/issues/transition (≤ 1,000 issues, Global "Make bulk changes"
// permission) answers 201 {taskId}; GET /bulk/queue/{taskId} reports which issues moved and why the others
// did not (`failedAccessibleIssues`: issue id → reasons). Errors use the bulk envelope `{errors: [{message}]}`.
import { jsonResponse, type StandInResponse } from '../../http-types';
import { findBulkTask, runBulkTransition, type BulkInput } from '../domain/bulk-transition';
import { hasGlobalPermission } from '../domain/permissions';
import { expressionUser } from '../domain/expression-context';
import { isRecord } from '../http/json-body';
import { route, type Route, type RouteContext } from '../http/route';

const MAX_ISSUES = 1000;

const bulkError = (status: number, message: string): StandInResponse => jsonResponse(status, { errors: [{ message }] });

function parseInputs(raw: unknown): BulkInput[] | string {
  if (!isRecord(raw) || !Array.isArray(raw.bulkTransitionInputs)) return 'bulkTransitionInputs is required.';
  const inputs: BulkInput[] = [];
  for (const item of raw.bulkTransitionInputs) {
    if (!isRecord(item) || typeof item.transitionId !== 'string' || !/^\d+$/.test(item.transitionId)) return 'Each bulk transition input needs a transitionId.';
    const ids = item.selectedIssueIdsOrKeys;
    if (!Array.isArray(ids) || ids.length === 0 || !ids.every((x) => typeof x === 'string' && x.trim() !== '')) return 'Some of the issues in the issueIdsOrKeys are not valid';
    inputs.push({ transitionId: item.transitionId, issueIdsOrKeys: ids as string[] });
  }
  if (inputs.length === 0) return 'bulkTransitionInputs is required.';
  return inputs;
}

function submit(ctx: RouteContext): StandInResponse {
  if (!hasGlobalPermission(ctx.site, ctx.caller, 'BULK_CHANGE')) return bulkError(403, 'You do not have the Make bulk changes global permission.');
  const inputs = parseInputs(ctx.json());
  if (typeof inputs === 'string') return bulkError(400, inputs);
  const count = inputs.reduce((n, i) => n + i.issueIdsOrKeys.length, 0);
  if (count > MAX_ISSUES) return bulkError(400, `You can transition up to ${MAX_ISSUES} issues in a single operation.`);
  const task = runBulkTransition(ctx.site, ctx.caller, inputs);
  return jsonResponse(201, { taskId: task.taskId });
}

function progress(ctx: RouteContext): StandInResponse {
  const task = findBulkTask(ctx.site, ctx.params.taskId ?? '');
  if (!task || (ctx.caller.kind === 'user' && task.submittedBy !== ctx.caller.accountId)) {
    return bulkError(400, 'The task associated with this taskId is not a bulk operation task');
  }
  const user = expressionUser(ctx.site, task.submittedBy);
  return jsonResponse(200, {
    taskId: task.taskId, status: 'COMPLETE', progressPercent: 100,
    submittedBy: { accountId: task.submittedBy, ...(user ? { displayName: user.displayName } : {}) },
    created: task.created, started: task.created, updated: task.created,
    totalIssueCount: task.totalIssueCount, processedAccessibleIssues: [...task.processedAccessibleIssues],
    failedAccessibleIssues: task.failedAccessibleIssues, invalidOrInaccessibleIssueCount: task.invalidOrInaccessibleIssueCount,
  });
}

export const bulkRoutes: readonly Route[] = [
  route('POST', '/rest/api/3/bulk/issues/transition', submit),
  route('GET', '/rest/api/3/bulk/queue/{taskId}', progress),
];
