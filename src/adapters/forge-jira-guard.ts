// GuardJiraPort over Forge's requestJira, as the app: the workflow's transitions and their screens
// (GET /rest/api/3/workflows/search), the project's style, and the field/screen calls of ForgeJiraConfig.
// Never logs response bodies; failures become typed errors (see jiraFailure).
import api, { route, type RequestInit as ForgeRequestInit, type Response as ForgeResponse } from '@forge/api';
import type { JiraFieldInfo, JiraProjectInfo, UiModificationInfo, UiModificationInput } from '../domain/ports';
import type { GuardJiraPort, WorkflowTransitionInfo } from '../domain/ports-guard';
import { ForgeJiraConfig } from './forge-jira-config';
import { jiraFailure } from './forge-http-errors';

type Requester = { requestJira: (path: ReturnType<typeof route>, init?: ForgeRequestInit) => Promise<ForgeResponse> };
type RawTransition = { id?: unknown; name?: unknown; toStatusReference?: unknown; links?: { fromStatusReference?: unknown }[]; transitionScreen?: { parameters?: { screenId?: unknown } } };
type SearchPage = { values?: { transitions?: RawTransition[] }[]; statuses?: { statusReference?: unknown; id?: unknown; name?: unknown }[]; isLast?: boolean };

const MAX_PAGES = 10;
const str = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

export class ForgeJiraGuard implements GuardJiraPort {
  private readonly config: ForgeJiraConfig;

  constructor(private readonly requester: Requester) {
    this.config = new ForgeJiraConfig(requester);
  }

  static asApp(): ForgeJiraGuard {
    return new ForgeJiraGuard(api.asApp());
  }

  private async get<T>(path: ReturnType<typeof route>, what: string): Promise<T> {
    const res = await this.requester.requestJira(path, { headers: { Accept: 'application/json' } });
    if (!res.ok) throw jiraFailure(res, what);
    return (await res.json()) as T;
  }

  listFields(): Promise<JiraFieldInfo[]> {
    return this.config.listFields();
  }

  async projectStyle(projectKey: string): Promise<'company-managed' | 'team-managed'> {
    const json = await this.get<{ style?: string; simplified?: boolean }>(route`/rest/api/3/project/${projectKey}`, `project ${projectKey}`);
    return json.simplified === true || json.style === 'next-gen' ? 'team-managed' : 'company-managed';
  }

  async listWorkflowTransitions(): Promise<WorkflowTransitionInfo[]> {
    const out: WorkflowTransitionInfo[] = [];
    for (let page = 0, startAt = 0; page < MAX_PAGES; page++) {
      const json = await this.get<SearchPage>(route`/rest/api/3/workflows/search?expand=values.transitions&startAt=${startAt}&maxResults=50`, 'workflows');
      const names = new Map((json.statuses ?? []).map((s) => [str(s.statusReference ?? s.id), str(s.name)]));
      const values = json.values ?? [];
      for (const t of values.flatMap((w) => w.transitions ?? [])) {
        const screen = Number(str(t.transitionScreen?.parameters?.screenId));
        out.push({
          id: str(t.id), name: str(t.name), toStatus: names.get(str(t.toStatusReference)) ?? str(t.toStatusReference),
          fromStatuses: (t.links ?? []).map((l) => names.get(str(l.fromStatusReference)) ?? str(l.fromStatusReference)),
          screenId: Number.isInteger(screen) && screen > 0 ? screen : null,
        });
      }
      startAt += values.length;
      if (json.isLast !== false || values.length === 0) break;
    }
    return out;
  }

  listScreenTabs(screenId: number): Promise<{ id: number; name: string }[]> {
    return this.config.listScreenTabs(screenId);
  }

  listTabFields(screenId: number, tabId: number): Promise<string[]> {
    return this.config.listTabFields(screenId, tabId);
  }

  addTabField(screenId: number, tabId: number, fieldId: string): Promise<void> {
    return this.config.addTabField(screenId, tabId, fieldId);
  }

  listFieldContexts(fieldId: string): Promise<{ id: string; isGlobal: boolean }[]> {
    return this.config.listFieldContexts(fieldId);
  }

  listContextOptions(fieldId: string, contextId: string): Promise<string[]> {
    return this.config.listContextOptions(fieldId, contextId);
  }

  addContextOptions(fieldId: string, contextId: string, values: readonly string[]): Promise<void> {
    return this.config.addContextOptions(fieldId, contextId, values);
  }

  getProject(projectKey: string): Promise<JiraProjectInfo> {
    return this.config.getProject(projectKey);
  }

  listUiModifications(): Promise<UiModificationInfo[]> {
    return this.config.listUiModifications();
  }

  createUiModification(input: UiModificationInput): Promise<string> {
    return this.config.createUiModification(input);
  }

  updateUiModification(id: string, input: UiModificationInput): Promise<void> {
    return this.config.updateUiModification(id, input);
  }
}
