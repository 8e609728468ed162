// Ports of the inline-button handlers (issues 7 and 8): Jira as the app on behalf of a linked person, the
// issue reads a notification needs, and the recomputations Jira's product events would cause if the app's
// own changes were not filtered out (`ignoreSelf`).
import type { IssueReader } from '../../../ports-telegram';
import type { IssueLinesDeps } from '../../lines/issue-lines';

export type AssignCheck = { readonly key: string; readonly assignee: string | null; readonly assignable: boolean };

/** Assigning an issue as the app, for a person who tapped "Assign to me". */
export interface IssueAssigner {
  /** The issue's key, assignee, and whether the person may be assigned it; undefined when they cannot see it. */
  inspect(issueId: string, accountId: string): Promise<AssignCheck | undefined>;
  assign(issueId: string, accountId: string): Promise<void>;
}

export type CallbackPorts = {
  readonly assigner: IssueAssigner;
  /** Jira reads as the app: the issue as a notification shows it, display names. */
  readonly issues: IssueReader;
  /** The support-lines services acting for this Jira person (what they may see is asked of Jira for them). */
  readonly linesFor: (accountId: string) => IssueLinesDeps;
  /** SLA and support-lines facts after the app changed an issue (its own product events are not delivered). */
  readonly issueChanged: (issue: { readonly id: string; readonly key: string }) => Promise<void>;
};
