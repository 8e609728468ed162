// Ports: what the domain needs from the outside world. Adapters in src/adapters implement them for
// Forge (production), memory (tests) and the sandbox runs the Forge ones through the runtime seam.
import type { AdfDoc } from './model/template/adf';
import type { IssueHistory } from './model/sla/history';
import type { SlaLiveState } from './model/sla/live-state';

export interface Clock {
  now(): Date;
}

export interface Logger {
  info(message: string, fields?: Readonly<Record<string, unknown>>): void;
  warn(message: string, fields?: Readonly<Record<string, unknown>>): void;
  error(message: string, fields?: Readonly<Record<string, unknown>>): void;
}

export type StoredEntry<T> = { readonly key: string; readonly value: T };

/** Key-value storage (Forge KVS in production). Values must stay under the platform limit. */
export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
  /** Keys starting with `prefix`, in key order, one page at a time. */
  list<T>(prefix: string, cursor?: string, limit?: number): Promise<{ entries: StoredEntry<T>[]; cursor?: string }>;
}

/** Secrets (Forge `kvs.setSecret`): never returned to a browser, never logged. */
export interface SecretStore {
  getSecret(key: string): Promise<string | undefined>;
  setSecret(key: string, value: string): Promise<void>;
  deleteSecret(key: string): Promise<void>;
}

export type JiraStatusView = {
  readonly id: string;
  readonly name: string;
  readonly categoryKey: 'new' | 'indeterminate' | 'done' | 'undefined';
};

export type JiraIssueView = {
  readonly id: string;
  readonly key: string;
  readonly summary: string;
  readonly status: JiraStatusView;
  readonly projectKey: string;
};

export type JiraPermission = 'ADMINISTER' | 'BROWSE_PROJECTS' | 'ADMINISTER_PROJECTS';

/** A value LineBridge writes to a Jira field: text, number, ADF (multi-line fields), select option, date-time text. */
export type JiraFieldValue = string | number | AdfDoc | { readonly value: string };

/** An issue to create. Project and issue type by key and name: their ids differ per site. */
export type NewIssue = {
  readonly projectKey: string;
  readonly issueTypeName: string;
  readonly summary: string;
  readonly description: AdfDoc;
  readonly priorityName?: string;
  readonly labels: readonly string[];
  readonly components: readonly string[];
  /** Jira field id (`customfield_10050`) → value. */
  readonly customFields: Readonly<Record<string, JiraFieldValue>>;
  /** Issue properties written with the issue (`properties` of POST /rest/api/3/issue). */
  readonly properties: readonly { readonly key: string; readonly value: Readonly<Record<string, unknown>> }[];
};

export type CreatedIssue = { readonly id: string; readonly key: string };

/** Jira as seen by the domain. `as` chooses who the request runs as: the calling user or the app. */
export interface JiraPort {
  getIssue(issueKey: string): Promise<JiraIssueView>;
  /** Total number of changelog entries of the issue. */
  countChangelog(issueKey: string): Promise<number>;
  hasGlobalPermission(permission: JiraPermission): Promise<boolean>;
  /**
   * POST /rest/api/3/issue. Jira's 400 becomes a ValidationError whose fieldErrors are keyed by Jira field id
   * (`summary`, `customfield_10050`; `_` for messages without a field), each `validation.jiraRejected`.
   */
  createIssue(issue: NewIssue): Promise<CreatedIssue>;
  /** POST /rest/api/3/search/jql: the first `maxResults` issues matching a bounded JQL query. */
  searchIssues(jql: string, maxResults: number): Promise<JiraIssueView[]>;
}

/** Issue properties, read as the caller (404 → undefined: no such property, or no such issue for them). */
export interface IssuePropertyReader {
  getIssueProperty(issueKey: string, propertyKey: string): Promise<unknown>;
}

