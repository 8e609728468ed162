// kvs.query (plain keys: one BEGINS_WITH on `key`, lexicographic order) and entity queries (one index:
// partition equality, a range condition on the index's range attribute, and/or filters, ASC/DESC sort).
// Both page with opaque cursors and answer `{data, cursor?}`; the cursor is absent on the last page.
import { RANGE_CONDITIONS, compareScalars, filtersMatch, matches, parseCondition, parseFilters } from './kvs-conditions';
import { KEY_RANGE } from './kvs-entities';
import { kvsErrors } from './kvs-errors';
import { itemBody, type KvsCore } from './kvs-core';
import type { StoredItem } from './kvs-table';
import {
  entityLimit, isRecord, listLimit, metadataFields, optionalArray, optionalRecord, requiredString, type Body,
} from './kvs-validation';

type Cursor = { readonly k: string; readonly r?: unknown };

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

function decodeCursor(raw: unknown): Cursor {
  if (typeof raw !== 'string') throw kvsErrors.badRequest('the cursor must be a string');
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (isRecord(parsed) && typeof parsed.k === 'string') return { k: parsed.k, r: parsed.r };
  } catch {
    // falls through to the error below
  }
  throw kvsErrors.badRequest('the cursor is not valid');
}

/** The key prefix of the single `where` clause kvs.query allows ('' when there is none). */
function wherePrefix(where: readonly unknown[] | undefined): string {
  if (!where || where.length === 0) return '';
  if (where.length > 1) throw kvsErrors.queryWhereInvalid();
  const clause = where[0];
  if (!isRecord(clause)) throw kvsErrors.badRequest('a where clause must be an object');
  if (clause.property !== 'key') throw kvsErrors.queryWhereFieldInvalid();
  if (clause.condition !== 'BEGINS_WITH') throw kvsErrors.invalidFilterCondition();
  const values = clause.values;
  if (!Array.isArray(values) || values.length !== 1) throw kvsErrors.invalidFilterValues();
  const prefix: unknown = values[0];
  if (typeof prefix !== 'string' && typeof prefix !== 'number') throw kvsErrors.invalidFilterValues();
  return String(prefix);
}

/** POST /api/v1/query. Secrets live in another namespace and are never listed. */
export function listQuery(core: KvsCore, body: Body): unknown {
  const limit = listLimit(body.limit);
  const prefix = wherePrefix(optionalArray(body, 'where'));
  const after = body.after === undefined || body.after === null ? null : decodeCursor(body.after).k;
  const fields = metadataFields(optionalRecord(body.options, '"options"').metadataFields);
  const rows = core.table.pageByKey(prefix, after, limit + 1, core.now());
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const more = rows.length > limit && last !== undefined;
  return { data: page.map((item) => itemBody(item, fields)), ...(more ? { cursor: encodeCursor({ k: last.key }) } : {}) };
}

type Candidate = { readonly item: StoredItem; readonly record: Body; readonly rangeValue: unknown };

function compareCandidates(a: { rangeValue: unknown; key: string }, b: { rangeValue: unknown; key: string }): number {
  const byRange = compareScalars(a.rangeValue, b.rangeValue);
  if (byRange !== 0) return byRange;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** POST /api/v1/entity/query. */
export function entityQuery(core: KvsCore, body: Body): unknown {
  const entityName = core.entitySpace(body.entityName).entity;
  const index = core.catalog.index(entityName, requiredString(body, 'indexName'));
  const limit = entityLimit(body.limit);
  const partition = optionalArray(body, 'partition') ?? [];
  if (partition.length !== index.partition.length) {
    throw kvsErrors.badRequest(`index "${index.name}" takes a partition of ${index.partition.length} value(s), got ${partition.length}`);
  }
  const range = body.range === undefined ? undefined : parseCondition(body.range, RANGE_CONDITIONS, false);
  const filters = parseFilters(body.filters);
  if (body.sort !== undefined && body.sort !== 'ASC' && body.sort !== 'DESC') throw kvsErrors.badRequest('"sort" must be ASC or DESC');
  const direction = body.sort === 'DESC' ? -1 : 1;
  const options = optionalRecord(body.options, '"options"');
  const fields = metadataFields(options.metadataFields ?? body.metadataFields);
  const cursor = body.cursor === undefined ? undefined : decodeCursor(body.cursor);

  const candidates: Candidate[] = [];
  for (const item of core.table.entityItems(entityName, core.now())) {
    const record = isRecord(item.value) ? item.value : {};
    const rangeValue = index.range === KEY_RANGE ? item.key : record[index.range];
    if (rangeValue === undefined || rangeValue === null) continue; // sparse index: rows without the attribute are not in it
    if (!index.partition.every((attribute, i) => record[attribute] !== undefined && record[attribute] === partition[i])) continue;
    if (range && !matches(range, rangeValue)) continue;
    if (!filtersMatch(filters, record)) continue;
    candidates.push({ item, record, rangeValue });
  }
  const ordered = candidates
    .sort((a, b) => direction * compareCandidates({ rangeValue: a.rangeValue, key: a.item.key }, { rangeValue: b.rangeValue, key: b.item.key }))
    .filter((c) => !cursor || direction * compareCandidates({ rangeValue: c.rangeValue, key: c.item.key }, { rangeValue: cursor.r, key: cursor.k }) > 0);
  const page = ordered.slice(0, limit);
  const last = page[page.length - 1];
  const more = ordered.length > limit && last !== undefined;
  return {
    data: page.map((c) => itemBody(c.item, fields)),
    ...(more ? { cursor: encodeCursor({ k: last.item.key, r: last.rangeValue }) } : {}),
  };
}
