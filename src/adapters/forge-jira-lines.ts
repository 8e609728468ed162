// LinesJiraPort over Forge's requestJira: issues with history for the support-lines facts, people with
// their groups, the indexed facts property. Built per invocation as the app (jobs, triggers) or as the
// calling user (what a person may browse). Never logs bodies; failures become typed errors.
import api, { route, type RequestInit as ForgeRequestInit, type Response as ForgeResponse } from '@forge/api';
import type { RawChange, RawComment, RawIssueHead, RawStatus } from '../domain/model/lines/raw-issue';
import type { IssuePage, JiraPerson, JiraProjectRef, LinesJiraPort } from '../domain/ports-lines';
import { jiraFailure } from './forge-http-errors';
import { CONTACTS_PROPERTY, toChangelogPage, toComment, toIssueHead, toStatus } from './jira-lines-json';

type Requester = { requestJira: (path: ReturnType<typeof route>, init?: ForgeRequestInit) => Promise<ForgeResponse> };
type Json = Record<string, unknown>;

const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };
export const ISSUE_FIELDS = ['summary', 'status', 'priority', 'issuetype', 'project', 'created', 'reporter', 'creator', 'assignee', 'labels', 'comment'];
const BULK_MAX = 1000;

export class ForgeJiraLines implements LinesJiraPort {
  private statusCache: RawStatus[] | undefined;

  constructor(private readonly requester: Requester) {}

  static asApp(): ForgeJiraLines {
    return new ForgeJiraLines(api.asApp());
  }

  static asUser(): ForgeJiraLines {
    return new ForgeJiraLines(api.asUser());
  }

  private async json(path: ReturnType<typeof route>, what: string, init?: ForgeRequestInit): Promise<Json> {
    const res = await this.requester.requestJira(path, init);
    if (!res.ok) throw jiraFailure(res, what);
    const text = await res.text(); // property writes answer 200/201 with an empty body
    return text === '' ? {} : (JSON.parse(text) as Json);
  }

  private post(path: ReturnType<typeof route>, what: string, body: unknown): Promise<Json> {
    return this.json(path, what, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(body) });
  }

  async searchIssues(jql: string, nextPageToken: string | undefined, maxResults: number): Promise<IssuePage> {
    const body = { jql, maxResults, fields: ISSUE_FIELDS, properties: [CONTACTS_PROPERTY], ...(nextPageToken ? { nextPageToken } : {}) };
    const json = await this.post(route`/rest/api/3/search/jql`, 'issue search', body);
    const issues = Array.isArray(json.issues) ? json.issues.map(toIssueHead) : [];
    return typeof json.nextPageToken === 'string' ? { issues, nextPageToken: json.nextPageToken } : { issues };
  }

  async changelogs(issueIds: readonly string[]): Promise<ReadonlyMap<string, readonly RawChange[]>> {
    const out = new Map<string, RawChange[]>();
    for (let i = 0; i < issueIds.length; i += BULK_MAX) {
      let token: string | undefined;
      do {
        const body = { issueIdsOrKeys: issueIds.slice(i, i + BULK_MAX), maxResults: 1000, ...(token ? { nextPageToken: token } : {}) };
        const page = toChangelogPage(await this.post(route`/rest/api/3/changelog/bulkfetch`, 'change history', body));
        for (const [id, changes] of page.byIssue) out.set(id, [...(out.get(id) ?? []), ...changes]);
        token = page.nextPageToken;
      } while (token);
    }
    return out;
  }

  async comments(issueIdOrKey: string): Promise<RawComment[]> {
    const out: RawComment[] = [];
    for (let startAt = 0; ; ) {
      const json = await this.json(route`/rest/api/3/issue/${issueIdOrKey}/comment?startAt=${startAt}&maxResults=5000`, `comments of ${issueIdOrKey}`);
      const page = Array.isArray(json.comments) ? json.comments.map(toComment) : [];
      out.push(...page);
      startAt += page.length;
      if (page.length === 0 || startAt >= (typeof json.total === 'number' ? json.total : 0)) return out;
    }
  }

  async issue(issueIdOrKey: string): Promise<RawIssueHead> {
    return toIssueHead(await this.json(route`/rest/api/3/issue/${issueIdOrKey}?fields=${ISSUE_FIELDS.join(',')}&properties=${CONTACTS_PROPERTY}`, `issue ${issueIdOrKey}`));
  }

  async statuses(): Promise<RawStatus[]> {
    if (this.statusCache) return this.statusCache;
    const res = await this.requester.requestJira(route`/rest/api/3/status`);
    if (!res.ok) throw jiraFailure(res, 'statuses');
    const json = (await res.json()) as unknown;
    this.statusCache = Array.isArray(json) ? json.map(toStatus) : [];
    return this.statusCache;
  }

  async person(accountId: string): Promise<JiraPerson | null> {
    const res = await this.requester.requestJira(route`/rest/api/3/user?accountId=${accountId}&expand=groups`);
    if (res.status === 404) return null;
    if (!res.ok) throw jiraFailure(res, 'user');
    const json = (await res.json()) as { displayName?: unknown; groups?: { items?: { name?: unknown }[] } };
    const groups = (json.groups?.items ?? []).map((g) => (typeof g.name === 'string' ? g.name : '')).filter((g) => g !== '');
    return { accountId, displayName: typeof json.displayName === 'string' ? json.displayName : accountId, groups };
  }

  async setIssueProperty(issueIdOrKey: string, propertyKey: string, value: Readonly<Record<string, unknown>>): Promise<void> {
    await this.json(route`/rest/api/3/issue/${issueIdOrKey}/properties/${propertyKey}`, `property of ${issueIdOrKey}`, {
      method: 'PUT', headers: JSON_HEADERS, body: JSON.stringify(value),
    });
  }

  async approximateCount(jql: string): Promise<number> {
    const json = await this.post(route`/rest/api/3/search/approximate-count`, 'issue count', { jql });
    return typeof json.count === 'number' ? json.count : 0;
  }

  async projects(keys: readonly string[]): Promise<JiraProjectRef[]> {
    if (keys.length === 0) return [];
    const json = await this.json(route`/rest/api/3/project/search?keys=${keys.join(',')}&maxResults=100`, 'projects');
    const values = Array.isArray(json.values) ? (json.values as Json[]) : [];
    const text = (v: unknown): string => (typeof v === 'string' ? v : '');
    return values.map((p) => ({ key: text(p.key), name: text(p.name) || text(p.key) })).filter((p) => keys.includes(p.key));
  }
}
