// The paged Jira reads behind ForgeSlaJira: enhanced search (nextPageToken), bulk changelog fetch
// (≤ 1,000 issues, token pages) and the remaining comments of issues with more than a page of them.
// Failures become the domain's typed errors (429 keeps Retry-After); never logs bodies.
import { route } from '@forge/api';
import { SLA_PROPERTY_KEY } from '../domain/model/sla/live-state';
import { jiraFailure } from './forge-http-errors';
import type { CommentJson, HistoryJson, IssueJson } from './jira-sla-history';
import type { Requester } from './jira-sla-roles';

const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };
/** Fields the SLA history needs (plus the custom fields the conditions test). */
export const SLA_FIELDS = ['project', 'issuetype', 'labels', 'created', 'creator', 'reporter', 'status', 'priority', 'assignee', 'comment'];
const SEARCH_PAGE = 100;
const CHANGELOG_PAGE = 10_000;

async function postJson<T>(requester: Requester, path: ReturnType<typeof route>, body: unknown, what: string): Promise<T> {
  const res = await requester.requestJira(path, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(body) });
  if (!res.ok) throw jiraFailure(res, what);
  return (await res.json()) as T;
}

type SearchPage = { issues?: IssueJson[]; nextPageToken?: string; isLast?: boolean };
export type SearchResult = { issues: IssueJson[]; isLast: boolean; nextPageToken: string | null };

/**
 * Up to `limit` issues matching `jql`, following nextPageToken from `startToken`; `keep` filters issues
 * out without counting them. `isLast` when the search is exhausted; `nextPageToken` resumes it.
 */
export async function searchAll(
  requester: Requester,
  jql: string,
  fields: readonly string[],
  limit: number,
  startToken: string | null = null,
  keep: (issue: IssueJson) => boolean = () => true,
): Promise<SearchResult> {
  const issues: IssueJson[] = [];
  let token = startToken;
  for (;;) {
    const maxResults = Math.min(SEARCH_PAGE, limit - issues.length);
    const page = await postJson<SearchPage>(requester, route`/rest/api/3/search/jql`, {
      jql, fields, properties: [SLA_PROPERTY_KEY], maxResults, ...(token ? { nextPageToken: token } : {}),
    }, 'issue search');
    issues.push(...(page.issues ?? []).filter(keep));
    token = page.nextPageToken ?? null;
    const isLast = page.isLast === true || !token;
    if (isLast || issues.length >= limit) return { issues, isLast, nextPageToken: isLast ? null : token };
  }
}

type BulkPage = { issueChangeLogs?: Array<{ issueId?: unknown; changeHistories?: HistoryJson[] }>; nextPageToken?: string };

/** Every change history of the given issues (≤ 1,000), grouped by issue id, oldest first. */
export async function bulkChangelogs(requester: Requester, issueIds: readonly string[]): Promise<Map<string, HistoryJson[]>> {
  const byIssue = new Map<string, HistoryJson[]>();
  if (issueIds.length === 0) return byIssue;
  let token: string | undefined;
  do {
    const page = await postJson<BulkPage>(requester, route`/rest/api/3/changelog/bulkfetch`, {
      issueIdsOrKeys: issueIds, maxResults: CHANGELOG_PAGE, ...(token ? { nextPageToken: token } : {}),
    }, 'bulk changelog');
    for (const log of page.issueChangeLogs ?? []) {
      const id = String(log.issueId);
      byIssue.set(id, [...(byIssue.get(id) ?? []), ...(log.changeHistories ?? [])]);
    }
    token = page.nextPageToken ?? undefined;
  } while (token);
  return byIssue;
}

type CommentPage = { comments?: CommentJson[]; total?: number; startAt?: number };

/** The issue's comments: those the issue JSON carried, plus the rest when Jira cut the list short. */
export async function allComments(requester: Requester, issue: IssueJson): Promise<CommentJson[]> {
  const embedded = (issue.fields?.comment ?? {}) as CommentPage;
  const comments = [...(embedded.comments ?? [])];
  const total = typeof embedded.total === 'number' ? embedded.total : comments.length;
  const key = String(issue.key);
  while (comments.length < total) {
    const res = await requester.requestJira(route`/rest/api/3/issue/${key}/comment?startAt=${comments.length}&maxResults=100`);
    if (!res.ok) throw jiraFailure(res, `comments of ${key}`);
    const page = (await res.json()) as CommentPage;
    if (!page.comments || page.comments.length === 0) break;
    comments.push(...page.comments);
  }
  return comments;
}
