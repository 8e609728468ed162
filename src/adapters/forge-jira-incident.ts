// Incident intake's Jira calls as the app: assignment (count open issues, set the assignee, write the
// reason property) and reading a create-dialog issue to adopt it. Never logs field values (client data).
import api, { route, type RequestInit as ForgeRequestInit, type Response as ForgeResponse } from '@forge/api';
import type { AssignmentJira, CreatedIssueReader, CreatedIssueSnapshot } from '../domain/ports-incident';
import { INCIDENT_PROPERTY_KEY } from '../domain/model/template/incident';
import { jiraFailure } from './forge-http-errors';

type Requester = { requestJira: (path: ReturnType<typeof route>, init?: ForgeRequestInit) => Promise<ForgeResponse> };
type Json = Record<string, unknown>;

const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };
const FIELD_ID = /^[A-Za-z0-9_]{1,64}$/;
/** Account ids are opaque; anything but these characters would need JQL escaping we do not want to get wrong. */
const ACCOUNT_ID = /^[A-Za-z0-9:_-]{1,128}$/;
/** GET /group/member serves at most 50 a page; 40 pages (2,000 people) bound one read. */
const MEMBER_PAGE = 50;
const MAX_MEMBER_PAGES = 40;

export class ForgeJiraIncident implements AssignmentJira, CreatedIssueReader {
  constructor(private readonly requester: Requester) {}

  static asApp(): ForgeJiraIncident {
    return new ForgeJiraIncident(api.asApp());
  }

  async countOpenIssues(projectKey: string, accountId: string): Promise<number> {
    if (!ACCOUNT_ID.test(accountId)) return Number.POSITIVE_INFINITY;
    const jql = `project = "${projectKey}" AND assignee = "${accountId}" AND statusCategory != Done`;
    const res = await this.requester.requestJira(route`/rest/api/3/search/approximate-count`, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ jql }) });
    if (!res.ok) throw jiraFailure(res, 'open issue count');
    const json = (await res.json()) as { count?: unknown };
    return typeof json.count === 'number' ? json.count : 0;
  }

  async assignIssue(issueKey: string, accountId: string): Promise<void> {
    const res = await this.requester.requestJira(route`/rest/api/3/issue/${issueKey}?notifyUsers=true`, {
      method: 'PUT',
      headers: JSON_HEADERS,
      body: JSON.stringify({ fields: { assignee: { accountId } } }),
    });
    if (!res.ok) throw jiraFailure(res, `assignee of ${issueKey}`);
  }

  async setIssueProperty(issueKey: string, propertyKey: string, value: Readonly<Record<string, unknown>>): Promise<void> {
    const res = await this.requester.requestJira(route`/rest/api/3/issue/${issueKey}/properties/${propertyKey}`, {
      method: 'PUT',
      headers: JSON_HEADERS,
      body: JSON.stringify(value),
    });
    if (!res.ok) throw jiraFailure(res, `property ${propertyKey} of ${issueKey}`);
  }

  async activeGroupMembers(groupName: string): Promise<readonly string[] | null> {
    const ids: string[] = [];
    for (let page = 0, startAt = 0; page < MAX_MEMBER_PAGES; page++) {
      const res = await this.requester.requestJira(route`/rest/api/3/group/member?groupname=${groupName}&includeInactiveUsers=false&startAt=${startAt}&maxResults=${MEMBER_PAGE}`);
      if (res.status === 404) return null;
      if (!res.ok) throw jiraFailure(res, `members of group ${groupName}`);
      const json = (await res.json()) as { values?: unknown; isLast?: unknown };
      const values = Array.isArray(json.values) ? (json.values as Json[]) : [];
      for (const u of values) {
        if (typeof u.accountId === 'string' && u.active !== false && (u.accountType === undefined || u.accountType === 'atlassian')) ids.push(u.accountId);
      }
      if (json.isLast !== false || values.length === 0) break;
      startAt += values.length;
    }
    return ids;
  }

  async readCreatedIssue(issueKey: string, fieldIds: readonly string[]): Promise<CreatedIssueSnapshot> {
    const fields = ['project', 'issuetype', 'assignee', ...fieldIds.filter((f) => FIELD_ID.test(f))].join(',');
    const res = await this.requester.requestJira(route`/rest/api/3/issue/${issueKey}?fields=${fields}&properties=${INCIDENT_PROPERTY_KEY}`);
    if (!res.ok) throw jiraFailure(res, `issue ${issueKey}`);
    const json = (await res.json()) as { id?: unknown; key?: unknown; fields?: Json; properties?: Json };
    const f = json.fields ?? {};
    const nested = (name: string, prop: string): string => {
      const v = f[name];
      return typeof v === 'object' && v !== null && typeof (v as Json)[prop] === 'string' ? String((v as Json)[prop]) : '';
    };
    return {
      id: String(json.id),
      key: String(json.key),
      projectKey: nested('project', 'key'),
      issueTypeName: nested('issuetype', 'name'),
      assigneeId: nested('assignee', 'accountId') || null,
      fields: f,
      incidentProperty: json.properties?.[INCIDENT_PROPERTY_KEY],
    };
  }
}
