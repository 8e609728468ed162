// Recomputes the facts of one issue (a product event, a rating) or of one page of issues (the backfill)
// from Jira: fields, the full changelog (bulkfetch) and every comment. An issue Jira no longer returns
// (deleted, or its project deleted) loses its facts and contributions.
import { NotFoundError } from '../../errors';
import type { RawIssue, RawIssueHead } from '../../model/lines/raw-issue';
import { AggregateWriter } from './aggregate-writer';
import type { StoredFacts } from './lines-store';
import { computeFacts, loadFactsContext, storeFacts, type FactsContext, type LinesDeps } from './refresh-facts';

/** Completes search results into raw issues: changelogs in bulk, comments where the search cut them off. */
export async function withHistory(deps: LinesDeps, heads: readonly RawIssueHead[]): Promise<RawIssue[]> {
  if (heads.length === 0) return [];
  const changelogs = await deps.jira.changelogs(heads.map((h) => h.id));
  const out: RawIssue[] = [];
  for (const head of heads) {
    const comments = head.commentsComplete ? head.comments : await deps.jira.comments(head.id);
    out.push({ ...head, comments, changes: changelogs.get(head.id) ?? [] });
  }
  return out;
}

/** Stores the facts of every issue of a page; the caller flushes the writer. Returns how many were stored. */
export async function refreshPage(deps: LinesDeps, ctx: FactsContext, writer: AggregateWriter, heads: readonly RawIssueHead[]): Promise<number> {
  const issues = await withHistory(deps, heads);
  for (const issue of issues) await storeFacts(deps, writer, issue.id, await computeFacts(deps, ctx, issue));
  return issues.length;
}

export type IssueRef = { readonly id: string; readonly key?: string };

export async function refreshIssue(deps: LinesDeps, ref: IssueRef, ctx?: FactsContext): Promise<StoredFacts | null> {
  const context = ctx ?? (await loadFactsContext(deps));
  const writer = new AggregateWriter(deps);
  let head: RawIssueHead | null;
  try {
    head = await deps.jira.issue(ref.id);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    head = null;
  }
  const [issue] = head ? await withHistory(deps, [head]) : [];
  // Facts are stored under the issue id, also when the caller only knew the key.
  const stored = await storeFacts(deps, writer, head?.id ?? ref.id, issue ? await computeFacts(deps, context, issue) : null);
  await writer.flush();
  await context.people.save();
  if (!issue) deps.logger.info('facts removed: issue not found', { issueId: ref.id });
  return stored;
}