/** A field as GET /rest/api/3/field lists it; `customType` is the full type key of a custom field. */
export type JiraFieldInfo = { readonly id: string; readonly name: string; readonly customType?: string };
export type NewJiraField = { readonly name: string; readonly description: string; readonly type: string; readonly searcherKey: string };
export type JiraProjectInfo = { readonly id: string; readonly key: string; readonly issueTypes: readonly { readonly id: string; readonly name: string }[] };
export type UiModificationContext = { readonly projectId: string; readonly issueTypeId: string; readonly viewType: 'GIC' | 'IssueView' | 'IssueTransition' };
export type UiModificationInfo = {
  readonly id: string;
  readonly name: string;
  readonly data?: string;
  readonly contexts: readonly UiModificationContext[];
};
export type UiModificationInput = Omit<UiModificationInfo, 'id'> & { readonly description: string };

/** Jira site configuration (fields, contexts, screens, UI modifications), as the app: provisioning only. */
export interface JiraConfigPort {
  listFields(): Promise<JiraFieldInfo[]>;
  createField(field: NewJiraField): Promise<JiraFieldInfo>;
  /** Contexts of a custom field; the global one (all projects, all issue types) first. */
  listFieldContexts(fieldId: string): Promise<{ readonly id: string; readonly isGlobal: boolean }[]>;
  listContextOptions(fieldId: string, contextId: string): Promise<string[]>;
  addContextOptions(fieldId: string, contextId: string, values: readonly string[]): Promise<void>;
  getProject(projectKey: string): Promise<JiraProjectInfo>;
  /** The screens the project's issue type screen scheme uses (create, edit, view, default). */
  listProjectScreens(projectId: string): Promise<{ readonly id: number; readonly name: string }[]>;
  listScreenTabs(screenId: number): Promise<{ readonly id: number; readonly name: string }[]>;
  listTabFields(screenId: number, tabId: number): Promise<string[]>;
  addTabField(screenId: number, tabId: number, fieldId: string): Promise<void>;
  listPriorities(): Promise<{ readonly id: string; readonly name: string }[]>;
  listUiModifications(): Promise<UiModificationInfo[]>;
  createUiModification(input: UiModificationInput): Promise<string>;
  updateUiModification(id: string, input: UiModificationInput): Promise<void>;
}

export type QueuedJob = { readonly kind: string; readonly body: Readonly<Record<string, unknown>>; readonly delaySeconds?: number };

export interface JobQueue {
  push(jobs: readonly QueuedJob[]): Promise<void>;
}

/** An issue as the SLA engine reads it: its full history and the live state stored on it (unparsed). */
export type SlaIssueSnapshot = { readonly id: number; readonly history: IssueHistory; readonly storedState: unknown };

export type SlaReadOptions = {
  /** Jira groups whose members count as line 1 and line 2 (authors of changes and comments). */
  readonly line1Group: string;
  readonly line2Group: string;
  /** Custom field ids the SLA conditions test: their values and changes go into the history. */
  readonly fieldIds: readonly string[];
};

/** Where a scan of the projects' issues (by id, ascending) resumes. */
export type SlaScanCursor = {
  /** Issues up to this id are done. */
  readonly afterId: number;
  /** Jira's nextPageToken for the rest of the scan; when Jira refuses it (expired), the scan resumes after `afterId`. */
  readonly pageToken: string | null;
};

export type SlaIssuePage = {
  readonly issues: readonly SlaIssueSnapshot[];
  /** Where the next page starts; unchanged when the page is empty. */
  readonly next: SlaScanCursor;
  readonly isLast: boolean;
};

/** Jira as the SLA engine needs it (as the app): full histories, the indexed live-state property. */
export interface SlaJiraPort {
  readIssue(issueKey: string, opts: SlaReadOptions): Promise<SlaIssueSnapshot>;
  /** The next ≤ `limit` (≤ 1000) issues of the projects after `cursor`, by id, with full histories. */
  readIssues(projectKeys: readonly string[], cursor: SlaScanCursor, limit: number, opts: SlaReadOptions): Promise<SlaIssuePage>;
  countIssues(projectKeys: readonly string[]): Promise<number>;
  /** Keys of issues whose stored state has an alert due at or before `dueBy` (JQL on the indexed property). */
  findIssuesWithAlertDue(projectKeys: readonly string[], dueBy: number, max: number): Promise<string[]>;
  writeState(issueKey: string, state: SlaLiveState): Promise<void>;
}
