// An issue's history as plain data: what the SLA clock reads. Built by adapters from Jira's changelog and
// comments; the clock never fetches anything. Instants are epoch milliseconds (UTC), ids are stable (dedupe).
import type { StatusCategoryKey } from '../../../shared/contract';

/** Who a person is for the support process. Adapters resolve it from group membership. */
export type AuthorRole = 'line1' | 'line2' | 'client' | 'other';
export type SupportLine = 'line1' | 'line2';

export type StatusRef = { readonly id: string; readonly name: string; readonly category: StatusCategoryKey };
export type Actor = { readonly accountId: string; readonly role: AuthorRole };

type EventBase = {
  /** Stable across fetches (e.g. `${changelogId}:${itemIndex}`, `comment:${commentId}`): duplicates are dropped. */
  readonly id: string;
  readonly at: number;
  /** Who made the change; absent for automation or unknown authors. */
  readonly actor?: Actor;
};

export type StatusChange = EventBase & { readonly kind: 'status'; readonly from?: StatusRef; readonly to: StatusRef };
export type PriorityChange = EventBase & { readonly kind: 'priority'; readonly from?: string; readonly to: string };
export type AssigneeChange = EventBase & {
  readonly kind: 'assignee';
  readonly from?: Actor | null;
  readonly to: Actor | null;
};
export type LineChange = EventBase & {
  readonly kind: 'line';
  readonly from?: SupportLine | null;
  readonly to: SupportLine | null;
};
export type FieldChange = EventBase & {
  readonly kind: 'field';
  readonly fieldId: string;
  readonly from?: string | null;
  readonly to: string | null;
};
export type CommentAdded = EventBase & {
  readonly kind: 'comment';
  readonly author: Actor;
  readonly visibility: 'public' | 'internal';
};

export type HistoryEvent = StatusChange | PriorityChange | AssigneeChange | LineChange | FieldChange | CommentAdded;

/** The issue's fields at creation; events are applied on top of it. */
export type InitialState = {
  readonly status: StatusRef;
  /** Priority name as Jira shows it ("Critical"); goals match it case-insensitively. */
  readonly priority: string;
  readonly assignee: Actor | null;
  readonly line: SupportLine | null;
  /** Other fields start/pause/stop conditions may test (custom field id → value). */
  readonly fields?: Readonly<Record<string, string | null>>;
};

export type IssueHistory = {
  readonly issueKey: string;
  readonly projectKey: string;
  readonly issueType: string;
  readonly labels: readonly string[];
  readonly created: number;
  readonly createdBy?: Actor;
  readonly initial: InitialState;
  /** In any order, duplicates allowed: the clock sorts by (at, id) and keeps one event per id. */
  readonly events: readonly HistoryEvent[];
};

/** The issue's fields at one point of the replay. */
export type IssueState = {
  readonly status: StatusRef;
  readonly priority: string;
  readonly assignee: Actor | null;
  readonly line: SupportLine | null;
  readonly fields: Readonly<Record<string, string | null>>;
};
