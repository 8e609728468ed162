// IntakeJira over Forge's requestJira as the app: one issue with its incident property (GET issue with
// `properties=linebridge.incident`) and a bounded JQL search (POST search/jql), both mapped to what /status
// and /my show and what decides whether a chat may see the issue. Never logs bodies.
import api, { route } from '@forge/api';
import type { IntakeIssue, IntakeJira } from '../domain/use-cases/telegram/intake/ports';
import { INCIDENT_PROPERTY_KEY } from '../domain/model/template/incident';
import { jiraFailure } from './forge-http-errors';

type IssueJson = {
  id: string;
  key: string;
  self?: string;
  fields?: Record<string, unknown> & {
    summary?: string;
    status?: { name?: string; statusCategory?: { key?: string } };
    priority?: { name?: string } | null;
    project?: { key?: string };
  };
  properties?: Record<string, unknown>;
};

const CATEGORIES = ['new', 'indeterminate', 'done'] as const;
const FIELDS = ['summary', 'status', 'priority', 'project'];

function clientIdOf(json: IssueJson, fieldId: string | null): string | null {
  const prop = json.properties?.[INCIDENT_PROPERTY_KEY];
  if (typeof prop === 'object' && prop !== null) {
    const value = (prop as Record<string, unknown>).clientId;
    if (typeof value === 'string' && value !== '') return value;
  }
  const field = fieldId ? json.fields?.[fieldId] : undefined;
  return typeof field === 'string' && field !== '' ? field : null;
}

function toIssue(json: IssueJson, fieldId: string | null): IntakeIssue {
  const f = json.fields ?? {};
  const origin = json.self ? new URL(json.self).origin : '';
  const category = CATEGORIES.find((c) => c === f.status?.statusCategory?.key) ?? 'undefined';
  return {
    id: json.id, key: json.key, projectKey: f.project?.key ?? json.key.split('-')[0] ?? '', summary: f.summary ?? '', status: f.status?.name ?? '',
    statusCategory: category, priority: f.priority?.name ?? null, url: `${origin}/browse/${json.key}`, clientId: clientIdOf(json, fieldId),
  };
}

export class ForgeIntakeJira implements IntakeJira {
  private readonly jira = api.asApp();

  async issue(issueKey: string, clientIdFieldId: string | null): Promise<IntakeIssue | undefined> {
    const fields = [...FIELDS, ...(clientIdFieldId ? [clientIdFieldId] : [])].join(',');
    const res = await this.jira.requestJira(route`/rest/api/3/issue/${issueKey}?fields=${fields}&properties=${INCIDENT_PROPERTY_KEY}`);
    if (res.status === 404) return undefined;
    if (!res.ok) throw jiraFailure(res, `issue ${issueKey}`);
    return toIssue((await res.json()) as IssueJson, clientIdFieldId);
  }

  async search(jql: string, maxResults: number, clientIdFieldId: string | null): Promise<IntakeIssue[]> {
    const res = await this.jira.requestJira(route`/rest/api/3/search/jql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ jql, maxResults, fields: [...FIELDS, ...(clientIdFieldId ? [clientIdFieldId] : [])], properties: [INCIDENT_PROPERTY_KEY] }),
    });
    if (!res.ok) throw jiraFailure(res, 'issue search');
    const json = (await res.json()) as { issues?: IssueJson[] };
    return (json.issues ?? []).map((i) => toIssue(i, clientIdFieldId));
  }
}
