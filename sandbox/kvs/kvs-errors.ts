// The Forge KVS error envelope `{code, message}` and the codes the stand-in answers with.
// @forge/kvs (utils/error-handling.js) turns any non-2xx body with `code` + `message` into ForgeKvsAPIError.
// Never invent a code here without saying where it comes from (docs, SDK fixture or measurement).
import { randomUUID } from 'node:crypto';
import { jsonResponse, type StandInResponse } from '../http-types';

export class KvsError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'KvsError';
  }
}

const KEY_REGEX_TEXT = '/^(?!\\s+$)[a-zA-Z0-9:._\\s-#]+$/';

/** Codes and messages; sources in brackets (docs = developer.atlassian.com, fixture = SDK's own tests). */
export const kvsErrors = {
  // [fixture: @forge/kvs out/__test__/index.test.js]
  badRequest: (detail?: string) =>
    new KvsError(400, 'BAD_REQUEST', detail ? `Provided request body is invalid: ${detail}` : 'Provided request body is invalid'),
  keyNotFound: () => new KvsError(404, 'KEY_NOT_FOUND', 'Provided key does not exist'),
  internal: () => new KvsError(500, 'INTERNAL_SERVER_ERROR', 'An internal server error has occurred'),
  // [docs: storage-reference/handling-errors-kvs and handling-errors-customentities]
  keyTooShort: () => new KvsError(400, 'KEY_TOO_SHORT', 'The provided key needs to be more than one character.'),
  emptyKey: () => new KvsError(400, 'EMPTY_KEY', 'Key cannot be empty.'),
  keyTooLong: () => new KvsError(400, 'KEY_TOO_LONG', 'The provided key has exceeded the maximum 500 characters.'),
  invalidKey: () => new KvsError(400, 'INVALID_KEY', `The provided key does not match the regex: ${KEY_REGEX_TEXT}`),
  maxSize: () => new KvsError(400, 'MAX_SIZE', 'The provided value has exceeded the maximum size limit.'),
  maxDepth: () => new KvsError(400, 'MAX_DEPTH', 'The provided value has exceeded the maximum object depth (32) limit.'),
  invalidFilterCondition: () =>
    new KvsError(400, 'INVALID_FILTER_CONDITION', 'The specified condition is not supported for filters.'),
  invalidFilterValues: () =>
    new KvsError(400, 'INVALID_FILTER_VALUES', 'The specified number of values are not supported by the given condition.'),
  listQueryLimit: () => new KvsError(400, 'LIST_QUERY_LIMIT_EXCEEDED', 'Limit for list query should be below 100.'),
  queryWhereInvalid: () =>
    new KvsError(400, 'QUERY_WHERE_INVALID', 'KVS queries should contain only a single "where" clause.'),
  queryWhereFieldInvalid: () =>
    new KvsError(400, 'QUERY_WHERE_FIELD_INVALID', 'The specified field is not supported for filters.'),
  invalidEntityValue: (detail: string) =>
    new KvsError(400, 'INVALID_ENTITY_VALUE', `Entity values must match one of the types defined in Custom Entities. ${detail}`),
  invalidEntityIndex: (index: string) =>
    new KvsError(400, 'INVALID_ENTITY_INDEX', `The custom entity index provided is invalid: ${index}`),
  pageLimitNotInRange: () =>
    new KvsError(400, 'COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE', 'The page limit must be set between 1 and 100.'),
  emptyFilterOperator: () =>
    new KvsError(400, 'EMPTY_FILTER_OPERATOR', 'Filter operators "and" and "or" cannot be empty.'),
  filterOperatorsCombination: () =>
    new KvsError(400, 'INVALID_FILTER_OPERATORS_COMBINATION', 'Filter operators "and" and "or" cannot be present at the same level.'),
  insufficientFilterValues: () =>
    new KvsError(400, 'INSUFFICIENT_FILTER_VALUES', 'The specified condition needs at least two values.'),
  // [docs: REST OpenAPI for /v1/set and /v1/transaction, quoted in third-party research; messages measured there]
  keyConflict: () => new KvsError(409, 'KEY_CONFLICT', 'Provided key already exists and cannot be overwritten'),
  keyPolicyReturnValue: () =>
    new KvsError(400, 'INVALID_KEY_POLICY_RETURN_VALUE_COMBINATION', 'returnValue can only be used with keyPolicy OVERRIDE'),
  invalidTransaction: () =>
    new KvsError(400, 'INVALID_TRANSACTION_REQUEST', 'Transaction request must include one of set, check or delete.'),
  conditionalCheckFailed: () =>
    new KvsError(400, 'CONDITIONAL_CHECK_FAILED', 'Request failed due to conditional check specified or optimistic locking'),
  // [third-party measurement on real Forge; see the stand-in report]
  tooManyTransactionOps: () =>
    new KvsError(422, 'UNPROCESSABLE_ENTITY', 'Request cannot be processed due to one or more semantic errors'),
  keyDuplication: () => new KvsError(400, 'KEY_DUPLICATION_ERROR', 'Duplicate key found in request'),
  tooManyBatchItems: (verb: string, count: number, max: number) =>
    new KvsError(400, 'TOO_MANY_BATCH_ENTITIES', `Number of entities to ${verb} was ${count}, but you can only ${verb} a maximum of ${max} entities at a time.`),
  schemaNotFound: () => new KvsError(404, 'SCHEMA_NOT_FOUND', 'The schema provided does not exist'),
  invalidTtl: (received: unknown) =>
    new KvsError(400, 'INVALID_TTL', `TTL value must be a positive integer, received: ${String(received)}`),
  incorrectPropertyType: (attribute: string, type: string) =>
    new KvsError(400, 'INCORRECT_PROPERTY_TYPE', `Data type for property "${attribute}" is defined as "${type}"`),
  // [stand-in's own: the platform's answer is not known]
  routeNotFound: (method: string, path: string) => new KvsError(404, 'NOT_FOUND', `No KVS operation at ${method} ${path}`),
  methodNotAllowed: (method: string) => new KvsError(405, 'METHOD_NOT_ALLOWED', `KVS operations take POST, not ${method}`),
  payloadTooLarge: () => new KvsError(413, 'PAYLOAD_TOO_LARGE', 'The request payload exceeds the 4MB limit.'),
} as const;

export function traceHeaders(): Record<string, string> {
  return { 'x-trace-id': randomUUID().replace(/-/g, '') };
}

export function errorResponse(error: KvsError): StandInResponse {
  return jsonResponse(error.status, { code: error.code, message: error.message }, traceHeaders());
}
