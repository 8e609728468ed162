// Change history rows: one row per history (author, time, items), exactly the items Jira would record.
import type { SqliteDb } from '../../db/sqlite';
import { parseJsonColumn } from './schema';

export type ChangeItem = {
  readonly field: string;
  readonly fieldtype: 'jira' | 'custom';
  readonly fieldId: string;
  readonly from: string | null;
  readonly fromString: string | null;
  readonly to: string | null;
  readonly toString: string | null;
};
export type ChangeHistory = {
  readonly id: number;
  readonly issueId: number;
  readonly author: string | null;
  readonly created: number;
  readonly items: readonly ChangeItem[];
};

type Row = { id: number; issue_id: number; author: string | null; created: number; items: string };
const toHistory = (r: Row): ChangeHistory => ({
  id: r.id, issueId: r.issue_id, author: r.author, created: r.created, items: parseJsonColumn<ChangeItem[]>(r.items, []),
});

export class ChangelogStore {
  constructor(private readonly db: SqliteDb) {}

  insert(h: ChangeHistory): void {
    this.db.run('INSERT INTO jira_changelog (id, issue_id, author, created, items) VALUES (?,?,?,?,?)', [
      h.id, h.issueId, h.author, h.created, JSON.stringify(h.items),
    ]);
  }

  /** Oldest first, ties broken by id. */
  forIssue(issueId: number): ChangeHistory[] {
    return this.db.all<Row>('SELECT * FROM jira_changelog WHERE issue_id = ? ORDER BY created, id', [issueId]).map(toHistory);
  }

  /** All histories of the given issues, oldest first then smallest issue id (bulkfetch order). */
  forIssues(issueIds: readonly number[]): ChangeHistory[] {
    if (issueIds.length === 0) return [];
    const marks = issueIds.map(() => '?').join(',');
    return this.db
      .all<Row>(`SELECT * FROM jira_changelog WHERE issue_id IN (${marks}) ORDER BY created, issue_id, id`, [...issueIds])
      .map(toHistory);
  }
}
