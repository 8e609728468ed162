// Contract helper: checks Jira stand-in traffic against the pruned official Jira Cloud OpenAPI document
// (test/fixtures/jira-openapi) plus the reasoned exceptions in known-drift.json. Test-only, never network.
// It must never loosen a check silently: every deviation from the document lives in known-drift.json.
// Strictness rules are listed under "Decisions" below; change them only together with that list.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/*
 * Decisions (OpenAPI 3.0 schema -> JSON Schema 2020-12, compiled by ajv in strict mode):
 * - `additionalProperties: false` becomes `unevaluatedProperties: false`, so properties contributed by
 *   allOf/anyOf/oneOf branches count as declared (no false alarms on composed schemas). Schemas with no
 *   `additionalProperties` keep the OpenAPI default (extras allowed): the document says `false` explicitly
 *   on ~800 schemas, so its silence is deliberate (maps, user data, discriminated variants).
 * - Responses: `writeOnly` properties must not appear and are not required. Requests: `readOnly`
 *   properties are not required and are tolerated (Jira ignores them).
 * - `nullable: true` adds null to `type`/`enum` (or wraps in anyOf); `discriminator` is ignored and its
 *   `oneOf` checked as `anyOf` (variants overlap, e.g. CustomContextVariable). `$ref` siblings dropped.
 * - Formats are checked (ajv-formats; Jira's `+0000` offsets pass date-time). Unknown keywords throw.
 * - Status: exact code, then known-drift statuses, then `default`; otherwise an error. A 204 has no body.
 *   An error status (>= 400) without a documented schema must carry ErrorCollection
 *   ({errorMessages, errors}); a success status without one must have no body.
 * - Request bodies: only application/json is checked (multipart uploads are not JSON).
 */

type Json = Record<string, unknown>;
type Mode = 'request' | 'response';
type Media = { readonly schema?: unknown };
export type OpenApiResponse = { readonly description: string; readonly content?: Readonly<Record<string, Media>> };
export type OpenApiOperation = {
  readonly operationId?: string;
  readonly summary?: string;
  readonly parameters?: readonly unknown[];
  readonly requestBody?: { readonly required?: boolean; readonly content?: Readonly<Record<string, Media>> };
  readonly responses: Readonly<Record<string, OpenApiResponse>>;
};
export type OperationMatch = { readonly pathTemplate: string; readonly operation: OpenApiOperation };
export type DocumentedOperation = { readonly method: string; readonly pathTemplate: string };
type Patch = { readonly pointer: string; readonly expect?: unknown; readonly expectAbsent?: boolean; readonly value: unknown };
type Drift = {
  readonly id: string;
  readonly kind: 'patch' | 'status';
  readonly operations?: readonly string[];
  readonly schema?: string;
  readonly patches?: readonly Patch[];
  readonly status?: string;
};

export const FIXTURE_DIR = path.join(__dirname, '..', 'fixtures', 'jira-openapi');
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
const SCHEMA_PREFIX = '#/components/schemas/';
const KEEP = new Set(['type', 'enum', 'items', 'allOf', 'anyOf', 'not', 'minimum', 'maximum', 'minLength', 'maxLength',
  'pattern', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties', 'format', 'default', 'title', 'deprecated']);
const DROP = new Set(['nullable', 'discriminator', 'readOnly', 'writeOnly', 'description', 'example', 'xml']);

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(FIXTURE_DIR, file), 'utf8'));
const opKey = (method: string, template: string): string => `${method.toUpperCase()} ${template}`;
/** JSON text with sorted keys, for order-insensitive comparison; undefined stays undefined. */
const canonical = (v: unknown): string | undefined =>
  JSON.stringify(v, (_k, x: unknown) => (isRecord(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1))) : x));

