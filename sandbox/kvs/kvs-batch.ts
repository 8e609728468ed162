// kvs.batchSet / batchGet / batchDelete: up to 25 items (plain keys or custom entities, mixed), each done
// on its own ("best effort"): item failures go to `failedKeys` with {code, message}. The whole batch fails
// when it is empty, too big, or names the same key (plus entity) twice (docs: storage-reference/batchops).
import { itemBody, type KvsCore } from './kvs-core';
import { KvsError, kvsErrors } from './kvs-errors';
import { KVS_LIMITS, asRecord, metadataFields, optionalRecord, writeOptions, type Body } from './kvs-validation';

type Verb = 'set' | 'get' | 'delete';
type ItemRef = { key: string; entityName?: string };
type Failure = ItemRef & { error: { code: string; message: string } };

function itemRef(item: Body): ItemRef {
  return { key: String(item.key), ...(typeof item.entityName === 'string' ? { entityName: item.entityName } : {}) };
}

function batchItems(body: unknown, verb: Verb): readonly Body[] {
  if (!Array.isArray(body)) throw kvsErrors.badRequest('a batch body must be an array of items');
  if (body.length === 0) throw kvsErrors.badRequest('a batch must contain at least one key');
  if (body.length > KVS_LIMITS.batchItems) throw kvsErrors.tooManyBatchItems(verb, body.length, KVS_LIMITS.batchItems);
  const items = body.map((item) => asRecord(item, 'a batch item'));
  const seen = new Set(items.map((item) => JSON.stringify([item.entityName ?? null, item.key])));
  if (seen.size !== items.length) throw kvsErrors.keyDuplication();
  return items;
}

function runBatch<T extends ItemRef>(core: KvsCore, items: readonly Body[], fn: (item: Body) => T): { successfulKeys: T[]; failedKeys: Failure[] } {
  const successfulKeys: T[] = [];
  const failedKeys: Failure[] = [];
  core.table.transaction(() => {
    for (const item of items) {
      try {
        successfulKeys.push(fn(item));
      } catch (error) {
        if (!(error instanceof KvsError)) throw error;
        failedKeys.push({ ...itemRef(item), error: { code: error.code, message: error.message } });
      }
    }
  });
  return { successfulKeys, failedKeys };
}

export function batchSet(core: KvsCore, body: unknown): unknown {
  return runBatch(core, batchItems(body, 'set'), (item) => {
    const space = core.itemSpace(item.entityName);
    const key = core.key(space, item.key);
    const json = core.value(space, item.value);
    core.write(space, key, json, writeOptions(item.options, true));
    return itemRef(item);
  });
}

export function batchGet(core: KvsCore, body: unknown): unknown {
  return runBatch(core, batchItems(body, 'get'), (item) => {
    const space = core.itemSpace(item.entityName);
    const key = core.key(space, item.key);
    const fields = metadataFields(optionalRecord(item.options, '"options"').metadataFields);
    const found = core.read(space, key);
    if (!found) throw kvsErrors.keyNotFound();
    return { ...itemRef(item), ...itemBody(found, fields) };
  });
}

export function batchDelete(core: KvsCore, body: unknown): unknown {
  return runBatch(core, batchItems(body, 'delete'), (item) => {
    const space = core.itemSpace(item.entityName);
    if (!core.remove(space, core.key(space, item.key))) throw kvsErrors.keyNotFound();
    return itemRef(item);
  });
}
