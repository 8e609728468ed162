// Screens, their tabs and tab fields. `required` on a tab field stands in for Jira's field configuration
// (see the stand-in README notes): the transition and create checks read it from here.
import type { SqliteDb } from '../../db/sqlite';

export type ScreenRecord = { readonly id: number; readonly name: string; readonly description: string };
export type TabRecord = { readonly id: number; readonly screenId: number; readonly name: string };
export type TabFieldRecord = { readonly tabId: number; readonly fieldId: string; readonly required: boolean };

export class ScreensStore {
  constructor(private readonly db: SqliteDb) {}

  insertScreen(s: ScreenRecord): void {
    this.db.run('INSERT INTO jira_screens (id, name, description) VALUES (?,?,?)', [s.id, s.name, s.description]);
  }

  screens(): ScreenRecord[] {
    return this.db.all<{ id: number; name: string; description: string }>('SELECT * FROM jira_screens ORDER BY id');
  }

  screen(id: number): ScreenRecord | undefined {
    return this.db.get<{ id: number; name: string; description: string }>('SELECT * FROM jira_screens WHERE id = ?', [id]);
  }

  screenByName(name: string): ScreenRecord | undefined {
    return this.db.get<{ id: number; name: string; description: string }>('SELECT * FROM jira_screens WHERE name = ?', [name]);
  }

  insertTab(t: TabRecord): void {
    const pos = Number(this.db.get('SELECT count(*) AS n FROM jira_screen_tabs WHERE screen_id = ?', [t.screenId])?.n ?? 0);
    this.db.run('INSERT INTO jira_screen_tabs (id, screen_id, name, position) VALUES (?,?,?,?)', [t.id, t.screenId, t.name, pos]);
  }

  tabs(screenId: number): TabRecord[] {
    return this.db
      .all<{ id: number; screen_id: number; name: string }>('SELECT id, screen_id, name FROM jira_screen_tabs WHERE screen_id = ? ORDER BY position, id', [screenId])
      .map((r) => ({ id: r.id, screenId: r.screen_id, name: r.name }));
  }

  addField(tabId: number, fieldId: string, required = false): void {
    const pos = Number(this.db.get('SELECT count(*) AS n FROM jira_screen_tab_fields WHERE tab_id = ?', [tabId])?.n ?? 0);
    this.db.run('INSERT INTO jira_screen_tab_fields (tab_id, field_id, position, required) VALUES (?,?,?,?)', [tabId, fieldId, pos, required ? 1 : 0]);
  }

  tabFields(tabId: number): TabFieldRecord[] {
    return this.db
      .all<{ tab_id: number; field_id: string; required: number }>('SELECT tab_id, field_id, required FROM jira_screen_tab_fields WHERE tab_id = ? ORDER BY position', [tabId])
      .map((r) => ({ tabId: r.tab_id, fieldId: r.field_id, required: r.required === 1 }));
  }

  /** All fields of a screen across its tabs, in tab order. */
  screenFields(screenId: number): TabFieldRecord[] {
    return this.tabs(screenId).flatMap((t) => this.tabFields(t.id));
  }

  setRequired(screenId: number, fieldId: string, required: boolean): boolean {
    const tabIds = this.tabs(screenId).map((t) => t.id);
    if (tabIds.length === 0) return false;
    return this.db.run(
      `UPDATE jira_screen_tab_fields SET required = ? WHERE field_id = ? AND tab_id IN (${tabIds.map(() => '?').join(',')})`,
      [required ? 1 : 0, fieldId, ...tabIds],
    ) > 0;
  }
}
