// Ports of the support-lines panel: reading issues with their full history from Jira (search/jql,
// changelog/bulkfetch, comments), people and their groups, and writing the indexed facts property.
// Adapters: src/adapters/forge-jira-lines.ts (Forge), test fakes go through the Jira stand-in.
import type { RawChange, RawComment, RawIssueHead, RawStatus } from './model/lines/raw-issue';

export type IssuePage = { readonly issues: readonly RawIssueHead[]; readonly nextPageToken?: string };
export type JiraPerson = { readonly accountId: string; readonly displayName: string; readonly groups: readonly string[] };
export type JiraProjectRef = { readonly key: string; readonly name: string };

export interface LinesJiraPort {
  /** POST /rest/api/3/search/jql: one page of issues with the fields the facts need (comments included). */
  searchIssues(jql: string, nextPageToken: string | undefined, maxResults: number): Promise<IssuePage>;
  /** POST /rest/api/3/changelog/bulkfetch for up to 1,000 issues, every page: issue id → changes, oldest first. */
  changelogs(issueIds: readonly string[]): Promise<ReadonlyMap<string, readonly RawChange[]>>;
  /** Every comment of one issue (when the search answer held only part of them). */
  comments(issueIdOrKey: string): Promise<RawComment[]>;
  /** One issue's fields; NotFoundError when it is gone or hidden. */
  issue(issueIdOrKey: string): Promise<RawIssueHead>;
  statuses(): Promise<RawStatus[]>;
  /** A person with their groups; null when Jira does not know the account. */
  person(accountId: string): Promise<JiraPerson | null>;
  setIssueProperty(issueIdOrKey: string, propertyKey: string, value: Readonly<Record<string, unknown>>): Promise<void>;
  approximateCount(jql: string): Promise<number>;
  /** The projects among `keys` that exist and the caller can browse. */
  projects(keys: readonly string[]): Promise<JiraProjectRef[]>;
}