/** OpenAPI 3.0 schema -> JSON Schema 2020-12 for one direction; `refBase` prefixes `#/$defs/X` refs. */
function convert(schema: unknown, mode: Mode, refBase: string): unknown {
  if (Array.isArray(schema)) return schema.map((s) => convert(s, mode, refBase));
  if (!isRecord(schema)) return schema;
  if (typeof schema.$ref === 'string') {
    if (!schema.$ref.startsWith(SCHEMA_PREFIX)) throw new Error(`unsupported $ref ${schema.$ref}`);
    return wrapNullable({ $ref: `${refBase}#/$defs/${schema.$ref.slice(SCHEMA_PREFIX.length)}` }, schema.nullable === true);
  }
  const out: Json = {};
  const hidden = mode === 'request' ? 'readOnly' : 'writeOnly';
  const props = isRecord(schema.properties) ? schema.properties : {};
  for (const [key, value] of Object.entries(schema)) {
    if (DROP.has(key) || key.startsWith('x-')) continue;
    if (key === 'properties') {
      out.properties = Object.fromEntries(Object.entries(props).map(([name, prop]) => {
        const forbidden = mode === 'response' && isRecord(prop) && prop.writeOnly === true;
        return [name, forbidden ? false : convert(prop, mode, refBase)];
      }));
    } else if (key === 'required' && Array.isArray(value)) {
      out.required = value.filter((name) => !(isRecord(props[String(name)]) && (props[String(name)] as Json)[hidden] === true));
    } else if (key === 'additionalProperties') {
      if (value === false) out.unevaluatedProperties = false;
      else out.additionalProperties = value === true ? true : convert(value, mode, refBase);
    } else if (key === 'oneOf') {
      out[schema.discriminator === undefined ? 'oneOf' : 'anyOf'] = convert(value, mode, refBase);
    } else if (KEEP.has(key)) {
      out[key] = key === 'enum' || key === 'default' ? value : convert(value, mode, refBase);
    } else {
      throw new Error(`OpenAPI keyword "${key}" has no conversion rule in openapi-validator.ts`);
    }
  }
  return wrapNullable(out, schema.nullable === true);
}

function wrapNullable(schema: Json, nullable: boolean): Json {
  if (!nullable) return schema;
  if (typeof schema.type !== 'string') return { anyOf: [schema, { type: 'null' }] };
  const enumWithNull = Array.isArray(schema.enum) ? { enum: [...(schema.enum as unknown[]), null] } : {};
  return { ...schema, type: [schema.type, 'null'], ...enumWithNull };
}

function applyPatch(root: Json, patch: Patch, id: string): void {
  const parts = patch.pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const last = parts.pop();
  let node: unknown = root;
  for (const part of parts) node = isRecord(node) ? node[part] : undefined;
  if (!isRecord(node) || last === undefined) throw new Error(`known-drift ${id}: ${patch.pointer} does not exist`);
  const current = canonical(node[last]);
  if (patch.expectAbsent === true ? current !== undefined : current !== canonical(patch.expect)) {
    throw new Error(`known-drift ${id}: the document changed at ${patch.pointer}; re-check the entry`);
  }
  node[last] = structuredClone(patch.value);
}

type State = {
  readonly doc: { readonly paths: Readonly<Record<string, Readonly<Record<string, OpenApiOperation>>>>; readonly components: { readonly schemas: Json } };
  readonly drift: readonly Drift[];
  readonly ajv: Ajv2020;
  readonly docIds: Map<string, string>;
  readonly validators: Map<string, ValidateFunction>;
};
let state: State | undefined;

function load(): State {
  if (state) return state;
  const doc = readJson('jira-platform-v3.pruned.json') as State['doc'];
  const raw = readJson('known-drift.json');
  const drift = (isRecord(raw) && Array.isArray(raw.entries) ? raw.entries : []) as Drift[];
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  state = { doc, drift, ajv, docIds: new Map(), validators: new Map() };
  for (const d of drift) if (d.kind === 'patch') schemaDoc('response', d.operations?.[0] ?? '*'); // fail fast on stale entries
  return state;
}

function appliesTo(d: Drift, key: string): boolean {
  return (d.operations ?? ['*']).some((o) => o === '*' || o === key);
}

/** Registers (once) the converted components for `mode`, with the patches that apply to `key`. */
function schemaDoc(mode: Mode, key: string): string {
  const s = load();
  const patches = s.drift.filter((d) => d.kind === 'patch' && appliesTo(d, key));
  const scoped = patches.some((d) => d.operations !== undefined && !d.operations.includes('*'));
  const id = `jira-${mode}${scoped ? `-${key.replace(/[^A-Za-z0-9]+/g, '-')}` : ''}.json`;
  if (s.docIds.has(id)) return id;
  const schemas = structuredClone(s.doc.components.schemas);
  for (const d of patches) {
    const target = schemas[d.schema ?? ''];
    if (!isRecord(target)) throw new Error(`known-drift ${d.id}: unknown schema ${String(d.schema)}`);
    for (const patch of d.patches ?? []) applyPatch(target, patch, d.id);
  }
  const defs = Object.fromEntries(Object.entries(schemas).map(([name, sc]) => [name, convert(sc, mode, '')]));
  s.ajv.addSchema({ $id: id, $defs: defs });
  s.docIds.set(id, id);
  return id;
}

function compiled(cacheKey: string, mode: Mode, key: string, schema: unknown): ValidateFunction {
  const s = load();
  const hit = s.validators.get(cacheKey);
  if (hit) return hit;
  const fn = s.ajv.compile(convert(schema, mode, schemaDoc(mode, key)) as Json);
  s.validators.set(cacheKey, fn);
  return fn;
}

