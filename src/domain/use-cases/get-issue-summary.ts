// The proof surface of the foundation: an issue's status and how many changes its history holds,
// read as the calling user (so Jira's own permissions apply).
import type { JiraPort, JiraStatusView } from '../ports';

export type IssueSummary = {
  readonly issueKey: string;
  readonly status: JiraStatusView;
  readonly historyCount: number;
};

export async function getIssueSummary(deps: { jiraAsUser: JiraPort }, issueKey: string): Promise<IssueSummary> {
  const [issue, historyCount] = await Promise.all([
    deps.jiraAsUser.getIssue(issueKey),
    deps.jiraAsUser.countChangelog(issueKey),
  ]);
  return { issueKey: issue.key, status: issue.status, historyCount };
}
