// Ports: what the domain needs from the outside world. Adapters in src/adapters implement them for
// Forge (production), memory (tests) and the sandbox runs the Forge ones through the runtime seam.
import type { AdfDoc } from './model/template/adf';

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

export type QueuedJob = { readonly kind: string; readonly body: Readonly<Record<string, unknown>>; readonly delaySeconds?: number };

export interface JobQueue {
  push(jobs: readonly QueuedJob[]): Promise<void>;
}
