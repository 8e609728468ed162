// JiraPort over Forge's requestJira. Built per invocation for the calling user (`asUser()`: Jira's
// own permissions apply) or for the app (`asApp()`). Never logs response bodies or tokens.
import api, { route, type RequestInit as ForgeRequestInit, type Response as ForgeResponse } from '@forge/api';
import type { JiraIssueView, JiraPermission, JiraPort } from '../domain/ports';
import { jiraFailure } from './forge-http-errors';

type Requester = { requestJira: (path: ReturnType<typeof route>, init?: ForgeRequestInit) => Promise<ForgeResponse> };
type StatusCategoryKey = JiraIssueView['status']['categoryKey'];
type IssueJson = {
  id: string;
  key: string;
  fields: {
    summary?: string;
    project?: { key: string };
    status?: { id: string; name: string; statusCategory?: { key?: string } };
  };
};

const CATEGORY_KEYS: readonly StatusCategoryKey[] = ['new', 'indeterminate', 'done'];

function categoryKey(raw: string | undefined): StatusCategoryKey {
  return CATEGORY_KEYS.find((k) => k === raw) ?? 'undefined';
}

export class ForgeJira implements JiraPort {
  constructor(private readonly requester: Requester) {}

  static asUser(): ForgeJira {
    return new ForgeJira(api.asUser());
  }

  static asApp(): ForgeJira {
    return new ForgeJira(api.asApp());
  }

  async getIssue(issueKey: string): Promise<JiraIssueView> {
    const res = await this.requester.requestJira(route`/rest/api/3/issue/${issueKey}?fields=summary,status,project`);
    if (!res.ok) throw jiraFailure(res, `issue ${issueKey}`);
    const json = (await res.json()) as IssueJson;
    const status = json.fields.status;
    return {
      id: json.id,
      key: json.key,
      summary: json.fields.summary ?? '',
      projectKey: json.fields.project?.key ?? '',
      status: {
        id: status?.id ?? '',
        name: status?.name ?? '',
        categoryKey: categoryKey(status?.statusCategory?.key),
      },
    };
  }

  async countChangelog(issueKey: string): Promise<number> {
    const res = await this.requester.requestJira(route`/rest/api/3/issue/${issueKey}/changelog?maxResults=1`);
    if (!res.ok) throw jiraFailure(res, `history of ${issueKey}`);
    const json = (await res.json()) as { total?: number };
    return typeof json.total === 'number' ? json.total : 0;
  }

  async hasGlobalPermission(permission: JiraPermission): Promise<boolean> {
    const res = await this.requester.requestJira(route`/rest/api/3/mypermissions?permissions=${permission}`);
    if (!res.ok) throw jiraFailure(res, 'permissions');
    const json = (await res.json()) as { permissions?: Record<string, { havePermission?: boolean }> };
    return json.permissions?.[permission]?.havePermission === true;
  }
}
