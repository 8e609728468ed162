// The Jira stand-in's tables (all prefixed `jira_`) in the shared sandbox SQLite file. Creating them is
// idempotent; this file never seeds data (seed-base.ts does) and never drops anything.
import type { SqliteDb } from '../../db/sqlite';

const TABLES = `
CREATE TABLE IF NOT EXISTS jira_counters (name TEXT PRIMARY KEY, next INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS jira_users (account_id TEXT PRIMARY KEY, display_name TEXT NOT NULL, email TEXT,
  time_zone TEXT NOT NULL, locale TEXT NOT NULL, account_type TEXT NOT NULL, active INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS jira_group_members (group_name TEXT NOT NULL, account_id TEXT NOT NULL,
  PRIMARY KEY (group_name, account_id));
CREATE TABLE IF NOT EXISTS jira_projects (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
  description TEXT NOT NULL, lead_account_id TEXT NOT NULL, project_type_key TEXT NOT NULL,
  simplified INTEGER NOT NULL, issue_seq INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS jira_project_roles (project_id INTEGER NOT NULL, role TEXT NOT NULL,
  account_id TEXT NOT NULL, PRIMARY KEY (project_id, role, account_id));
CREATE TABLE IF NOT EXISTS jira_components (id INTEGER PRIMARY KEY, project_id INTEGER NOT NULL,
  name TEXT NOT NULL, description TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS jira_issues (id INTEGER PRIMARY KEY, project_id INTEGER NOT NULL, key TEXT NOT NULL UNIQUE,
  issue_type_id TEXT NOT NULL, summary TEXT NOT NULL, description TEXT, status_id TEXT NOT NULL, priority_id TEXT,
  assignee TEXT, reporter TEXT, creator TEXT NOT NULL, labels TEXT NOT NULL, components TEXT NOT NULL,
  resolution_id TEXT, resolution_date INTEGER, created INTEGER NOT NULL, updated INTEGER NOT NULL,
  custom TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS jira_changelog (id INTEGER PRIMARY KEY, issue_id INTEGER NOT NULL, author TEXT,
  created INTEGER NOT NULL, items TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS jira_changelog_issue ON jira_changelog (issue_id, created, id);
CREATE TABLE IF NOT EXISTS jira_comments (id INTEGER PRIMARY KEY, issue_id INTEGER NOT NULL, author TEXT NOT NULL,
  update_author TEXT NOT NULL, body TEXT NOT NULL, created INTEGER NOT NULL, updated INTEGER NOT NULL,
  visibility TEXT, jsd_public INTEGER NOT NULL, properties TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS jira_comments_issue ON jira_comments (issue_id, created, id);
CREATE TABLE IF NOT EXISTS jira_issue_properties (issue_id INTEGER NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,
  PRIMARY KEY (issue_id, key));
CREATE TABLE IF NOT EXISTS jira_fields (id TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL,
  type TEXT NOT NULL, searcher_key TEXT);
CREATE TABLE IF NOT EXISTS jira_field_contexts (id INTEGER PRIMARY KEY, field_id TEXT NOT NULL, name TEXT NOT NULL,
  description TEXT NOT NULL, project_ids TEXT NOT NULL, issue_type_ids TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS jira_field_options (id INTEGER PRIMARY KEY, context_id INTEGER NOT NULL,
  value TEXT NOT NULL, disabled INTEGER NOT NULL, position INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS jira_screens (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, description TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS jira_screen_tabs (id INTEGER PRIMARY KEY, screen_id INTEGER NOT NULL, name TEXT NOT NULL,
  position INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS jira_screen_tab_fields (tab_id INTEGER NOT NULL, field_id TEXT NOT NULL,
  position INTEGER NOT NULL, required INTEGER NOT NULL, PRIMARY KEY (tab_id, field_id));
CREATE TABLE IF NOT EXISTS jira_workflow_validators (project_key TEXT NOT NULL, transition_id TEXT NOT NULL,
  rules TEXT NOT NULL, PRIMARY KEY (project_key, transition_id));
CREATE TABLE IF NOT EXISTS jira_ui_modifications (id INTEGER PRIMARY KEY, name TEXT NOT NULL, description TEXT,
  data TEXT, contexts TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS jira_attachments (id INTEGER PRIMARY KEY, issue_id INTEGER NOT NULL,
  filename TEXT NOT NULL, mime_type TEXT NOT NULL, size INTEGER NOT NULL, content BLOB NOT NULL,
  author TEXT NOT NULL, created INTEGER NOT NULL);
`;

export function createJiraTables(db: SqliteDb): void {
  db.exec(TABLES);
}

/** Next value of a named id sequence, starting at `start` (Jira numbers most entities from 10000). */
export function nextId(db: SqliteDb, name: string, start = 10000): number {
  const row = db.get<{ next: number }>('SELECT next FROM jira_counters WHERE name = ?', [name]);
  const id = row ? row.next : start;
  db.run('INSERT INTO jira_counters (name, next) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET next = excluded.next', [name, id + 1]);
  return id;
}

export function parseJsonColumn<T>(text: unknown, fallback: T): T {
  if (typeof text !== 'string') return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}
