// Issue rows. An IssueRecord holds field values in their normalized internal form (ids, account ids, ADF
// documents, epoch ms); views/ turns them into Jira's JSON. No validation or permission logic here.
import type { SqlValue } from 'sql.js';
import type { SqliteDb } from '../../db/sqlite';
import type { AdfDoc } from '../adf';
import { parseJsonColumn } from './schema';

export type IssueRecord = {
  readonly id: number;
  readonly projectId: number;
  readonly key: string;
  readonly issueTypeId: string;
  readonly summary: string;
  readonly description: AdfDoc | null;
  readonly statusId: string;
  readonly priorityId: string | null;
  readonly assignee: string | null;
  readonly reporter: string | null;
  readonly creator: string;
  readonly labels: readonly string[];
  readonly components: readonly string[];
  readonly resolutionId: string | null;
  readonly resolutionDate: number | null;
  readonly created: number;
  readonly updated: number;
  /** Custom field values keyed by `customfield_NNNNN`, in the internal form of their type. */
  readonly custom: Readonly<Record<string, unknown>>;
};

type IssueRow = Record<string, SqlValue>;

const str = (v: SqlValue | undefined): string => (typeof v === 'string' ? v : String(v ?? ''));
const optStr = (v: SqlValue | undefined): string | null => (v === null || v === undefined ? null : String(v));

function toIssue(r: IssueRow): IssueRecord {
  return {
    id: Number(r.id),
    projectId: Number(r.project_id),
    key: str(r.key),
    issueTypeId: str(r.issue_type_id),
    summary: str(r.summary),
    description: parseJsonColumn<AdfDoc | null>(r.description, null),
    statusId: str(r.status_id),
    priorityId: optStr(r.priority_id),
    assignee: optStr(r.assignee),
    reporter: optStr(r.reporter),
    creator: str(r.creator),
    labels: parseJsonColumn<string[]>(r.labels, []),
    components: parseJsonColumn<string[]>(r.components, []),
    resolutionId: optStr(r.resolution_id),
    resolutionDate: r.resolution_date === null || r.resolution_date === undefined ? null : Number(r.resolution_date),
    created: Number(r.created),
    updated: Number(r.updated),
    custom: parseJsonColumn<Record<string, unknown>>(r.custom, {}),
  };
}

const COLUMNS = 'id, project_id, key, issue_type_id, summary, description, status_id, priority_id, assignee, reporter, creator, labels, components, resolution_id, resolution_date, created, updated, custom';

function toParams(i: IssueRecord): SqlValue[] {
  return [
    i.id, i.projectId, i.key, i.issueTypeId, i.summary, i.description === null ? null : JSON.stringify(i.description),
    i.statusId, i.priorityId, i.assignee, i.reporter, i.creator, JSON.stringify(i.labels), JSON.stringify(i.components),
    i.resolutionId, i.resolutionDate, i.created, i.updated, JSON.stringify(i.custom),
  ];
}

export class IssuesStore {
  constructor(private readonly db: SqliteDb) {}

  insert(issue: IssueRecord): void {
    this.db.run(`INSERT INTO jira_issues (${COLUMNS}) VALUES (${COLUMNS.split(',').map(() => '?').join(',')})`, toParams(issue));
  }

  update(issue: IssueRecord): void {
    this.db.run(`INSERT OR REPLACE INTO jira_issues (${COLUMNS}) VALUES (${COLUMNS.split(',').map(() => '?').join(',')})`, toParams(issue));
  }

  delete(id: number): void {
    this.db.transaction(() => {
      this.db.run('DELETE FROM jira_issues WHERE id = ?', [id]);
      for (const table of ['jira_changelog', 'jira_comments', 'jira_issue_properties', 'jira_attachments']) {
        this.db.run(`DELETE FROM ${table} WHERE issue_id = ?`, [id]);
      }
    });
  }

  /** By numeric id or key; keys match case-insensitively like Jira. */
  find(idOrKey: string): IssueRecord | undefined {
    const row = /^\d+$/.test(idOrKey)
      ? this.db.get('SELECT * FROM jira_issues WHERE id = ?', [Number(idOrKey)])
      : this.db.get('SELECT * FROM jira_issues WHERE upper(key) = upper(?)', [idOrKey]);
    return row ? toIssue(row) : undefined;
  }

  all(): IssueRecord[] {
    return this.db.all('SELECT * FROM jira_issues ORDER BY id').map(toIssue);
  }

  count(): number {
    return Number(this.db.get('SELECT count(*) AS n FROM jira_issues')?.n ?? 0);
  }
}
