// IssueReader over Forge's requestJira as the app: the issue as a notification shows it, a comment with
// whether it is internal (role/group visibility, JSM `jsdPublic: false` or the `sd.public.comment`
// property), a user's display name and the status categories. Never logs bodies.
import api, { route } from '@forge/api';
import { INCIDENT_PROPERTY_KEY } from '../domain/model/template/incident';
import type { IssueSnapshot } from '../domain/model/telegram/events';
import type { CommentView, IssueReader } from '../domain/ports-telegram';
import type { StatusCategory } from '../domain/rules/telegram/changelog-to-events';
import { jiraFailure } from './forge-http-errors';

type IssueJson = {
  id: string;
  key: string;
  self?: string;
  fields: {
    summary?: string;
    status?: { name?: string };
    priority?: { name?: string } | null;
    issuetype?: { name?: string };
    project?: { key?: string };
  } & Record<string, unknown>;
  properties?: Record<string, unknown>;
};

type CommentJson = {
  id: string;
  body?: unknown;
  author?: { displayName?: string };
  created?: string;
  visibility?: unknown;
  jsdPublic?: boolean;
  properties?: Array<{ key?: string; value?: { internal?: unknown } }>;
};

/** Plain text of an ADF document (or a string body, as some payloads carry). */
export function adfText(node: unknown): string {
  if (typeof node === 'string') return node;
  if (typeof node !== 'object' || node === null) return '';
  const n = node as { type?: string; text?: string; content?: unknown[]; attrs?: { text?: string } };
  if (n.type === 'text') return n.text ?? '';
  if (n.type === 'hardBreak') return '\n';
  if (n.type === 'mention') return n.attrs?.text ?? '';
  const inner = (n.content ?? []).map(adfText).join('');
  return ['paragraph', 'heading', 'listItem', 'codeBlock', 'blockquote'].includes(n.type ?? '') ? `${inner}\n` : inner;
}

function isInternal(c: CommentJson): boolean {
  if (c.visibility !== undefined && c.visibility !== null) return true;
  if (c.jsdPublic === false) return true;
  return (c.properties ?? []).some((p) => p.key === 'sd.public.comment' && p.value?.internal === true);
}

/** The incident property's client ID, else the Client ID field's (as /status decides it: forge-jira-intake.ts). */
function clientIdOf(json: IssueJson, fieldId: string | null): string | null {
  const prop = json.properties?.[INCIDENT_PROPERTY_KEY];
  const fromProperty = typeof prop === 'object' && prop !== null ? (prop as Record<string, unknown>).clientId : undefined;
  if (typeof fromProperty === 'string' && fromProperty.trim() !== '') return fromProperty.trim();
  const field = fieldId ? json.fields[fieldId] : undefined;
  return typeof field === 'string' && field.trim() !== '' ? field.trim() : null;
}

export class ForgeIssueReader implements IssueReader {
  private readonly jira = api.asApp();
  private readonly names = new Map<string, string | null>();

  async issue(issueIdOrKey: string, withClient?: { readonly clientIdFieldId: string | null }): Promise<IssueSnapshot> {
    const fieldId = withClient?.clientIdFieldId ?? null;
    const fields = ['summary', 'status', 'priority', 'issuetype', 'project', ...(fieldId ? [fieldId] : [])].join(',');
    const res = withClient
      ? await this.jira.requestJira(route`/rest/api/3/issue/${issueIdOrKey}?fields=${fields}&properties=${INCIDENT_PROPERTY_KEY}`)
      : await this.jira.requestJira(route`/rest/api/3/issue/${issueIdOrKey}?fields=${fields}`);
    if (!res.ok) throw jiraFailure(res, `issue ${issueIdOrKey}`);
    const json = (await res.json()) as IssueJson;
    const origin = json.self ? new URL(json.self).origin : '';
    return {
      id: json.id, key: json.key, summary: json.fields.summary ?? '', url: `${origin}/browse/${json.key}`,
      projectKey: json.fields.project?.key ?? json.key.split('-')[0] ?? '', issueType: json.fields.issuetype?.name ?? '',
      priority: json.fields.priority?.name ?? null, status: json.fields.status?.name ?? '',
      ...(withClient ? { clientId: clientIdOf(json, fieldId) } : {}),
    };
  }

  async comment(issueId: string, commentId: string): Promise<CommentView | undefined> {
    const res = await this.jira.requestJira(route`/rest/api/3/issue/${issueId}/comment/${commentId}?expand=properties`);
    if (res.status === 404) return undefined;
    if (!res.ok) throw jiraFailure(res, `comment ${commentId}`);
    const json = (await res.json()) as CommentJson;
    const created = json.created ? Date.parse(json.created) : NaN;
    return {
      id: json.id, text: adfText(json.body).trim(), internal: isInternal(json), author: json.author?.displayName ?? null,
      created: Number.isNaN(created) ? Date.now() : created,
      fromTelegram: (json.properties ?? []).some((p) => p.key === 'linebridge.telegram'),
    };
  }

  async userName(accountId: string): Promise<string | null> {
    if (this.names.has(accountId)) return this.names.get(accountId) ?? null;
    const res = await this.jira.requestJira(route`/rest/api/3/user?accountId=${accountId}`);
    const name = res.ok ? (((await res.json()) as { displayName?: string }).displayName ?? null) : null;
    this.names.set(accountId, name);
    return name;
  }

  async statusCategories(): Promise<Readonly<Record<string, StatusCategory>>> {
    const res = await this.jira.requestJira(route`/rest/api/3/status`);
    if (!res.ok) throw jiraFailure(res, 'statuses');
    const list = (await res.json()) as Array<{ id?: string; statusCategory?: { key?: string } }>;
    const known: readonly StatusCategory[] = ['new', 'indeterminate', 'done'];
    return Object.fromEntries(list.map((s) => [s.id ?? '', known.find((k) => k === s.statusCategory?.key) ?? 'undefined']));
  }
}
