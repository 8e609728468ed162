// SLA definitions: per metric, when a cycle starts, pauses and stops, and the goal per priority (optionally
// narrowed by project, issue type or label). Plain data, validated by parse-definitions.ts.
import type { StatusCategoryKey } from '../../../shared/contract';
import type { AuthorRole } from './history';

export const SLA_METRICS = ['firstResponse', 'resolution', 'handoff'] as const;
export type SlaMetric = (typeof SLA_METRICS)[number];

/**
 * A condition on the issue's fields at one moment. `field` names: "priority", "line", "assignee"
 * (account id), "assigneeRole" (line1/line2/client/other), or a custom field id from the history.
 */
export type StatePredicate =
  | { readonly kind: 'status'; readonly statuses: readonly string[] }
  | { readonly kind: 'statusCategory'; readonly categories: readonly StatusCategoryKey[] }
  | { readonly kind: 'field'; readonly field: string; readonly values: readonly (string | null)[] };

/** Something that happens at an instant: starts or stops a cycle. */
export type Trigger =
  /** The issue was created. */
  | { readonly kind: 'created' }
  /** A status moved from the done category back to another one. */
  | { readonly kind: 'reopened' }
  /** The predicate turned from false to true (at creation: is true), optionally by a person of these roles. */
  | { readonly kind: 'becomes'; readonly when: StatePredicate; readonly byRoles?: readonly AuthorRole[] }
  /** Any status change made by a person of these roles. */
  | { readonly kind: 'transition'; readonly byRoles: readonly AuthorRole[] }
  /** A comment by a person of these roles; `visibility` absent = either. */
  | { readonly kind: 'comment'; readonly byRoles: readonly AuthorRole[]; readonly visibility?: 'public' | 'internal' };

/** A goal: the target for one priority, optionally only for some projects, issue types or labels. */
export type SlaGoal = {
  readonly priority: string;
  readonly targetMinutes: number;
  readonly projectKeys?: readonly string[];
  readonly issueTypes?: readonly string[];
  readonly labels?: readonly string[];
};

export type SlaDefinition = {
  readonly metric: SlaMetric;
  readonly start: readonly Trigger[];
  readonly stop: readonly Trigger[];
  /** The clock does not count while any of these holds. */
  readonly pause: readonly StatePredicate[];
  readonly goals: readonly SlaGoal[];
  /** Warn when this share of the target has elapsed (1–99). */
  readonly warnAtPercent: number;
};
