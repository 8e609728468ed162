// The sandbox's embedded SQLite database (sql.js: SQLite compiled to WebAssembly, no native build).
// One file holds the KVS stand-in and the Jira stand-in. Writes are flushed to disk atomically
// (temp file + rename) shortly after they happen and on close, so a stop never loses data.
import fs from 'node:fs';
import path from 'node:path';
import initSqlJs, { type Database, type SqlValue } from 'sql.js';

export type Params = readonly SqlValue[] | Record<string, SqlValue>;
export type Row = Record<string, SqlValue>;

let sqlPromise: ReturnType<typeof initSqlJs> | undefined;

export class SqliteDb {
  private dirty = false;
  private timer: NodeJS.Timeout | undefined;
  private depth = 0;

  private constructor(
    private readonly db: Database,
    readonly file: string | null,
    private readonly flushDelayMs: number,
  ) {}

  /** Opens (or creates) the database file; `null` keeps it in memory (tests). */
  static async open(file: string | null, flushDelayMs = 250): Promise<SqliteDb> {
    sqlPromise ??= initSqlJs();
    const SQL = await sqlPromise;
    const bytes = file !== null && fs.existsSync(file) ? fs.readFileSync(file) : undefined;
    const db = new SQL.Database(bytes);
    db.run('PRAGMA foreign_keys = ON');
    return new SqliteDb(db, file, flushDelayMs);
  }

  run(sql: string, params: Params = []): number {
    this.db.run(sql, params as SqlValue[]);
    this.markDirty();
    return this.db.getRowsModified();
  }

  exec(sql: string): void {
    this.db.exec(sql);
    this.markDirty();
  }

  all<T extends Row = Row>(sql: string, params: Params = []): T[] {
    const stmt = this.db.prepare(sql);
    try {
      stmt.bind(params as SqlValue[]);
      const rows: T[] = [];
      while (stmt.step()) rows.push(stmt.getAsObject() as T);
      return rows;
    } finally {
      stmt.free();
    }
  }

  get<T extends Row = Row>(sql: string, params: Params = []): T | undefined {
    return this.all<T>(sql, params)[0];
  }

  /** Runs `fn` atomically; nested calls join the outer transaction. */
  transaction<T>(fn: () => T): T {
    if (this.depth > 0) return fn();
    this.db.run('BEGIN');
    this.depth++;
    try {
      const result = fn();
      this.db.run('COMMIT');
      return result;
    } catch (error) {
      this.db.run('ROLLBACK');
      throw error;
    } finally {
      this.depth--;
      this.markDirty();
    }
  }

  /** Writes the database to its file now (no-op in memory or when nothing changed). */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.file === null || !this.dirty) return;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, this.db.export());
    fs.renameSync(tmp, this.file);
    this.dirty = false;
  }

  close(): void {
    this.flush();
    this.db.close();
  }

  private markDirty(): void {
    this.dirty = true;
    if (this.file === null || this.timer || this.depth > 0) return;
    this.timer = setTimeout(() => this.flush(), this.flushDelayMs);
    this.timer.unref();
  }
}
