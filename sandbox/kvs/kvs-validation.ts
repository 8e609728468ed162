// Platform limits for keys, values, TTLs and options of the Forge KVS, and narrowing of the JSON bodies the
// @forge/kvs SDK sends. Every check throws KvsError with the platform's code; nothing here touches storage.
// Limits: developer.atlassian.com limits-kvs-ce (key 500, regex, value 240 KiB raw, depth 31), TTL max 1 year.
import { KvsError, kvsErrors } from './kvs-errors';

export const KVS_LIMITS = {
  keyLength: 500,
  valueBytes: 240 * 1024,
  /** Nesting of objects/arrays; the errors page says "(32)", the limits page "31": a scalar counts as level 1. */
  depth: 31,
  batchItems: 25,
  transactionOps: 25,
  requestBytes: 4 * 1024 * 1024,
  queryDefault: 10,
  queryMax: 100,
  filterConditions: 100,
  ttlMaxMs: 365 * 24 * 3600 * 1000,
} as const;

const KEY_REGEX = /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/;
const TTL_UNIT_MS: Readonly<Record<string, number>> = { SECONDS: 1000, MINUTES: 60_000, HOURS: 3_600_000, DAYS: 86_400_000 };
export const METADATA_FIELDS = ['CREATED_AT', 'UPDATED_AT', 'EXPIRE_TIME'] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

export type Body = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is Body {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asRecord(value: unknown, what: string): Body {
  if (!isRecord(value)) throw kvsErrors.badRequest(`${what} must be an object`);
  return value;
}

export function optionalRecord(value: unknown, what: string): Body {
  return value === undefined ? {} : asRecord(value, what);
}

export function requiredString(body: Body, field: string): string {
  const value = body[field];
  if (typeof value !== 'string') throw kvsErrors.badRequest(`"${field}" must be a string`);
  return value;
}

export function optionalString(body: Body, field: string): string | undefined {
  return body[field] === undefined ? undefined : requiredString(body, field);
}

export function optionalArray(body: Body, field: string): readonly unknown[] | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw kvsErrors.badRequest(`"${field}" must be an array`);
  const list: readonly unknown[] = value;
  return list;
}

/** Plain KVS and secrets say KEY_TOO_SHORT for an empty key; the Custom Entity Store says EMPTY_KEY. */
export function checkKey(key: unknown, forEntity: boolean): string {
  if (key === undefined || key === null) throw kvsErrors.badRequest('"key" is required');
  if (typeof key !== 'string') throw kvsErrors.badRequest('"key" must be a string');
  if (key.length === 0) throw forEntity ? kvsErrors.emptyKey() : kvsErrors.keyTooShort();
  if (key.length > KVS_LIMITS.keyLength) throw kvsErrors.keyTooLong();
  if (!KEY_REGEX.test(key)) throw kvsErrors.invalidKey();
  return key;
}

function nesting(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  let deepest = 0;
  for (const child of Object.values(value)) deepest = Math.max(deepest, nesting(child));
  return deepest + 1;
}

/** Checks a value as the platform does and returns its serialized JSON (what is persisted). */
export function checkValue(value: unknown): string {
  if (value === undefined || value === null) throw kvsErrors.badRequest('"value" must be a string, number, boolean, array or object');
  const json = JSON.stringify(value);
  if (Buffer.byteLength(json, 'utf8') > KVS_LIMITS.valueBytes) throw kvsErrors.maxSize();
  if (nesting(value) > KVS_LIMITS.depth) throw kvsErrors.maxDepth();
  return json;
}

export function metadataFields(value: unknown): readonly MetadataField[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw kvsErrors.badRequest('"metadataFields" must be an array');
  return value.map((field) => {
    const known = METADATA_FIELDS.find((name) => name === field);
    if (!known) throw kvsErrors.badRequest(`unknown metadata field ${String(field)}`);
    return known;
  });
}

/** `{value, unit}` → milliseconds, or null when absent. */
export function ttlMillis(ttl: unknown): number | null {
  if (ttl === undefined) return null;
  const spec = asRecord(ttl, '"ttl"');
  const unitMs = typeof spec.unit === 'string' ? TTL_UNIT_MS[spec.unit] : undefined;
  if (unitMs === undefined) throw kvsErrors.badRequest('"ttl.unit" must be SECONDS, MINUTES, HOURS or DAYS');
  const amount = spec.value;
  if (typeof amount !== 'number' || !Number.isInteger(amount) || amount <= 0) throw kvsErrors.invalidTtl(amount);
  const ms = amount * unitMs;
  if (ms > KVS_LIMITS.ttlMaxMs) throw new KvsError(400, 'INVALID_TTL', 'TTL must not exceed 1 year');
  return ms;
}

export type WriteOptions = {
  readonly ttlMs: number | null;
  readonly failIfExists: boolean;
  readonly returnValue: 'PREVIOUS' | 'LATEST' | undefined;
  readonly returnFields: readonly MetadataField[];
};

/** Options of a single set; `ttlOnly` for batch and transaction items, whose SetOptions carry only `ttl`. */
export function writeOptions(raw: unknown, ttlOnly: boolean): WriteOptions {
  const options = optionalRecord(raw, '"options"');
  const extra = Object.keys(options).filter((name) => name !== 'ttl');
  if (ttlOnly && extra.length > 0) throw kvsErrors.badRequest(`only "ttl" is allowed in these options, got ${extra.join(', ')}`);
  const policy = options.keyPolicy;
  if (policy !== undefined && policy !== 'OVERRIDE' && policy !== 'FAIL_IF_EXISTS') throw kvsErrors.badRequest('"keyPolicy" must be OVERRIDE or FAIL_IF_EXISTS');
  const returnValue = options.returnValue;
  if (returnValue !== undefined && returnValue !== 'PREVIOUS' && returnValue !== 'LATEST') throw kvsErrors.badRequest('"returnValue" must be PREVIOUS or LATEST');
  if (returnValue !== undefined && policy === 'FAIL_IF_EXISTS') throw kvsErrors.keyPolicyReturnValue();
  if (options.returnMetadataFields !== undefined && returnValue === undefined) throw kvsErrors.badRequest('"returnMetadataFields" needs "returnValue"');
  return {
    ttlMs: ttlMillis(options.ttl),
    failIfExists: policy === 'FAIL_IF_EXISTS',
    returnValue,
    returnFields: metadataFields(options.returnMetadataFields),
  };
}

/** Page size for kvs.query (default 10, max 100: docs storage-api-query and CHANGE-1916). */
export function listLimit(value: unknown): number {
  if (value === undefined || value === null) return KVS_LIMITS.queryDefault;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) throw kvsErrors.badRequest('"limit" must be a positive integer');
  if (value > KVS_LIMITS.queryMax) throw kvsErrors.listQueryLimit();
  return value;
}

/** Page size for entity queries (COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE outside 1..100). */
export function entityLimit(value: unknown): number {
  if (value === undefined || value === null) return KVS_LIMITS.queryDefault;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > KVS_LIMITS.queryMax) throw kvsErrors.pageLimitNotInRange();
  return value;
}
