// Custom field definitions, their contexts and select options. System fields are code (domain/system-fields.ts).
import type { SqliteDb } from '../../db/sqlite';
import { parseJsonColumn } from './schema';

export type CustomFieldRecord = { readonly id: string; readonly name: string; readonly description: string; readonly type: string; readonly searcherKey: string | null };
export type FieldContextRecord = { readonly id: number; readonly fieldId: string; readonly name: string; readonly description: string; readonly projectIds: readonly string[]; readonly issueTypeIds: readonly string[] };
export type OptionRecord = { readonly id: number; readonly contextId: number; readonly value: string; readonly disabled: boolean };

type CtxRow = { id: number; field_id: string; name: string; description: string; project_ids: string; issue_type_ids: string };
const toCtx = (r: CtxRow): FieldContextRecord => ({
  id: r.id, fieldId: r.field_id, name: r.name, description: r.description,
  projectIds: parseJsonColumn<string[]>(r.project_ids, []), issueTypeIds: parseJsonColumn<string[]>(r.issue_type_ids, []),
});
type OptRow = { id: number; context_id: number; value: string; disabled: number };
const toOpt = (r: OptRow): OptionRecord => ({ id: r.id, contextId: r.context_id, value: r.value, disabled: r.disabled === 1 });

export class FieldsStore {
  constructor(private readonly db: SqliteDb) {}

  insertField(f: CustomFieldRecord): void {
    this.db.run('INSERT INTO jira_fields (id, name, description, type, searcher_key) VALUES (?,?,?,?,?)', [f.id, f.name, f.description, f.type, f.searcherKey]);
  }

  customFields(): CustomFieldRecord[] {
    return this.db
      .all<{ id: string; name: string; description: string; type: string; searcher_key: string | null }>('SELECT * FROM jira_fields ORDER BY id')
      .map((r) => ({ id: r.id, name: r.name, description: r.description, type: r.type, searcherKey: r.searcher_key }));
  }

  insertContext(c: FieldContextRecord): void {
    this.db.run('INSERT INTO jira_field_contexts (id, field_id, name, description, project_ids, issue_type_ids) VALUES (?,?,?,?,?,?)', [
      c.id, c.fieldId, c.name, c.description, JSON.stringify(c.projectIds), JSON.stringify(c.issueTypeIds),
    ]);
  }

  contexts(fieldId: string): FieldContextRecord[] {
    return this.db.all<CtxRow>('SELECT * FROM jira_field_contexts WHERE field_id = ? ORDER BY id', [fieldId]).map(toCtx);
  }

  insertOption(o: OptionRecord): void {
    const pos = Number(this.db.get('SELECT count(*) AS n FROM jira_field_options WHERE context_id = ?', [o.contextId])?.n ?? 0);
    this.db.run('INSERT INTO jira_field_options (id, context_id, value, disabled, position) VALUES (?,?,?,?,?)', [
      o.id, o.contextId, o.value, o.disabled ? 1 : 0, pos,
    ]);
  }

  options(contextId: number): OptionRecord[] {
    return this.db.all<OptRow>('SELECT * FROM jira_field_options WHERE context_id = ? ORDER BY position, id', [contextId]).map(toOpt);
  }

  /** Every option of a field across its contexts (values are resolved against these on write). */
  optionsOfField(fieldId: string): OptionRecord[] {
    return this.db
      .all<OptRow>(
        `SELECT o.* FROM jira_field_options o JOIN jira_field_contexts c ON c.id = o.context_id
         WHERE c.field_id = ? ORDER BY c.id, o.position, o.id`, [fieldId])
      .map(toOpt);
  }

  option(id: number): OptionRecord | undefined {
    const row = this.db.get<OptRow>('SELECT * FROM jira_field_options WHERE id = ?', [id]);
    return row ? toOpt(row) : undefined;
  }
}
