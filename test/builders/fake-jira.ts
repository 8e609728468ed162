// A fake JiraPort for domain tests: issues and permissions set per test, calls recorded; creates can be
// made to fail (typed errors as the adapter throws them) or to "crash" after Jira committed the issue.
import type { CreatedIssue, JiraIssueView, JiraPermission, JiraPort, NewIssue } from '../../src/domain/ports';
import { NotFoundError } from '../../src/domain/errors';

export function anIssue(overrides: Partial<JiraIssueView> = {}): JiraIssueView {
  return {
    id: '10001',
    key: 'SUP-1',
    summary: 'Checkout fails for client 4411',
    projectKey: 'SUP',
    status: { id: '10002', name: 'Open', categoryKey: 'new' },
    ...overrides,
  };
}

export class FakeJira implements JiraPort {
  readonly issues = new Map<string, JiraIssueView>();
  readonly changelogCounts = new Map<string, number>();
  permissions = new Set<JiraPermission>();
  permissionChecks = 0;
  /** Every issue Jira accepted, in order (what a test asserts the request against). */
  readonly created: NewIssue[] = [];
  createCalls = 0;
  readonly searches: string[] = [];
  /** False emulates Jira's index lag: created issues are not found by search yet. */
  searchable = true;
  private readonly createOutcomes: Array<{ error: Error; afterCommit: boolean }> = [];
  private readonly labels = new Map<string, readonly string[]>();

  withIssue(issue: JiraIssueView, changelogCount = 0): this {
    this.issues.set(issue.key, issue);
    this.changelogCounts.set(issue.key, changelogCount);
    return this;
  }

  /** The next create throws `error` without creating anything (Jira's 400/403/429). */
  failNextCreate(error: Error): this {
    this.createOutcomes.push({ error, afterCommit: false });
    return this;
  }

  /** The next create commits the issue in Jira, then throws `error` (a timeout or crash before the answer). */
  crashAfterNextCreate(error: Error): this {
    this.createOutcomes.push({ error, afterCommit: true });
    return this;
  }

  async createIssue(issue: NewIssue): Promise<CreatedIssue> {
    this.createCalls++;
    const outcome = this.createOutcomes.shift();
    if (outcome && !outcome.afterCommit) throw outcome.error;
    const id = String(10100 + this.created.length);
    const key = `${issue.projectKey}-${100 + this.created.length}`;
    this.created.push(issue);
    this.labels.set(key, issue.labels);
    this.withIssue(anIssue({ id, key, summary: issue.summary, projectKey: issue.projectKey, status: { id: '10000', name: 'New', categoryKey: 'new' } }));
    if (outcome) throw outcome.error;
    return { id, key };
  }

  /** Understands `labels = "x"` (what the app searches by); anything else matches every created issue. */
  async searchIssues(jql: string, maxResults: number): Promise<JiraIssueView[]> {
    this.searches.push(jql);
    if (!this.searchable) return [];
    const label = /labels = "([^"]+)"/.exec(jql)?.[1];
    const keys = [...this.labels].filter(([, labels]) => label === undefined || labels.includes(label)).map(([key]) => key);
    return keys.slice(0, maxResults).flatMap((key) => this.issues.get(key) ?? []);
  }

  async getIssue(issueKey: string): Promise<JiraIssueView> {
    const issue = this.issues.get(issueKey);
    if (!issue) throw new NotFoundError(`issue ${issueKey}`);
    return issue;
  }

  async countChangelog(issueKey: string): Promise<number> {
    return this.changelogCounts.get(issueKey) ?? 0;
  }

  async hasGlobalPermission(permission: JiraPermission): Promise<boolean> {
    this.permissionChecks++;
    return this.permissions.has(permission);
  }
}
