// What the JQL compiler needs from the Jira stand-in: a flat view of one issue and a resolver for names.
// These are ports: the stand-in implements them over its storage; this module never reads storage itself.

export type JqlUserView = {
  readonly accountId: string;
  readonly displayName: string;
  readonly emailAddress?: string;
};

export type JqlIssueView = {
  /** Numeric id as a string, e.g. "10001". */
  readonly id: string;
  /** e.g. "SUP-12". */
  readonly key: string;
  readonly projectKey: string;
  /** Status name, e.g. "In Progress". */
  readonly status: string;
  /** Jira's status category key: `new`, `indeterminate`, `done` (or `undefined`). */
  readonly statusCategoryKey: string;
  /** Priority name, or null. */
  readonly priority: string | null;
  readonly issueType: string;
  readonly assignee: JqlUserView | null;
  readonly reporter: JqlUserView | null;
  readonly labels: readonly string[];
  /** Epoch milliseconds. */
  readonly created: number;
  readonly updated: number;
  readonly resolved: number | null;
  /** Resolution name, null when unresolved. */
  readonly resolution: string | null;
  readonly summary: string;
  /** Plain text of the description (ADF flattened by the caller), or null. */
  readonly description: string | null;
  /** Plain text of the comments, searched by `comment ~` and `text ~`. */
  readonly comments?: readonly string[];
  /**
   * Custom field values by id (`customfield_10010`): text → string, number → number, date/datetime → epoch ms
   * or ISO string, option → string or string[], user → accountId or accountId[], labels → string[].
   */
  readonly customFields: Readonly<Record<string, unknown>>;
  /** Issue entity properties by key (parsed JSON). */
  readonly properties: Readonly<Record<string, unknown>>;
};

export type JqlCustomFieldType = 'text' | 'number' | 'date' | 'datetime' | 'option' | 'user' | 'labels';

export type JqlCustomField = {
  /** `customfield_10010`. */
  readonly id: string;
  readonly name: string;
  readonly type: JqlCustomFieldType;
  /** Allowed option values (option fields); when given, unknown values are rejected as Jira does. */
  readonly options?: readonly string[];
};

/** Index types of `jira:entityProperty` extractions. */
export type JqlPropertyType = 'number' | 'string' | 'text' | 'user' | 'date';

export type JqlPropertyAlias = { readonly key: string; readonly path: string; readonly type: JqlPropertyType };

export type JqlPriority = {
  readonly name: string;
  /** Jira's priority sequence: 1 is the most important. */
  readonly sequence: number;
};

export interface JqlResolver {
  /** Current time, epoch ms (date functions and relative dates). */
  now(): number;
  /** accountId of the caller, or null when anonymous (currentUser() then matches nothing). */
  currentUser(): string | null;
  /** First day of the week for startOfWeek()/endOfWeek(): 0 Sunday (default), 1 Monday. */
  readonly weekStartsOn?: 0 | 1;
  /** Project key for a key, name or id (case-insensitive), or null. */
  findProject(value: string): string | null;
  /** Status name for a name or id (case-insensitive), or null. */
  findStatus(value: string): string | null;
  findPriority(value: string): JqlPriority | null;
  findIssueType(value: string): string | null;
  findResolution(value: string): string | null;
  /** accountIds of the users matching an accountId, display name or email (case-insensitive); empty when none. */
  findUsers(value: string): readonly string[];
  /** A custom field by name (case-insensitive), `customfield_N` or bare number N, or null. */
  findCustomField(nameOrId: string): JqlCustomField | null;
  /** A `jira:entityProperty` search alias, or null. */
  findPropertyAlias(name: string): JqlPropertyAlias | null;
  /** Index type of `issue.property[key].path`, or null when that path is not indexed (then nothing matches). */
  propertyType(key: string, path: string): JqlPropertyType | null;
  /** When present, `key = X` / `id = N` for a missing issue is rejected as Jira does. */
  issueExists?(keyOrId: string): boolean;
}
