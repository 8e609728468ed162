// Transition-guard rules (issue 5): which fields a transition requires, per project and issue type.
// Data only. Field references are logical keys (resolved by provisioning), system ids or Jira field ids.
import type { LocalizedText, LogicalFieldKey } from '../template/types';

/** System fields a rule may require, with the value shape the check reads. */
export const SYSTEM_FIELD_IDS = ['summary', 'description', 'assignee', 'resolution', 'labels', 'components', 'priority'] as const;
export type SystemFieldId = (typeof SYSTEM_FIELD_IDS)[number];

export type GuardFieldRef =
  | { readonly kind: 'system'; readonly id: SystemFieldId }
  | { readonly kind: 'logical'; readonly key: LogicalFieldKey }
  | { readonly kind: 'jira'; readonly fieldId: string };

/** nonEmpty: text with at least one non-blank character; minLength: at least `minLength` characters (trimmed). */
export const GUARD_CHECKS = ['nonEmpty', 'minLength', 'dateSet', 'optionSelected'] as const;
export type GuardCheck = (typeof GUARD_CHECKS)[number];

export type GuardField = {
  readonly ref: GuardFieldRef;
  readonly check: GuardCheck;
  readonly minLength?: number;
  /** The field's name in the validator's message, per language. */
  readonly label: LocalizedText;
};

/** A transition is chosen by its id, or by its target status (optionally only from some statuses). */
export type GuardTarget =
  | { readonly kind: 'transition'; readonly transitionId: string }
  | { readonly kind: 'status'; readonly toStatus: string; readonly fromStatuses: readonly string[] };

export type GuardRule = {
  readonly id: string;
  readonly projectKey: string;
  /** Empty: every issue type of the project. */
  readonly issueTypeName: string | null;
  readonly target: GuardTarget;
  readonly fields: readonly GuardField[];
  /** Only when the issue's priority is one of these (empty: always). */
  readonly priorityNames: readonly string[];
  /**
   * A comment must be written on the transition screen (a reopen's "why"). Jira expressions see it as the
   * one comment of `issue.comments` whose id is null; reading comments is 1 of Jira's 10 expensive operations.
   */
  readonly requireComment: boolean;
  /** `{fields}` is replaced by the missing fields' names. */
  readonly message: LocalizedText;
};

export type TransitionGuardSettings = {
  readonly rules: readonly GuardRule[];
  /** Options of the reopen-reason select (the provisioned field gets them). */
  readonly reopenReasons: readonly string[];
};
