// Single-key operations of the KVS stand-in (get/set/delete for plain keys, secrets and custom entities),
// shared by the HTTP routes, batches and transactions. Validates as the platform does, then reads/writes
// the table; answers with the SDK's body shapes (`{key, value, createdAt?, updatedAt?, expireTime?}`).
import type { EntityCatalog } from './kvs-entities';
import { kvsErrors } from './kvs-errors';
import type { KvsTable, Space, StoredItem } from './kvs-table';
import {
  checkKey, checkValue, metadataFields, optionalRecord, writeOptions,
  type Body, type MetadataField, type WriteOptions,
} from './kvs-validation';

export const KV_SPACE: Space = { ns: 'kv', entity: '' };
export const SECRET_SPACE: Space = { ns: 'secret', entity: '' };

/** `expireTime` is ISO-8601 with milliseconds (docs: storage-api-basic-api example). */
export function itemBody(item: StoredItem, fields: readonly MetadataField[]): Record<string, unknown> {
  return {
    key: item.key,
    value: item.value,
    ...(fields.includes('CREATED_AT') ? { createdAt: item.createdAt } : {}),
    ...(fields.includes('UPDATED_AT') ? { updatedAt: item.updatedAt } : {}),
    ...(fields.includes('EXPIRE_TIME') && item.expireAt !== null ? { expireTime: new Date(item.expireAt).toISOString() } : {}),
  };
}

export type WriteResult = { readonly previous: StoredItem | undefined; readonly current: StoredItem };

export class KvsCore {
  constructor(
    readonly table: KvsTable,
    readonly catalog: EntityCatalog,
    readonly now: () => number,
  ) {}

  /** The space of a declared custom entity (404 SCHEMA_NOT_FOUND otherwise). */
  entitySpace(entityName: unknown): Space {
    if (typeof entityName !== 'string') throw kvsErrors.badRequest('"entityName" must be a string');
    return { ns: 'entity', entity: this.catalog.entity(entityName).name };
  }

  /** Space of a batch/transaction item: a custom entity when `entityName` is given, plain KVS otherwise. */
  itemSpace(entityName: unknown): Space {
    return entityName === undefined ? KV_SPACE : this.entitySpace(entityName);
  }

  key(space: Space, key: unknown): string {
    return checkKey(key, space.ns === 'entity');
  }

  /** Validates a value for `space` and returns its JSON. */
  value(space: Space, value: unknown): string {
    const json = checkValue(value);
    if (space.ns === 'entity') this.catalog.checkValue(space.entity, value);
    return json;
  }

  read(space: Space, key: string): StoredItem | undefined {
    return this.table.read(space, key, this.now());
  }

  write(space: Space, key: string, json: string, options: WriteOptions): WriteResult {
    const now = this.now();
    const previous = this.table.read(space, key, now);
    if (options.failIfExists && previous) throw kvsErrors.keyConflict();
    const expireAt = options.ttlMs === null ? null : now + options.ttlMs;
    return { previous, current: this.table.write(space, key, json, now, expireAt) };
  }

  remove(space: Space, key: string): boolean {
    return this.table.remove(space, key, this.now());
  }
}

export function getItem(core: KvsCore, space: Space, body: Body): unknown {
  const key = core.key(space, body.key);
  const fields = metadataFields(optionalRecord(body.options, '"options"').metadataFields);
  const item = core.read(space, key);
  if (!item) throw kvsErrors.keyNotFound();
  return itemBody(item, fields);
}

/** Set with keyPolicy/returnValue: 200 with a body for returnValue, else 204 (undefined). */
export function setItem(core: KvsCore, space: Space, body: Body): unknown {
  const key = core.key(space, body.key);
  const json = core.value(space, body.value);
  const options = writeOptions(body.options, false);
  const { previous, current } = core.write(space, key, json, options);
  if (options.returnValue === 'LATEST') return itemBody(current, options.returnFields);
  if (options.returnValue === 'PREVIOUS' && previous) return itemBody(previous, options.returnFields);
  return undefined;
}

/** A missing key answers 404 KEY_NOT_FOUND, which the SDK turns into a silent success. */
export function deleteItem(core: KvsCore, space: Space, body: Body): undefined {
  const key = core.key(space, body.key);
  if (!core.remove(space, key)) throw kvsErrors.keyNotFound();
  return undefined;
}
