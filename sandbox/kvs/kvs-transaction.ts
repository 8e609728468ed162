// kvs.transact(): `{set?, delete?, check?}` applied all-or-nothing. At most 25 operations, each key once;
// custom-entity items may carry `conditions` (Filter and/or), checked against the stored value: a false
// condition or a missing key fails the whole transaction (docs: storage-reference/transactions[-entities]).
import { filtersMatch, parseFilters, type Filters } from './kvs-conditions';
import type { KvsCore } from './kvs-core';
import { kvsErrors } from './kvs-errors';
import type { Space } from './kvs-table';
import { KVS_LIMITS, asRecord, isRecord, optionalArray, writeOptions, type Body, type WriteOptions } from './kvs-validation';

type Operation = {
  readonly kind: 'set' | 'delete' | 'check';
  readonly space: Space;
  readonly key: string;
  readonly conditions: Filters | undefined;
  readonly json?: string;
  readonly options?: WriteOptions;
};

function prepare(core: KvsCore, kind: Operation['kind'], raw: unknown): Operation {
  const item = asRecord(raw, `a transaction ${kind} item`);
  if (kind === 'check' && item.entityName === undefined) throw kvsErrors.badRequest('a check needs an "entityName"');
  const space = core.itemSpace(item.entityName);
  const key = core.key(space, item.key);
  if (item.conditions !== undefined && space.ns !== 'entity') throw kvsErrors.badRequest('conditions are only allowed on custom entity items');
  const conditions = parseFilters(item.conditions);
  if (kind === 'check' && !conditions) throw kvsErrors.badRequest('a check needs "conditions"');
  if (kind !== 'set') return { kind, space, key, conditions };
  return { kind, space, key, conditions, json: core.value(space, item.value), options: writeOptions(item.options, true) };
}

function operations(core: KvsCore, request: Body): Operation[] {
  const groups = [['set', 'set'], ['delete', 'delete'], ['check', 'check']] as const;
  const ops = groups.flatMap(([field, kind]) => (optionalArray(request, field) ?? []).map((raw) => ({ kind, raw })));
  if (ops.length === 0) throw kvsErrors.invalidTransaction();
  if (ops.length > KVS_LIMITS.transactionOps) throw kvsErrors.tooManyTransactionOps();
  const prepared = ops.map(({ kind, raw }) => prepare(core, kind, raw));
  const ids = new Set(prepared.map((op) => `${op.space.entity}\u0000${op.key}`));
  if (ids.size !== prepared.length) throw kvsErrors.keyDuplication();
  return prepared;
}

/** POST /api/v1/transaction: 204 when every operation landed; nothing lands otherwise. */
export function transact(core: KvsCore, body: unknown): undefined {
  const ops = operations(core, asRecord(body, 'the transaction'));
  core.table.transaction(() => {
    for (const op of ops) {
      if (!op.conditions) continue;
      const stored = core.read(op.space, op.key);
      if (!stored || !filtersMatch(op.conditions, isRecord(stored.value) ? stored.value : {})) throw kvsErrors.conditionalCheckFailed();
    }
    for (const op of ops) {
      if (op.kind === 'set' && op.json !== undefined && op.options) core.write(op.space, op.key, op.json, op.options);
      if (op.kind === 'delete') core.remove(op.space, op.key);
    }
  });
  return undefined;
}
