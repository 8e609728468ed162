// Comment rows (ADF bodies, visibility, JSM-style public flag and comment properties).
import type { SqliteDb } from '../../db/sqlite';
import type { AdfDoc } from '../adf';
import { parseJsonColumn } from './schema';

export type Visibility = { readonly type: 'group' | 'role'; readonly value: string; readonly identifier?: string | null };
export type CommentRecord = {
  readonly id: number;
  readonly issueId: number;
  readonly author: string;
  readonly updateAuthor: string;
  readonly body: AdfDoc;
  readonly created: number;
  readonly updated: number;
  readonly visibility: Visibility | null;
  readonly jsdPublic: boolean;
  readonly properties: readonly { readonly key: string; readonly value: unknown }[];
};

type Row = { id: number; issue_id: number; author: string; update_author: string; body: string; created: number; updated: number; visibility: string | null; jsd_public: number; properties: string };

const toComment = (r: Row): CommentRecord => ({
  id: r.id,
  issueId: r.issue_id,
  author: r.author,
  updateAuthor: r.update_author,
  body: parseJsonColumn<AdfDoc>(r.body, { type: 'doc', version: 1, content: [] }),
  created: r.created,
  updated: r.updated,
  visibility: parseJsonColumn<Visibility | null>(r.visibility, null),
  jsdPublic: r.jsd_public === 1,
  properties: parseJsonColumn<{ key: string; value: unknown }[]>(r.properties, []),
});

export class CommentsStore {
  constructor(private readonly db: SqliteDb) {}

  save(c: CommentRecord): void {
    this.db.run(
      `INSERT OR REPLACE INTO jira_comments (id, issue_id, author, update_author, body, created, updated, visibility, jsd_public, properties)
       VALUES (?,?,?,?,?,?,?,?,?,?)`,
      [c.id, c.issueId, c.author, c.updateAuthor, JSON.stringify(c.body), c.created, c.updated,
        c.visibility === null ? null : JSON.stringify(c.visibility), c.jsdPublic ? 1 : 0, JSON.stringify(c.properties)],
    );
  }

  get(issueId: number, id: number): CommentRecord | undefined {
    const row = this.db.get<Row>('SELECT * FROM jira_comments WHERE issue_id = ? AND id = ?', [issueId, id]);
    return row ? toComment(row) : undefined;
  }

  forIssue(issueId: number): CommentRecord[] {
    return this.db.all<Row>('SELECT * FROM jira_comments WHERE issue_id = ? ORDER BY created, id', [issueId]).map(toComment);
  }

  delete(id: number): void {
    this.db.run('DELETE FROM jira_comments WHERE id = ?', [id]);
  }
}
