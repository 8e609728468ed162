// JiraConfigPort over Forge's requestJira, as the app: custom fields, their contexts and options, the
// projects' screens and the app's UI modifications. Used by provisioning only (an admin triggers it).
// Never logs response bodies; failures become typed errors (400 → ValidationError, see jiraFailure).
import api, { route, type RequestInit as ForgeRequestInit, type Response as ForgeResponse } from '@forge/api';
import { ValidationError } from '../domain/errors';
import type {
  JiraConfigPort, JiraFieldInfo, JiraProjectInfo, NewJiraField, UiModificationContext, UiModificationInfo, UiModificationInput,
} from '../domain/ports';
import { jiraFailure } from './forge-http-errors';

type Requester = { requestJira: (path: ReturnType<typeof route>, init?: ForgeRequestInit) => Promise<ForgeResponse> };
type Page<T> = { values?: T[]; isLast?: boolean };

const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };
const VIEW_TYPES: readonly UiModificationContext['viewType'][] = ['GIC', 'IssueView', 'IssueTransition'];
const MAX_PAGES = 20;

async function read<T>(res: ForgeResponse, what: string): Promise<T> {
  if (res.status === 400) throw new ValidationError(`Jira rejected ${what}`, { _: 'validation.jiraRejected' });
  if (!res.ok) throw jiraFailure(res, what);
  return res.status === 204 ? (undefined as T) : ((await res.json()) as T);
}

function toContext(raw: Record<string, unknown>): UiModificationContext[] {
  const viewType = VIEW_TYPES.find((v) => v === raw.viewType);
  if (typeof raw.projectId !== 'string' || typeof raw.issueTypeId !== 'string' || !viewType) return [];
  return [{ projectId: raw.projectId, issueTypeId: raw.issueTypeId, viewType }];
}

export class ForgeJiraConfig implements JiraConfigPort {
  constructor(private readonly requester: Requester) {}

  static asApp(): ForgeJiraConfig {
    return new ForgeJiraConfig(api.asApp());
  }

  private get<T>(path: ReturnType<typeof route>, what: string): Promise<T> {
    return this.requester.requestJira(path, { headers: { Accept: 'application/json' } }).then((res) => read<T>(res, what));
  }

  private send<T>(method: 'POST' | 'PUT', path: ReturnType<typeof route>, body: unknown, what: string): Promise<T> {
    return this.requester.requestJira(path, { method, headers: JSON_HEADERS, body: JSON.stringify(body) }).then((res) => read<T>(res, what));
  }

  /** Every page of a startAt/maxResults listing (bounded, so a misbehaving answer cannot loop forever). */
  private async all<T>(page: (startAt: number) => ReturnType<typeof route>, what: string): Promise<T[]> {
    const out: T[] = [];
    for (let i = 0; i < MAX_PAGES; i++) {
      const json = await this.get<Page<T>>(page(out.length), what);
      const values = json.values ?? [];
      out.push(...values);
      if (json.isLast !== false || values.length === 0) break;
    }
    return out;
  }

  async listFields(): Promise<JiraFieldInfo[]> {
    const json = await this.get<{ id: string; name: string; schema?: { custom?: string } }[]>(route`/rest/api/3/field`, 'field list');
    return json.map((f) => ({ id: f.id, name: f.name, ...(f.schema?.custom ? { customType: f.schema.custom } : {}) }));
  }

  async createField(field: NewJiraField): Promise<JiraFieldInfo> {
    const json = await this.send<{ id: string; name: string }>('POST', route`/rest/api/3/field`, field, `field ${field.name}`);
    return { id: json.id, name: json.name, customType: field.type };
  }

  async listFieldContexts(fieldId: string): Promise<{ id: string; isGlobal: boolean }[]> {
    const values = await this.all<{ id: string; isGlobalContext?: boolean }>((s) => route`/rest/api/3/field/${fieldId}/context?startAt=${s}`, `contexts of ${fieldId}`);
    return values.map((c) => ({ id: c.id, isGlobal: c.isGlobalContext === true })).sort((a, b) => Number(b.isGlobal) - Number(a.isGlobal));
  }

  async listContextOptions(fieldId: string, contextId: string): Promise<string[]> {
    const values = await this.all<{ value: string }>((s) => route`/rest/api/3/field/${fieldId}/context/${contextId}/option?startAt=${s}`, `options of ${fieldId}`);
    return values.map((o) => o.value);
  }

