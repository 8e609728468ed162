// CSAT comments for the panel's drill-down and CSV: every rating with a comment is also indexed under the
// (project, week of the cycle's resolution) it counts in, so the comments of a period are one prefix query
// per project and week, bounded by the number of commented ratings, and never part of the default panel
// read. Leads and admins only (issue 7: comments are visible to them alone). Also the hook that tells other
// features a rating was saved (the Telegram bridge's `csatReceived`).
import type { CsatCommentDto, CsatCommentsDto, PanelFiltersDto } from '../../../shared/contract-lines';
import type { CsatRating } from '../../model/lines/csat';
import type { IssueFacts } from '../../model/lines/facts';
import { weekId, weeksEnding } from '../../model/lines/week';
import { PermissionError } from '../../errors';
import { bucketId } from '../../rules/lines/contributions';
import type { KeyValueStore } from '../../ports';
import { listAll, readGeneral } from './lines-store';
import { PeopleDirectory } from './people-directory';
import type { PanelDeps } from './read-panel';
import { identifyViewer } from './viewer';

/** Told after a rating is stored (the Telegram bridge's csatReceived notification). */
export interface CsatNotices {
  ratingSaved(rating: CsatRating, issue: { readonly key: string; readonly projectKey: string }): Promise<void>;
}

type CommentEntry = {
  readonly issueId: string;
  readonly issueKey: string;
  readonly cycle: number;
  readonly score: number;
  readonly comment: string;
  readonly rater: string;
  readonly anonymous: boolean;
  readonly engineer: string | null;
  readonly priority: string;
  readonly issueType: string;
  readonly line: 'line1' | 'line2';
  readonly ratedAt: number;
  readonly updatedAt: number;
};

/** The most comments one request returns (newest first); the CSV says when more exist. */
export const CSAT_COMMENTS_MAX = 500;

const commentKey = (bucket: string, issueId: string, cycle: number): string => `lb:cc:${bucket}:${issueId}:${String(cycle).padStart(3, '0')}`;
const commentPrefix = (bucket: string): string => `lb:cc:${bucket}:`;

/** Keeps the index in step with a stored rating: an entry when it has a comment, none otherwise. */
export async function indexCsatComment(store: KeyValueStore, facts: IssueFacts, rating: CsatRating): Promise<void> {
  const cycle = facts.cycles.find((c) => c.index === rating.cycle);
  if (!cycle || cycle.resolvedAt === null) return;
  const key = commentKey(bucketId(facts.projectKey, weekId(cycle.resolvedAt)), facts.issueId, rating.cycle);
  if (rating.comment === '') return store.delete(key);
  const entry: CommentEntry = {
    issueId: facts.issueId, issueKey: facts.issueKey, cycle: rating.cycle, score: rating.score, comment: rating.comment, rater: rating.rater,
    anonymous: rating.anonymous, engineer: cycle.engineer, priority: cycle.priority, issueType: facts.issueType, line: cycle.line,
    ratedAt: rating.ratedAt, updatedAt: rating.updatedAt,
  };
  await store.set(key, entry);
}

const matches = (allowed: readonly string[], value: string): boolean => allowed.length === 0 || allowed.includes(value);

/** The comments of the panel's period and filters, for leads and admins. */
export async function readCsatComments(deps: PanelDeps, filters: PanelFiltersDto, accountId: string): Promise<CsatCommentsDto> {
  const general = await readGeneral(deps.store);
  const [browsable, people] = await Promise.all([deps.linesAsUser.projects(general.projectKeys), PeopleDirectory.load(deps, general)]);
  const viewer = await identifyViewer(deps.jiraAsUser, people, accountId);
  if (!viewer.seesComments) throw new PermissionError('CSAT comments are for leads and admins', 'lines.error.commentsHidden');
  const visible = new Set(browsable.map((p) => p.key));
  const scope = filters.projectKey !== null ? [filters.projectKey].filter((k) => visible.has(k)) : general.projectKeys.filter((k) => visible.has(k));
  const weeks = weeksEnding(filters.endWeek ?? weekId(deps.clock.now().getTime()), filters.weeks);
  const found: CommentEntry[] = [];
  for (const projectKey of scope) {
    for (const week of weeks) {
      await listAll<CommentEntry>(deps.store, commentPrefix(bucketId(projectKey, week)), (entries) => {
        for (const { value } of entries) {
          if (matches(filters.priorities, value.priority) && matches(filters.issueTypes, value.issueType) && (filters.line === 'all' || filters.line === value.line)) found.push(value);
        }
      });
    }
  }
  found.sort((a, b) => b.updatedAt - a.updatedAt);
  const shown = found.slice(0, CSAT_COMMENTS_MAX);
  await people.resolve(shown.flatMap((e) => [e.rater, e.engineer]));
  const comments: CsatCommentDto[] = shown.map((e) => ({
    issueKey: e.issueKey, cycle: e.cycle, score: e.score, comment: e.comment, anonymous: e.anonymous,
    rater: { accountId: e.rater, name: people.nameOf(e.rater) },
    engineer: e.engineer ? { accountId: e.engineer, name: people.nameOf(e.engineer) } : null,
    ratedAt: new Date(e.updatedAt).toISOString(),
  }));
  return { comments, truncated: found.length > shown.length };
}
