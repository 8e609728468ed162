// SQLite persistence of the KVS stand-in: one row per key in table `kvs_items`, in three namespaces
// (plain KVS, secrets, custom entities). It stores and reads rows only: no validation, no HTTP shapes.
// Expired rows (TTL) are treated as absent by every read.
import type { SqliteDb, Row } from '../db/sqlite';

export type Namespace = 'kv' | 'secret' | 'entity';

/** Where a key lives: a namespace, plus the entity name for custom entities ('' otherwise). */
export type Space = { readonly ns: Namespace; readonly entity: string };

export type StoredItem = {
  readonly key: string;
  readonly value: unknown;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly expireAt: number | null;
};

const SCHEMA = `
CREATE TABLE IF NOT EXISTS kvs_items (
  ns TEXT NOT NULL,
  entity TEXT NOT NULL,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  expire_at INTEGER,
  PRIMARY KEY (ns, entity, key)
)`;

const LIVE = '(expire_at IS NULL OR expire_at > :now)';
const COLUMNS = 'key, value, created_at, updated_at, expire_at';

function toItem(row: Row): StoredItem {
  const { key, value, created_at: createdAt, updated_at: updatedAt, expire_at: expireAt } = row;
  if (typeof key !== 'string' || typeof value !== 'string' || typeof createdAt !== 'number' || typeof updatedAt !== 'number') {
    throw new Error('kvs_items: malformed row');
  }
  return { key, value: JSON.parse(value) as unknown, createdAt, updatedAt, expireAt: typeof expireAt === 'number' ? expireAt : null };
}

export class KvsTable {
  constructor(private readonly db: SqliteDb) {
    db.exec(SCHEMA);
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn);
  }

  read(space: Space, key: string, now: number): StoredItem | undefined {
    const row = this.db.get(
      `SELECT ${COLUMNS} FROM kvs_items WHERE ns = :ns AND entity = :entity AND key = :key AND ${LIVE}`,
      { ':ns': space.ns, ':entity': space.entity, ':key': key, ':now': now },
    );
    return row ? toItem(row) : undefined;
  }

  /** Writes `json` under the key; keeps createdAt when a live value is overwritten. */
  write(space: Space, key: string, json: string, now: number, expireAt: number | null): StoredItem {
    const previous = this.read(space, key, now);
    const createdAt = previous?.createdAt ?? now;
    this.db.run(
      `INSERT INTO kvs_items (ns, entity, key, value, created_at, updated_at, expire_at)
       VALUES (:ns, :entity, :key, :value, :created, :updated, :expire)
       ON CONFLICT (ns, entity, key) DO UPDATE SET value = excluded.value, created_at = excluded.created_at,
         updated_at = excluded.updated_at, expire_at = excluded.expire_at`,
      { ':ns': space.ns, ':entity': space.entity, ':key': key, ':value': json, ':created': createdAt, ':updated': now, ':expire': expireAt },
    );
    return { key, value: JSON.parse(json) as unknown, createdAt, updatedAt: now, expireAt };
  }

  /** Deletes the key; true when a live value existed. */
  remove(space: Space, key: string, now: number): boolean {
    const existed = this.read(space, key, now) !== undefined;
    this.db.run('DELETE FROM kvs_items WHERE ns = :ns AND entity = :entity AND key = :key', {
      ':ns': space.ns,
      ':entity': space.entity,
      ':key': key,
    });
    return existed;
  }

  /** Plain KVS keys starting with `prefix`, after `afterKey`, in lexicographic order; `limit` rows at most. */
  pageByKey(prefix: string, afterKey: string | null, limit: number, now: number): StoredItem[] {
    const rows = this.db.all(
      `SELECT ${COLUMNS} FROM kvs_items
       WHERE ns = 'kv' AND entity = '' AND ${LIVE} AND substr(key, 1, :len) = :prefix AND (:after IS NULL OR key > :after)
       ORDER BY key LIMIT :limit`,
      { ':now': now, ':len': prefix.length, ':prefix': prefix, ':after': afterKey, ':limit': limit },
    );
    return rows.map(toItem);
  }

  /** Every live item of one custom entity (the entity query filters and sorts them). */
  entityItems(entity: string, now: number): StoredItem[] {
    const rows = this.db.all(`SELECT ${COLUMNS} FROM kvs_items WHERE ns = 'entity' AND entity = :entity AND ${LIVE}`, {
      ':entity': entity,
      ':now': now,
    });
    return rows.map(toItem);
  }
}
