// The CSAT row under a resolution (`cs:<issueId>:<resolved at>:<score>`): a linked person rates line 2 for
// that resolution cycle through the same use case as the issue panel (rateHandoff), so the same rules hold:
// line 1 only, one rating per cycle, editable by its rater for 7 days. A tap keeps the comment and
// anonymity of the rater's earlier rating; a comment itself can only be written in Jira (the toast says so).
import { isAppError, NotFoundError } from '../../../errors';
import { parseCsatPayload } from '../../../rules/telegram/callback-data';
import { getIssueLines, rateHandoff } from '../../lines/issue-lines';
import type { CallbackHandler } from '../dispatch-types';
import { answerTap, tapperAccount } from './answer';

/** How far the cycle's resolution time may be from the one the button carries (seconds are rounded). */
const CYCLE_MATCH_MS = 120_000;

export const rateFromTap: CallbackHandler = async (deps, callback, payload) => {
  const tap = parseCsatPayload(payload);
  if (tap === null) return answerTap(deps, callback, null);
  const accountId = await tapperAccount(deps, callback);
  if (accountId === undefined) return;
  const lines = deps.callbacks.linesFor(accountId);
  try {
    const view = await getIssueLines(lines, tap.issueId, accountId);
    const cycle = view.cycles
      .filter((c) => c.resolvedAt !== null && Math.abs(Date.parse(c.resolvedAt) - tap.resolvedAt) <= CYCLE_MATCH_MS)
      .sort((a, b) => Math.abs(Date.parse(a.resolvedAt ?? '') - tap.resolvedAt) - Math.abs(Date.parse(b.resolvedAt ?? '') - tap.resolvedAt))[0];
    if (!cycle) return await answerTap(deps, callback, 'tg.csat.noCycle', { key: view.issueKey }, true);
    const mine = cycle.rating?.mine === true ? cycle.rating : null;
    await rateHandoff(lines, { issueKey: view.issueKey, cycle: cycle.index, score: tap.score, comment: mine?.comment ?? '', anonymous: mine?.anonymous ?? false }, accountId);
    return await answerTap(deps, callback, mine ? 'tg.csat.updated' : 'tg.csat.done', { key: view.issueKey, score: tap.score });
  } catch (error) {
    if (error instanceof NotFoundError) return answerTap(deps, callback, 'tg.tap.issueHidden', {}, true);
    if (!isAppError(error)) throw error;
    return answerTap(deps, callback, error.messageKey, error.params, true);
  }
};
