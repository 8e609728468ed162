// Issue entity properties: JSON values stored as text, keyed by issue id and property key.
import type { SqliteDb } from '../../db/sqlite';
import { parseJsonColumn } from './schema';

export class PropertiesStore {
  constructor(private readonly db: SqliteDb) {}

  keys(issueId: number): string[] {
    return this.db
      .all<{ key: string }>('SELECT key FROM jira_issue_properties WHERE issue_id = ? ORDER BY key', [issueId])
      .map((r) => r.key);
  }

  get(issueId: number, key: string): { readonly value: unknown } | undefined {
    const row = this.db.get<{ value: string }>('SELECT value FROM jira_issue_properties WHERE issue_id = ? AND key = ?', [issueId, key]);
    return row ? { value: parseJsonColumn<unknown>(row.value, null) } : undefined;
  }

  all(issueId: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const key of this.keys(issueId)) out[key] = this.get(issueId, key)?.value;
    return out;
  }

  /** Returns true when the property was created, false when it replaced an existing value. */
  put(issueId: number, key: string, jsonText: string): boolean {
    const existed = this.get(issueId, key) !== undefined;
    this.db.run('INSERT OR REPLACE INTO jira_issue_properties (issue_id, key, value) VALUES (?, ?, ?)', [issueId, key, jsonText]);
    return !existed;
  }

  delete(issueId: number, key: string): boolean {
    return this.db.run('DELETE FROM jira_issue_properties WHERE issue_id = ? AND key = ?', [issueId, key]) > 0;
  }
}
