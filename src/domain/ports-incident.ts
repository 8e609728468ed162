// Ports of incident intake beyond filing itself: assignment on filing (as the app: agents may lack the
// Assign permission) and reading an issue created in Jira's own dialog to adopt it as an incident.
import type { JiraFieldInfo } from './ports';

export interface AssignmentJira {
  /** Unresolved issues of the project assigned to the person (JQL approximate count). */
  countOpenIssues(projectKey: string, accountId: string): Promise<number>;
  /** Sets the assignee (PUT issue fields.assignee): Jira records the change in the issue's history. */
  assignIssue(issueKey: string, accountId: string): Promise<void>;
  setIssueProperty(issueKey: string, propertyKey: string, value: Readonly<Record<string, unknown>>): Promise<void>;
  /** Account ids of the group's active members (all pages); null when Jira has no such group. */
  activeGroupMembers(groupName: string): Promise<readonly string[] | null>;
}

/** An issue as the create-dialog adoption reads it: raw field values by Jira field id. */
export type CreatedIssueSnapshot = {
  readonly id: string;
  readonly key: string;
  readonly projectKey: string;
  readonly issueTypeName: string;
  readonly assigneeId: string | null;
  readonly fields: Readonly<Record<string, unknown>>;
  /** The `linebridge.incident` property, when the issue has one. */
  readonly incidentProperty: unknown;
};

export interface CreatedIssueReader {
  readCreatedIssue(issueKey: string, fieldIds: readonly string[]): Promise<CreatedIssueSnapshot>;
}

/** Jira's field list (GET /rest/api/3/field): tells a deleted field from other refusals. */
export interface FieldCatalog {
  listFields(): Promise<JiraFieldInfo[]>;
}
