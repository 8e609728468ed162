// A fake JiraPort for domain tests: issues and permissions set per test, calls recorded.
import type { JiraIssueView, JiraPermission, JiraPort } from '../../src/domain/ports';
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

  withIssue(issue: JiraIssueView, changelogCount = 0): this {
    this.issues.set(issue.key, issue);
    this.changelogCounts.set(issue.key, changelogCount);
    return this;
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
