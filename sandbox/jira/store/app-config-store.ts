// What apps register on the site: UI modifications, workflow validator rules per transition, attachments.
import type { SqliteDb } from '../../db/sqlite';
import { parseJsonColumn } from './schema';

export type UiModContext = { readonly id: string; readonly projectId?: string | null; readonly issueTypeId?: string | null; readonly viewType?: string | null; readonly portalId?: string | null; readonly requestTypeId?: string | null };
export type UiModRecord = { readonly id: number; readonly name: string; readonly description: string | null; readonly data: string | null; readonly contexts: readonly UiModContext[] };
export type ValidatorRule = { readonly moduleKey: string; readonly config?: Readonly<Record<string, unknown>> };
export type AttachmentRecord = { readonly id: number; readonly issueId: number; readonly filename: string; readonly mimeType: string; readonly size: number; readonly author: string; readonly created: number };

type UiRow = { id: number; name: string; description: string | null; data: string | null; contexts: string };

export class AppConfigStore {
  constructor(private readonly db: SqliteDb) {}

  saveUiMod(m: UiModRecord): void {
    this.db.run('INSERT OR REPLACE INTO jira_ui_modifications (id, name, description, data, contexts) VALUES (?,?,?,?,?)', [
      m.id, m.name, m.description, m.data, JSON.stringify(m.contexts),
    ]);
  }

  uiMods(): UiModRecord[] {
    return this.db.all<UiRow>('SELECT * FROM jira_ui_modifications ORDER BY id').map((r) => ({
      id: r.id, name: r.name, description: r.description, data: r.data, contexts: parseJsonColumn<UiModContext[]>(r.contexts, []),
    }));
  }

  deleteUiMod(id: number): boolean {
    return this.db.run('DELETE FROM jira_ui_modifications WHERE id = ?', [id]) > 0;
  }

  setValidators(projectKey: string, transitionId: string, rules: readonly ValidatorRule[]): void {
    if (rules.length === 0) {
      this.db.run('DELETE FROM jira_workflow_validators WHERE project_key = ? AND transition_id = ?', [projectKey, transitionId]);
      return;
    }
    this.db.run('INSERT OR REPLACE INTO jira_workflow_validators (project_key, transition_id, rules) VALUES (?,?,?)', [
      projectKey, transitionId, JSON.stringify(rules),
    ]);
  }

  validators(projectKey: string, transitionId: string): ValidatorRule[] {
    const row = this.db.get<{ rules: string }>('SELECT rules FROM jira_workflow_validators WHERE project_key = ? AND transition_id = ?', [projectKey, transitionId]);
    return parseJsonColumn<ValidatorRule[]>(row?.rules, []);
  }

  saveAttachment(a: AttachmentRecord, content: Uint8Array): void {
    this.db.run('INSERT INTO jira_attachments (id, issue_id, filename, mime_type, size, content, author, created) VALUES (?,?,?,?,?,?,?,?)', [
      a.id, a.issueId, a.filename, a.mimeType, a.size, content, a.author, a.created,
    ]);
  }

  attachmentContent(id: number): Uint8Array | undefined {
    const row = this.db.get<{ content: Uint8Array }>('SELECT content FROM jira_attachments WHERE id = ?', [id]);
    return row ? new Uint8Array(row.content) : undefined;
  }

  attachments(issueId: number): AttachmentRecord[] {
    return this.db
      .all<{ id: number; issue_id: number; filename: string; mime_type: string; size: number; author: string; created: number }>(
        'SELECT id, issue_id, filename, mime_type, size, author, created FROM jira_attachments WHERE issue_id = ? ORDER BY id', [issueId])
      .map((r) => ({ id: r.id, issueId: r.issue_id, filename: r.filename, mimeType: r.mime_type, size: r.size, author: r.author, created: r.created }));
  }
}
