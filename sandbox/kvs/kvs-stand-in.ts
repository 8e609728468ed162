// The Forge KVS stand-in: answers the HTTP protocol the real @forge/kvs SDK (1.6.5) speaks through
// `global.__forge_fetch__({type: 'kvs'}, '/api/v1/...', {method: 'POST', body: JSON})`, persisted in SQLite.
// It never throws from `handle`: every failure is the platform's `{code, message}` envelope with its status.
import type { SqliteDb } from '../db/sqlite';
import { emptyResponse, jsonResponse, type StandInRequest, type StandInResponse } from '../http-types';
import { batchDelete, batchGet, batchSet } from './kvs-batch';
import { KV_SPACE, KvsCore, SECRET_SPACE, deleteItem, getItem, setItem } from './kvs-core';
import { EntityCatalog, type EntityDeclarations } from './kvs-entities';
import { KvsError, errorResponse, kvsErrors, traceHeaders } from './kvs-errors';
import { entityQuery, listQuery } from './kvs-query';
import { KvsTable } from './kvs-table';
import { KVS_LIMITS, asRecord } from './kvs-validation';
import { transact } from './kvs-transaction';

export { entityDeclarationsFromManifest, type EntityDeclaration, type EntityDeclarations } from './kvs-entities';

export type KvsStandInOptions = {
  /** Clock in epoch milliseconds (createdAt/updatedAt, TTL expiry). */
  readonly now?: () => number;
  /** Custom entities as declared in manifest `app.storage.entities`: `{name: {attributes, indexes}}`. */
  readonly entities?: EntityDeclarations;
};

type Route = (core: KvsCore, body: unknown) => unknown;

const record = (fn: (core: KvsCore, body: ReturnType<typeof asRecord>) => unknown): Route =>
  (core, body) => fn(core, asRecord(body, 'the request body'));

const ROUTES: Readonly<Record<string, Route>> = {
  '/api/v1/get': record((core, body) => getItem(core, KV_SPACE, body)),
  '/api/v1/set': record((core, body) => setItem(core, KV_SPACE, body)),
  '/api/v1/delete': record((core, body) => deleteItem(core, KV_SPACE, body)),
  '/api/v1/query': record(listQuery),
  '/api/v1/secret/get': record((core, body) => getItem(core, SECRET_SPACE, body)),
  '/api/v1/secret/set': record((core, body) => setItem(core, SECRET_SPACE, body)),
  '/api/v1/secret/delete': record((core, body) => deleteItem(core, SECRET_SPACE, body)),
  '/api/v1/entity/get': record((core, body) => getItem(core, core.entitySpace(body.entityName), body)),
  '/api/v1/entity/set': record((core, body) => setItem(core, core.entitySpace(body.entityName), body)),
  '/api/v1/entity/delete': record((core, body) => deleteItem(core, core.entitySpace(body.entityName), body)),
  '/api/v1/entity/query': record(entityQuery),
  '/api/v1/batch/get': batchGet,
  '/api/v1/batch/set': batchSet,
  '/api/v1/batch/delete': batchDelete,
  '/api/v1/transaction': transact,
};

export class KvsStandIn {
  private readonly core: KvsCore;

  /** Creates the `kvs_items` table if absent; throws only on an invalid entity declaration. */
  constructor(db: SqliteDb, opts: KvsStandInOptions = {}) {
    this.core = new KvsCore(new KvsTable(db), new EntityCatalog(opts.entities), opts.now ?? Date.now);
  }

  handle(req: StandInRequest): StandInResponse {
    try {
      const route = Object.hasOwn(ROUTES, req.path) ? ROUTES[req.path] : undefined;
      if (!route) throw kvsErrors.routeNotFound(req.method, req.path);
      if (req.method !== 'POST') throw kvsErrors.methodNotAllowed(req.method);
      // Batches and transactions carry a 4MB payload limit (docs); single writes hit MAX_SIZE first.
      const multi = req.path.startsWith('/api/v1/batch/') || req.path === '/api/v1/transaction';
      if (multi && Buffer.byteLength(req.body, 'utf8') > KVS_LIMITS.requestBytes) throw kvsErrors.payloadTooLarge();
      const result = route(this.core, parseBody(req.body));
      return result === undefined ? emptyResponse(204, traceHeaders()) : jsonResponse(200, result, traceHeaders());
    } catch (error) {
      if (error instanceof KvsError) return errorResponse(error);
      // A bug in the stand-in, not a platform answer: keep the platform's 500 shape, say what broke in `context`.
      const internal = kvsErrors.internal();
      const context = { standInError: error instanceof Error ? error.message : String(error) };
      return jsonResponse(internal.status, { code: internal.code, message: internal.message, context }, traceHeaders());
    }
  }
}

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw kvsErrors.badRequest();
  }
}