  async addContextOptions(fieldId: string, contextId: string, values: readonly string[]): Promise<void> {
    await this.send('POST', route`/rest/api/3/field/${fieldId}/context/${contextId}/option`, { options: values.map((value) => ({ value })) }, `options of ${fieldId}`);
  }

  async getProject(projectKey: string): Promise<JiraProjectInfo> {
    const json = await this.get<{ id: string; key: string; issueTypes?: { id: string; name: string }[] }>(route`/rest/api/3/project/${projectKey}`, `project ${projectKey}`);
    return { id: json.id, key: json.key, issueTypes: (json.issueTypes ?? []).map((t) => ({ id: t.id, name: t.name })) };
  }

  async listProjectScreens(projectId: string): Promise<{ id: number; name: string }[]> {
    const schemes = await this.all<{ issueTypeScreenScheme: { id: string } }>((s) => route`/rest/api/3/issuetypescreenscheme/project?projectId=${projectId}&startAt=${s}`, 'issue type screen schemes');
    const schemeIds = [...new Set(schemes.map((s) => s.issueTypeScreenScheme.id))];
    const mappings = (await Promise.all(schemeIds.map((id) => this.all<{ screenSchemeId: string }>((s) => route`/rest/api/3/issuetypescreenscheme/mapping?issueTypeScreenSchemeId=${id}&startAt=${s}`, 'screen scheme mappings')))).flat();
    const screenSchemeIds = [...new Set(mappings.map((m) => m.screenSchemeId))];
    const screens = await Promise.all(screenSchemeIds.map((id) => this.all<{ screens?: Record<string, number> }>((s) => route`/rest/api/3/screenscheme?id=${id}&startAt=${s}`, 'screen schemes')));
    const ids = [...new Set(screens.flat().flatMap((s) => Object.values(s.screens ?? {})))];
    if (ids.length === 0) return [];
    const query = new URLSearchParams(ids.map((id): [string, string] => ['id', String(id)]));
    const found = await this.all<{ id: number; name: string }>((s) => route`/rest/api/3/screens?${query}&startAt=${s}`, 'screens');
    return found.map((s) => ({ id: s.id, name: s.name }));
  }

  async listScreenTabs(screenId: number): Promise<{ id: number; name: string }[]> {
    return this.get(route`/rest/api/3/screens/${String(screenId)}/tabs`, `tabs of screen ${screenId}`);
  }

  async listTabFields(screenId: number, tabId: number): Promise<string[]> {
    const json = await this.get<{ id: string }[]>(route`/rest/api/3/screens/${String(screenId)}/tabs/${String(tabId)}/fields`, `fields of screen ${screenId}`);
    return json.map((f) => f.id);
  }

  async addTabField(screenId: number, tabId: number, fieldId: string): Promise<void> {
    await this.send('POST', route`/rest/api/3/screens/${String(screenId)}/tabs/${String(tabId)}/fields`, { fieldId }, `field ${fieldId} on screen ${screenId}`);
  }

  async listPriorities(): Promise<{ id: string; name: string }[]> {
    const json = await this.get<{ id: string; name: string }[]>(route`/rest/api/3/priority`, 'priorities');
    return json.map((p) => ({ id: p.id, name: p.name }));
  }

  async listUiModifications(): Promise<UiModificationInfo[]> {
    const values = await this.all<{ id: string; name: string; data?: string; contexts?: Record<string, unknown>[] }>((s) => route`/rest/api/3/uiModifications?expand=data,contexts&startAt=${s}`, 'UI modifications');
    return values.map((m) => ({ id: m.id, name: m.name, ...(m.data !== undefined ? { data: m.data } : {}), contexts: (m.contexts ?? []).flatMap(toContext) }));
  }

  async createUiModification(input: UiModificationInput): Promise<string> {
    const json = await this.send<{ id: string }>('POST', route`/rest/api/3/uiModifications`, input, `UI modification ${input.name}`);
    return json.id;
  }

  async updateUiModification(id: string, input: UiModificationInput): Promise<void> {
    await this.send('PUT', route`/rest/api/3/uiModifications/${id}`, input, `UI modification ${input.name}`);
  }
}