function describe(errors: readonly ErrorObject[] | null | undefined, label: string): string[] {
  return (errors ?? []).map((e) => {
    const at = e.instancePath === '' ? 'body' : e.instancePath;
    const params = e.params as Record<string, unknown>;
    if (e.keyword === 'false schema') return `${label}: ${at} is writeOnly in the document and must not appear in a response`;
    if (e.keyword === 'unevaluatedProperties') return `${label}: ${at} has undocumented property "${String(params.unevaluatedProperty)}"`;
    if (e.keyword === 'enum') return `${label}: ${at} must be one of ${JSON.stringify(params.allowedValues)}`;
    return `${label}: ${at} ${e.message ?? e.keyword}`;
  });
}

function run(fn: ValidateFunction, body: unknown, label: string): string[] {
  return fn(body) ? [] : describe(fn.errors, label);
}

function jsonSchema(content: Readonly<Record<string, Media>> | undefined): unknown {
  return (content?.['application/json'] ?? content?.['*/*'])?.schema;
}

const isEmpty = (body: unknown): boolean => body === undefined || body === '';

function normalise(rawPath: string): string[] {
  const pathname = rawPath.replace(/^[a-z]+:\/\/[^/]+/i, '').split(/[?#]/)[0] ?? '';
  return pathname.replace(/\/+$/, '').split('/');
}

/** The documented operation for a concrete request path; literal segments beat `{templated}` ones. */
export function matchOperation(method: string, rawPath: string): OperationMatch | undefined {
  const actual = normalise(rawPath);
  let best: { template: string; score: string; operation: OpenApiOperation } | undefined;
  for (const [template, item] of Object.entries(load().doc.paths)) {
    const operation = item[method.toLowerCase()];
    const segments = template.split('/');
    if (!operation || segments.length !== actual.length) continue;
    let score = '';
    for (const [i, seg] of segments.entries()) {
      const templated = /^\{[^}]+\}$/.test(seg);
      if (!templated && seg !== actual[i]) score = 'x';
      if (templated && actual[i] === '') score = 'x';
      if (score === 'x') break;
      score += templated ? '0' : '1';
    }
    if (score !== 'x' && (!best || score > best.score)) best = { template, score, operation };
  }
  return best && { pathTemplate: best.template, operation: best.operation };
}

export function documentedOperations(): DocumentedOperation[] {
  return Object.entries(load().doc.paths).flatMap(([pathTemplate, item]) =>
    Object.keys(item).filter((m) => METHODS.includes(m)).map((m) => ({ method: m.toUpperCase(), pathTemplate })));
}

/** Errors for a response (empty when valid); `body` is the parsed JSON, or undefined/'' for none. */
export function validateResponse(method: string, rawPath: string, status: number, body: unknown): string[] {
  const match = matchOperation(method, rawPath);
  if (!match) return [`${method.toUpperCase()} ${rawPath}: no documented operation`];
  const key = opKey(method, match.pathTemplate);
  const code = String(status);
  const extra = load().drift.some((d) => d.kind === 'status' && d.status === code && appliesTo(d, key));
  const response = match.operation.responses[code] ?? (extra ? { description: 'known drift' } : match.operation.responses.default);
  const label = `${key} ${code}`;
  if (!response) return [`${label}: status not documented (documented: ${Object.keys(match.operation.responses).join(', ')})`];
  if (status === 204) return isEmpty(body) ? [] : [`${label}: a 204 response must have no body`];
  const schema = jsonSchema(response.content);
  if (schema === undefined && status < 400) return isEmpty(body) ? [] : [`${label}: no body is documented but one was returned`];
  if (isEmpty(body)) return [`${label}: a JSON body is documented but none was returned`];
  const effective = schema ?? { $ref: `${SCHEMA_PREFIX}ErrorCollection` };
  return run(compiled(`response|${label}`, 'response', key, effective), body, label);
}

/** Errors for a request body (empty when valid); only application/json bodies are checked. */
export function validateRequestBody(method: string, rawPath: string, body: unknown): string[] {
  const match = matchOperation(method, rawPath);
  if (!match) return [`${method.toUpperCase()} ${rawPath}: no documented operation`];
  const key = opKey(method, match.pathTemplate);
  const requestBody = match.operation.requestBody;
  if (!requestBody) return isEmpty(body) ? [] : [`${key}: takes no request body`];
  if (isEmpty(body)) return requestBody.required === true ? [`${key}: a request body is required`] : [];
  const schema = requestBody.content?.['application/json']?.schema;
  if (schema === undefined) return [];
  return run(compiled(`request|${key}`, 'request', key, schema), body, `${key} request`);
}
