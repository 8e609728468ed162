// "Assign to me" under a team-chat notification (`as:<issueId>`): a linked person gets the issue assigned
// to their Jira account, by the app, only when Jira says they are an assignable user of it. Repeated taps
// are harmless ("already yours"). The message is not edited: the assignment's own notification follows.
import { isAppError } from '../../../errors';
import { parseAssignPayload } from '../../../rules/telegram/callback-data';
import { nowMs } from '../deps';
import type { CallbackHandler, UpdateDeps } from '../dispatch-types';
import { enqueueNotifications } from '../enqueue-notifications';
import { answerTap, tapperAccount } from './answer';

/**
 * What Jira's product event would have caused, had the app's own change not been filtered out: the
 * "assigned" notification and the SLA / support-lines recomputation. Failures are logged: the change is made.
 */
async function afterAssign(deps: UpdateDeps, callbackId: string, issueId: string, key: string, accountId: string): Promise<void> {
  try {
    await deps.callbacks.issueChanged({ id: issueId, key });
    const [issue, name] = await Promise.all([deps.callbacks.issues.issue(issueId), deps.callbacks.issues.userName(accountId)]);
    await enqueueNotifications(deps, [{
      id: `assign-tap:${issueId}:${callbackId}`, type: 'assigned', at: nowMs(deps), issue, actor: name, internal: true, assignee: name,
    }]);
  } catch (error) {
    if (!isAppError(error)) throw error;
    deps.logger.warn('after a Telegram assignment: follow-up failed', { issueId, code: error.code });
  }
}

export const assignToMe: CallbackHandler = async (deps, callback, payload) => {
  const issueId = parseAssignPayload(payload);
  if (issueId === null) return answerTap(deps, callback, null);
  const accountId = await tapperAccount(deps, callback);
  if (accountId === undefined) return;
  try {
    const check = await deps.callbacks.assigner.inspect(issueId, accountId);
    if (!check) return await answerTap(deps, callback, 'tg.tap.issueHidden', {}, true);
    if (check.assignee === accountId) return await answerTap(deps, callback, 'tg.assign.already', { key: check.key });
    if (!check.assignable) return await answerTap(deps, callback, 'tg.assign.notAssignable', { key: check.key }, true);
    await deps.callbacks.assigner.assign(issueId, accountId);
    deps.logger.info('issue assigned from a Telegram button', { issueId });
    await answerTap(deps, callback, 'tg.assign.done', { key: check.key });
    await afterAssign(deps, callback.id, issueId, check.key, accountId);
    return undefined;
  } catch (error) {
    if (!isAppError(error)) throw error;
    deps.logger.warn('assign from Telegram refused', { issueId, code: error.code });
    return answerTap(deps, callback, 'tg.tap.failed', {}, true);
  }
};
