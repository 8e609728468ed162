// The issue panel's two use cases: read the facts of an issue for the caller, and rate line 2's handling
// of a resolved cycle (CSAT between the lines). Jira is asked as the caller first, so a person sees and
// rates only issues they can browse; history is read as the app and the facts are recomputed from it.
import type { JiraPort } from '../../ports';
import { CSAT_EDIT_WINDOW_MS, cleanCsatComment, isCsatScore, type CsatRating } from '../../model/lines/csat';
import type { IssueLinesDto, RatePayload } from '../../../shared/contract-lines';
import { NotFoundError, ValidationError } from '../../errors';
import { AggregateWriter } from './aggregate-writer';
import { indexCsatComment, type CsatNotices } from './csat-comments';
import { issueLinesDto, mayRate } from './issue-lines-view';
import { KEYS, readFacts, readRatings } from './lines-store';
import { LinesRefusal } from './lines-errors';
import { computeFacts, loadFactsContext, storeFacts, type LinesDeps } from './refresh-facts';
import { refreshIssue, withHistory } from './refresh-issue';
import { identifyViewer } from './viewer';

export type IssueLinesDeps = LinesDeps & {
  readonly jiraAsUser: Pick<JiraPort, 'getIssue' | 'hasGlobalPermission'>;
  /** Told after a rating is stored (the Telegram bridge's csatReceived); its failure never undoes the rating. */
  readonly csatNotices?: CsatNotices;
};

export async function getIssueLines(deps: IssueLinesDeps, issueKey: string, accountId: string): Promise<IssueLinesDto> {
  const issue = await deps.jiraAsUser.getIssue(issueKey);
  const ctx = await loadFactsContext(deps);
  const facts = (await readFacts(deps.store, issue.id)) ?? (await refreshIssue(deps, { id: issue.id, key: issue.key }, ctx));
  const viewer = await identifyViewer(deps.jiraAsUser, ctx.people, accountId);
  if (!facts) throw new NotFoundError(`issue ${issueKey}`);
  await ctx.people.resolve(facts.cycles.flatMap((c) => [c.engineer]).concat(facts.line1Agent));
  const ratings = await readRatings(deps.store, issue.id);
  await ctx.people.resolve([...ratings.values()].map((r) => r.rater));
  await ctx.people.save();
  return issueLinesDto(facts, ratings, viewer, ctx.people, deps.clock.now().getTime());
}

function parseRating(payload: RatePayload): { score: CsatRating['score']; comment: string } {
  const comment = cleanCsatComment(payload.comment);
  const errors = { ...(isCsatScore(payload.score) ? {} : { score: 'csat.error.score' as const }), ...(comment === null ? { comment: 'validation.tooLong' as const } : {}) };
  if (!isCsatScore(payload.score) || comment === null) throw new ValidationError('invalid rating', errors);
  return { score: payload.score, comment };
}

export async function rateHandoff(deps: IssueLinesDeps, payload: RatePayload, accountId: string): Promise<IssueLinesDto> {
  const { score, comment } = parseRating(payload);
  const issue = await deps.jiraAsUser.getIssue(payload.issueKey);
  const ctx = await loadFactsContext(deps);
  const viewer = await identifyViewer(deps.jiraAsUser, ctx.people, accountId);
  const [raw] = await withHistory(deps, [await deps.jira.issue(issue.id)]);
  if (!raw) throw new NotFoundError(`issue ${payload.issueKey}`);
  const facts = await computeFacts(deps, ctx, raw);
  if (!mayRate(facts, viewer)) throw new LinesRefusal('PERMISSION', `${accountId} is not on line 1`, 'csat.error.notLine1');
  const cycle = facts.cycles.find((c) => c.index === payload.cycle);
  if (!cycle || cycle.resolvedAt === null) throw new LinesRefusal('CONFLICT', `cycle ${payload.cycle} of ${issue.key} is not resolved`, 'csat.error.notResolved');
  const ratings = await readRatings(deps.store, issue.id);
  const existing = ratings.get(cycle.index);
  const now = deps.clock.now().getTime();
  if (existing && existing.rater !== accountId) {
    await ctx.people.resolve([existing.rater]);
    const name = existing.anonymous && !viewer.seesComments ? '—' : ctx.people.nameOf(existing.rater);
    throw new LinesRefusal('CONFLICT', 'already rated by someone else', 'csat.error.alreadyRated', { name });
  }
  if (existing && now >= existing.ratedAt + CSAT_EDIT_WINDOW_MS) throw new LinesRefusal('CONFLICT', 'rating locked', 'csat.error.locked');
  const rating: CsatRating = {
    issueId: issue.id, cycle: cycle.index, score, comment, rater: accountId, anonymous: payload.anonymous === true,
    ratedAt: existing?.ratedAt ?? now, updatedAt: now,
  };
  await deps.store.set(KEYS.rating(issue.id, cycle.index), rating);
  const writer = new AggregateWriter(deps);
  const stored = await storeFacts(deps, writer, issue.id, await computeFacts(deps, ctx, raw));
  await writer.flush();
  await indexCsatComment(deps.store, stored ?? facts, rating);
  ratings.set(cycle.index, rating);
  await deps.csatNotices?.ratingSaved(rating, { key: issue.key, projectKey: issue.projectKey }).catch((error: unknown) => {
    deps.logger.warn('csatReceived notification not queued', { issueId: issue.id, error: error instanceof Error ? error.message : String(error) });
  });
  await ctx.people.resolve([...(stored?.cycles ?? []).map((c) => c.engineer), stored?.line1Agent ?? null]);
  await ctx.people.save();
  return issueLinesDto(stored ?? facts, ratings, viewer, ctx.people, now);
}
