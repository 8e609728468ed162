// Jira as the app on behalf of one person (a Telegram tap by a linked account): what that person may see
// and do is asked of Jira for their accountId (POST /permissions/check), then the app acts. Used where no
// user context exists (the Telegram web trigger). Never acts when Jira does not grant the person the right.
import api, { route } from '@forge/api';
import { NotFoundError } from '../domain/errors';
import type { JiraIssueView, JiraPermission, JiraPort } from '../domain/ports';
import type { AssignCheck, IssueAssigner } from '../domain/use-cases/telegram/callbacks/ports';
import { ForgeJira } from './forge-jira';
import { jiraFailure } from './forge-http-errors';

const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };

type Grants = { globalPermissions?: string[]; projectPermissions?: Array<{ permission?: string; issues?: number[] }> };

export class ForgeJiraOnBehalf implements Pick<JiraPort, 'getIssue' | 'hasGlobalPermission'> {
  private readonly jira = api.asApp();
  private readonly appJira = ForgeJira.asApp();

  constructor(private readonly accountId: string) {}

  private async check(body: Record<string, unknown>): Promise<Grants> {
    const res = await this.jira.requestJira(route`/rest/api/3/permissions/check`, {
      method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ accountId: this.accountId, ...body }),
    });
    if (!res.ok) throw jiraFailure(res, 'permissions of a linked person');
    return (await res.json()) as Grants;
  }

  /** The issue permissions (of `wanted`) the person holds on one issue. */
  private async issueGrants(issueId: string, wanted: readonly string[]): Promise<Set<string>> {
    const grants = await this.check({ projectPermissions: [{ permissions: wanted, issues: [Number(issueId)] }] });
    return new Set((grants.projectPermissions ?? []).filter((p) => (p.issues ?? []).includes(Number(issueId))).map((p) => p.permission ?? ''));
  }

  /** The issue, if the person may browse it (hidden and missing look the same: NotFoundError). */
  async getIssue(issueIdOrKey: string): Promise<JiraIssueView> {
    const issue = await this.appJira.getIssue(issueIdOrKey);
    if (!(await this.issueGrants(issue.id, ['BROWSE_PROJECTS'])).has('BROWSE_PROJECTS')) throw new NotFoundError(`issue ${issueIdOrKey}`);
    return issue;
  }

  async hasGlobalPermission(permission: JiraPermission): Promise<boolean> {
    const grants = await this.check({ globalPermissions: [permission] });
    return (grants.globalPermissions ?? []).includes(permission);
  }

  async inspect(issueId: string): Promise<AssignCheck | undefined> {
    const res = await this.jira.requestJira(route`/rest/api/3/issue/${issueId}?fields=assignee`);
    if (res.status === 404) return undefined;
    if (!res.ok) throw jiraFailure(res, `issue ${issueId}`);
    const json = (await res.json()) as { key: string; fields?: { assignee?: { accountId?: string } | null } };
    const granted = await this.issueGrants(issueId, ['BROWSE_PROJECTS', 'ASSIGNABLE_USER']);
    if (!granted.has('BROWSE_PROJECTS')) return undefined;
    return { key: json.key, assignee: json.fields?.assignee?.accountId ?? null, assignable: granted.has('ASSIGNABLE_USER') };
  }

  async assign(issueId: string): Promise<void> {
    const res = await this.jira.requestJira(route`/rest/api/3/issue/${issueId}/assignee`, {
      method: 'PUT', headers: JSON_HEADERS, body: JSON.stringify({ accountId: this.accountId }),
    });
    if (!res.ok) throw jiraFailure(res, `assignee of ${issueId}`);
  }
}

/** "Assign to me" as the app, each call on behalf of the person who tapped. */
export const forgeIssueAssigner: IssueAssigner = {
  inspect: (issueId, accountId) => new ForgeJiraOnBehalf(accountId).inspect(issueId),
  assign: (issueId, accountId) => new ForgeJiraOnBehalf(accountId).assign(issueId),
};
