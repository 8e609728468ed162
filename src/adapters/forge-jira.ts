// JiraPort over Forge's requestJira. Built per invocation for the calling user (`asUser()`: Jira's
// own permissions apply) or for the app (`asApp()`). Never logs response bodies or tokens.
import api, { route, type RequestInit as ForgeRequestInit, type Response as ForgeResponse } from '@forge/api';
import { ValidationError } from '../domain/errors';
import type { CreatedIssue, IssuePropertyReader, JiraIssueView, JiraPermission, JiraPort, NewIssue } from '../domain/ports';
import type { MessageKey } from '../shared/i18n';
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
const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };
const VIEW_FIELDS = ['summary', 'status', 'project'];

function categoryKey(raw: string | undefined): StatusCategoryKey {
  return CATEGORY_KEYS.find((k) => k === raw) ?? 'undefined';
}

function toIssueView(json: IssueJson): JiraIssueView {
  const status = json.fields.status;
  return {
    id: json.id,
    key: json.key,
    summary: json.fields.summary ?? '',
    projectKey: json.fields.project?.key ?? '',
    status: { id: status?.id ?? '', name: status?.name ?? '', categoryKey: categoryKey(status?.statusCategory?.key) },
  };
}

function createBody(issue: NewIssue): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    project: { key: issue.projectKey },
    issuetype: { name: issue.issueTypeName },
    summary: issue.summary,
    description: issue.description,
    ...issue.customFields,
  };
  // Fields absent from the create screen are refused even when empty, so empty lists are left out.
  if (issue.priorityName !== undefined) fields.priority = { name: issue.priorityName };
  if (issue.labels.length > 0) fields.labels = issue.labels;
  if (issue.components.length > 0) fields.components = issue.components.map((name) => ({ name }));
  return { fields, ...(issue.properties.length > 0 ? { properties: issue.properties } : {}) };
}

/** Jira's 400 `{errorMessages, errors}` → ValidationError keyed by Jira field id (`_` for field-less messages). */
async function rejected(res: ForgeResponse, what: string): Promise<ValidationError> {
  let body: { errorMessages?: unknown; errors?: unknown } = {};
  try {
    body = (await res.json()) as typeof body;
  } catch {
    // a 400 without a JSON body still means "rejected"
  }
  const errors = typeof body.errors === 'object' && body.errors !== null ? Object.keys(body.errors) : [];
  const fieldErrors: Record<string, MessageKey> = Object.fromEntries(errors.map((f) => [f, 'validation.jiraRejected' as const]));
  const messages = Array.isArray(body.errorMessages) ? body.errorMessages : [];
  if (errors.length === 0 || messages.length > 0) fieldErrors._ = 'validation.jiraRejected';
  // Jira's texts name fields and rules, not answers; they help whoever reads the log.
  const detail = JSON.stringify({ errorMessages: messages, errors: body.errors });
  return new ValidationError(`Jira rejected ${what}: ${detail}`, fieldErrors);
}

export class ForgeJira implements JiraPort, IssuePropertyReader {
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
    return toIssueView((await res.json()) as IssueJson);
  }

  async createIssue(issue: NewIssue): Promise<CreatedIssue> {
    const res = await this.requester.requestJira(route`/rest/api/3/issue`, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify(createBody(issue)),
    });
    if (res.status === 400) throw await rejected(res, `issue create in ${issue.projectKey}`);
    if (!res.ok) throw jiraFailure(res, `issue create in ${issue.projectKey}`);
    const json = (await res.json()) as { id?: unknown; key?: unknown };
    return { id: String(json.id), key: String(json.key) };
  }

  async searchIssues(jql: string, maxResults: number): Promise<JiraIssueView[]> {
    const res = await this.requester.requestJira(route`/rest/api/3/search/jql`, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ jql, maxResults, fields: VIEW_FIELDS }),
    });
    if (!res.ok) throw jiraFailure(res, 'issue search');
    const json = (await res.json()) as { issues?: IssueJson[] };
    return (json.issues ?? []).map(toIssueView);
  }

  async countChangelog(issueKey: string): Promise<number> {
    const res = await this.requester.requestJira(route`/rest/api/3/issue/${issueKey}/changelog?maxResults=1`);
    if (!res.ok) throw jiraFailure(res, `history of ${issueKey}`);
    const json = (await res.json()) as { total?: number };
    return typeof json.total === 'number' ? json.total : 0;
  }

  async getIssueProperty(issueKey: string, propertyKey: string): Promise<unknown> {
    const res = await this.requester.requestJira(route`/rest/api/3/issue/${issueKey}/properties/${propertyKey}`);
    if (res.status === 404) return undefined;
    if (!res.ok) throw jiraFailure(res, `property ${propertyKey} of ${issueKey}`);
    return ((await res.json()) as { value?: unknown }).value;
  }

  async hasGlobalPermission(permission: JiraPermission): Promise<boolean> {
    const res = await this.requester.requestJira(route`/rest/api/3/mypermissions?permissions=${permission}`);
    if (!res.ok) throw jiraFailure(res, 'permissions');
    const json = (await res.json()) as { permissions?: Record<string, { havePermission?: boolean }> };
    return json.permissions?.[permission]?.havePermission === true;
  }
}
