// SlaJiraPort over Forge's requestJira, as the app: reads issues with full histories (search/jql +
// changelog/bulkfetch, comments, statuses, the authors' groups) and writes the `linebridge-sla` issue
// property. Caches statuses and roles for its own life (one invocation). Never logs response bodies.
import api, { route } from '@forge/api';
import { UpstreamError } from '../domain/errors';
import type { SlaIssuePage, SlaIssueSnapshot, SlaJiraPort, SlaReadOptions, SlaScanCursor } from '../domain/ports';
import type { StatusRef } from '../domain/model/sla/history';
import { SLA_PROPERTY_KEY, type SlaLiveState } from '../domain/model/sla/live-state';
import { jiraFailure } from './forge-http-errors';
import { accountIds, statusFromJson, toIssueHistory, type IssueJson } from './jira-sla-history';
import { allComments, bulkChangelogs, searchAll, SLA_FIELDS, type SearchResult } from './jira-sla-reads';
import { JiraRoles, type Requester } from './jira-sla-roles';

const projectClause = (keys: readonly string[]): string => `project in (${keys.map((k) => `"${k.replace(/["\\]/g, '')}"`).join(', ')})`;

export class ForgeSlaJira implements SlaJiraPort {
  private statuses: Promise<Map<string, StatusRef>> | undefined;
  private readonly roles: JiraRoles;

  constructor(private readonly requester: Requester) {
    this.roles = new JiraRoles(requester);
  }

  static asApp(): ForgeSlaJira {
    return new ForgeSlaJira(api.asApp());
  }

  private statusMap(): Promise<Map<string, StatusRef>> {
    if (this.statuses) return this.statuses;
    const loading = (async () => {
      const res = await this.requester.requestJira(route`/rest/api/3/status`);
      if (!res.ok) throw jiraFailure(res, 'statuses');
      const list = (await res.json()) as unknown[];
      return new Map(list.map(statusFromJson).map((s) => [s.id, s]));
    })();
    this.statuses = loading;
    void loading.catch(() => {
      if (this.statuses === loading) this.statuses = undefined; // a failed load is not cached
    });
    return loading;
  }

  private async snapshots(issues: readonly IssueJson[], opts: SlaReadOptions): Promise<SlaIssueSnapshot[]> {
    const [statuses, changelogs] = await Promise.all([this.statusMap(), bulkChangelogs(this.requester, issues.map((i) => String(i.id)))]);
    const comments = await Promise.all(issues.map((i) => allComments(this.requester, i)));
    const people = new Set<string>();
    issues.forEach((issue, n) => accountIds(issue, changelogs.get(String(issue.id)) ?? [], comments[n] ?? []).forEach((id) => people.add(id)));
    const roles = await this.roles.rolesOf([...people], opts);
    return issues.map((issue, n) => ({
      id: Number(issue.id),
      history: toIssueHistory(issue, changelogs.get(String(issue.id)) ?? [], comments[n] ?? [], { roles, statuses, fieldIds: opts.fieldIds }),
      storedState: issue.properties?.[SLA_PROPERTY_KEY],
    }));
  }

  async readIssue(issueKey: string, opts: SlaReadOptions): Promise<SlaIssueSnapshot> {
    const fields = [...SLA_FIELDS, ...opts.fieldIds].join(',');
    const res = await this.requester.requestJira(route`/rest/api/3/issue/${issueKey}?fields=${fields}&properties=${SLA_PROPERTY_KEY}`);
    if (!res.ok) throw jiraFailure(res, `issue ${issueKey}`);
    const [snapshot] = await this.snapshots([(await res.json()) as IssueJson], opts);
    if (!snapshot) throw jiraFailure(res, `issue ${issueKey}`);
    return snapshot;
  }

  async readIssues(projectKeys: readonly string[], cursor: SlaScanCursor, limit: number, opts: SlaReadOptions): Promise<SlaIssuePage> {
    if (projectKeys.length === 0) return { issues: [], next: cursor, isLast: true };
    const jql = `${projectClause(projectKeys)} ORDER BY id ASC`;
    const fields = [...SLA_FIELDS, ...opts.fieldIds];
    const size = Math.min(1000, limit);
    const after = (i: IssueJson): boolean => Number(i.id) > cursor.afterId;
    let found: SearchResult;
    try {
      found = await searchAll(this.requester, jql, fields, size, cursor.pageToken, after);
    } catch (error) {
      // An expired token: scan again from the start, skipping what is done (`id > N` needs issue N to exist).
      if (!(error instanceof UpstreamError && error.status === 400 && cursor.pageToken)) throw error;
      found = await searchAll(this.requester, jql, fields, size, null, after);
    }
    const issues = await this.snapshots(found.issues, opts);
    const lastId = issues.reduce((max, i) => Math.max(max, i.id), cursor.afterId);
    return { issues, next: { afterId: lastId, pageToken: found.nextPageToken }, isLast: found.isLast };
  }

  async countIssues(projectKeys: readonly string[]): Promise<number> {
    if (projectKeys.length === 0) return 0;
    const res = await this.requester.requestJira(route`/rest/api/3/search/approximate-count`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ jql: projectClause(projectKeys) }),
    });
    if (!res.ok) throw jiraFailure(res, 'issue count');
    const json = (await res.json()) as { count?: unknown };
    return typeof json.count === 'number' ? json.count : 0;
  }

  async findIssuesWithAlertDue(projectKeys: readonly string[], dueBy: number, max: number): Promise<string[]> {
    if (projectKeys.length === 0) return [];
    const jql = `${projectClause(projectKeys)} AND issue.property[${SLA_PROPERTY_KEY}].nextAlertAt <= ${Math.floor(dueBy)} ORDER BY id ASC`;
    const found = await searchAll(this.requester, jql, ['project'], max);
    return found.issues.map((i) => String(i.key));
  }

  async writeState(issueKey: string, state: SlaLiveState): Promise<void> {
    const res = await this.requester.requestJira(route`/rest/api/3/issue/${issueKey}/properties/${SLA_PROPERTY_KEY}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(state),
    });
    if (!res.ok) throw jiraFailure(res, `SLA state of ${issueKey}`);
  }
}
