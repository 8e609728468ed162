// An issue as Jira reports it, reduced to what the facts need: fields, the full change history and the
// comments with their text. Adapters fill it from search/jql, changelog/bulkfetch and the comment API;
// rules/lines/to-history.ts turns it into the SLA clock's IssueHistory. Instants are epoch milliseconds.
import type { StatusCategoryKey } from '../../../shared/contract';

export type RawChangeItem = {
  readonly fieldId: string;
  readonly field: string;
  readonly from: string | null;
  readonly fromString: string | null;
  readonly to: string | null;
  readonly toString: string | null;
};

export type RawChange = {
  readonly id: string;
  readonly at: number;
  readonly author: string | null;
  readonly items: readonly RawChangeItem[];
};

export type RawComment = {
  readonly id: string;
  readonly at: number;
  readonly author: string | null;
  /** Plain text of the ADF body. */
  readonly text: string;
  /** Restricted to a role or group (Jira `visibility`): not seen by the client. */
  readonly internal: boolean;
};

export type RawStatus = { readonly id: string; readonly name: string; readonly category: StatusCategoryKey };

export type RawIssueHead = {
  readonly id: string;
  readonly key: string;
  readonly projectKey: string;
  readonly issueType: string;
  readonly created: number;
  readonly reporter: string | null;
  readonly creator: string | null;
  readonly status: RawStatus;
  readonly priority: string;
  readonly assignee: string | null;
  readonly labels: readonly string[];
  readonly comments: readonly RawComment[];
  /** False when Jira returned only part of the comments (the adapter fetches the rest). */
  readonly commentsComplete: boolean;
  /**
   * Repeat contacts recorded from Telegram (issue property `linebridge-contacts`): when, and the comment made
   * from that message (which the comment text rule then does not count a second time).
   */
  readonly telegramContacts?: readonly { readonly at: number; readonly commentId: string | null }[];
};

export type RawIssue = RawIssueHead & { readonly changes: readonly RawChange[] };

/** Who a person is for the support process, from group membership (settings `general`). */
export type PersonRole = 'line1' | 'line2' | 'lead' | 'other';
export type Person = { readonly accountId: string; readonly name: string; readonly role: PersonRole };
