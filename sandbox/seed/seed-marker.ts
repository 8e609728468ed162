// Remembers, in the sandbox SQLite file, that the demo data was loaded (table `seed_runs`), so later starts
// skip the seed. Written once at the end of a successful seed; `npm start -- --reset` removes the file.
import type { SqliteDb } from '../db/sqlite';

export type SeedMarker = { readonly name: string; readonly anchor: number; readonly issues: number; readonly finishedAt: number };

const TABLE = `CREATE TABLE IF NOT EXISTS seed_runs (name TEXT PRIMARY KEY, anchor INTEGER NOT NULL,
  issues INTEGER NOT NULL, finished_at INTEGER NOT NULL)`;

export function readSeedMarker(db: SqliteDb, name: string): SeedMarker | undefined {
  db.exec(TABLE);
  const row = db.get('SELECT anchor, issues, finished_at FROM seed_runs WHERE name = ?', [name]);
  return row ? { name, anchor: Number(row.anchor), issues: Number(row.issues), finishedAt: Number(row.finished_at) } : undefined;
}

export function writeSeedMarker(db: SqliteDb, marker: SeedMarker): void {
  db.exec(TABLE);
  db.run('INSERT OR REPLACE INTO seed_runs (name, anchor, issues, finished_at) VALUES (?, ?, ?, ?)', [marker.name, marker.anchor, marker.issues, marker.finishedAt]);
}
