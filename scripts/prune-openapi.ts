// Prunes Atlassian's Jira Cloud platform OpenAPI document down to the operations LineBridge uses
// (test/fixtures/jira-openapi/operations.json) and the component schemas they reach, for contract tests.
// Output is deterministic (sorted keys) so regenerating gives small diffs. It must never edit the source
// document, never keep an operation that is not listed, and never drop a schema a kept one references.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const FIXTURE_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'jira-openapi');
export const PRUNED_FILE = path.join(FIXTURE_DIR, 'jira-platform-v3.pruned.json');
export const NOTICE_FILE = path.join(FIXTURE_DIR, 'NOTICE');
export const OPERATIONS_FILE = path.join(FIXTURE_DIR, 'operations.json');
export const DEFAULT_SOURCE = path.join(__dirname, '..', '..', 'shared', 'contracts', 'jira-platform-v3.json');

export type OperationRef = { readonly method: string; readonly path: string };
export type OperationSelection = { readonly operations: readonly OperationRef[]; readonly extraSchemas: readonly string[] };
export type PruneResult = { readonly document: Record<string, unknown>; readonly missing: readonly OperationRef[] };

type Json = Record<string, unknown>;
const SCHEMA_PREFIX = '#/components/schemas/';
/** Documentation-only keys dropped from schemas to keep the fixture small (validation is unaffected). */
const DOC_KEYS = new Set(['description', 'example', 'examples', 'xml', 'externalDocs']);
const OPERATION_KEYS = ['operationId', 'summary', 'deprecated', 'x-atlassian-oauth2-scopes'];
const PARAMETER_KEYS = ['name', 'in', 'required', 'style', 'explode', 'deprecated'];

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pick(source: Json, keys: readonly string[]): Json {
  return Object.fromEntries(keys.filter((k) => source[k] !== undefined).map((k) => [k, source[k]]));
}

/** Deep copy of a schema without documentation keywords and vendor extensions. */
function stripSchema(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripSchema);
  if (!isRecord(value)) return value;
  const out: Json = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === 'properties' && isRecord(child)) {
      out[key] = Object.fromEntries(Object.entries(child).map(([name, s]) => [name, stripSchema(s)]));
    } else if (!DOC_KEYS.has(key) && !key.startsWith('x-')) {
      out[key] = stripSchema(child);
    }
  }
  return out;
}

function stripContent(content: unknown): Json | undefined {
  if (!isRecord(content)) return undefined;
  const entries = Object.entries(content).map(([type, media]) => {
    const schema = isRecord(media) && media.schema !== undefined ? { schema: stripSchema(media.schema) } : {};
    return [type, schema] as const;
  });
  return Object.fromEntries(entries);
}

function pruneOperation(op: Json): Json {
  const out = pick(op, OPERATION_KEYS);
  if (Array.isArray(op.parameters)) {
    out.parameters = op.parameters.filter(isRecord).map((p) => ({ ...pick(p, PARAMETER_KEYS), schema: stripSchema(p.schema) }));
  }
  if (isRecord(op.requestBody)) {
    out.requestBody = { ...pick(op.requestBody, ['required']), content: stripContent(op.requestBody.content) };
  }
  const responses: Json = {};
  for (const [status, res] of Object.entries(isRecord(op.responses) ? op.responses : {})) {
    if (!isRecord(res)) continue;
    const content = stripContent(res.content);
    responses[status] = { description: res.description ?? '', ...(content ? { content } : {}) };
  }
  out.responses = responses;
  return out;
}

/** Every `#/components/schemas/X` name mentioned anywhere in value (as `$ref` or discriminator mapping). */
function collectRefs(value: unknown, into: Set<string>): void {
  if (typeof value === 'string' && value.startsWith(SCHEMA_PREFIX)) into.add(value.slice(SCHEMA_PREFIX.length));
  else if (Array.isArray(value)) value.forEach((v) => collectRefs(v, into));
  else if (isRecord(value)) Object.values(value).forEach((v) => collectRefs(v, into));
}

export function pruneOpenApi(source: unknown, selection: OperationSelection): PruneResult {
  if (!isRecord(source) || !isRecord(source.paths) || !isRecord(source.components)) throw new Error('not an OpenAPI 3 document');
  const allSchemas = isRecord(source.components.schemas) ? source.components.schemas : {};
  const paths: Record<string, Json> = {};
  const missing: OperationRef[] = [];
  for (const ref of selection.operations) {
    const item = source.paths[ref.path];
    const op = isRecord(item) ? item[ref.method.toLowerCase()] : undefined;
    if (!isRecord(op)) {
      missing.push(ref);
      continue;
    }
    paths[ref.path] = { ...paths[ref.path], [ref.method.toLowerCase()]: pruneOperation(op) };
  }
  const pending = new Set<string>(selection.extraSchemas);
  collectRefs(paths, pending);
  const schemas: Json = {};
  while (pending.size > 0) {
    const [name] = pending;
    if (name === undefined) break;
    pending.delete(name);
    if (name in schemas) continue;
    if (!(name in allSchemas)) throw new Error(`schema ${name} is referenced but not defined`);
    schemas[name] = stripSchema(allSchemas[name]);
    const refs = new Set<string>();
    collectRefs(schemas[name], refs);
    refs.forEach((r) => pending.add(r));
  }
  const info = isRecord(source.info) ? pick(source.info, ['title', 'version', 'license']) : {};
  const document: Json = { openapi: source.openapi, info, servers: source.servers, paths, components: { schemas } };
  return { document, missing };
}

/** JSON with object keys sorted at every depth (arrays keep their order), 2-space indent, final newline. */
export function stableStringify(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (!isRecord(v)) return v;
    return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort(v[k])]));
  };
  return `${JSON.stringify(sort(value), null, 2)}\n`;
}

export function readSelection(file = OPERATIONS_FILE): OperationSelection {
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isRecord(raw) || !Array.isArray(raw.operations)) throw new Error(`${file}: expected {operations: [...]}`);
  const operations = raw.operations.filter(isRecord).map((o) => ({ method: String(o.method).toUpperCase(), path: String(o.path) }));
  const extraSchemas = Array.isArray(raw.extraSchemas) ? raw.extraSchemas.map(String) : [];
  return { operations, extraSchemas };
}

export function noticeText(document: Json): string {
  const info = isRecord(document.info) ? document.info : {};
  return [
    'jira-platform-v3.pruned.json is derived from "The Jira Cloud platform REST API" OpenAPI document',
    `(version ${String(info.version)}), published by Atlassian Pty Ltd, licensed under the Apache License 2.0:`,
    'http://www.apache.org/licenses/LICENSE-2.0 (full text: https://www.apache.org/licenses/LICENSE-2.0.txt).',
    '',
    'Modifications: generated by scripts/prune-openapi.ts, which keeps only the operations listed in',
    'operations.json and the component schemas they reference, removes documentation-only keys',
    '(descriptions, examples, xml, vendor extensions other than x-atlassian-oauth2-scopes) and sorts keys.',
    'operations.json and known-drift.json are LineBridge files, not part of the Atlassian document.',
    '',
  ].join('\n');
}

function main(): void {
  const sourceFile = process.env.JIRA_OPENAPI ?? DEFAULT_SOURCE;
  const source: unknown = JSON.parse(readFileSync(sourceFile, 'utf8'));
  const { document, missing } = pruneOpenApi(source, readSelection());
  if (missing.length > 0) {
    const list = missing.map((m) => `  ${m.method} ${m.path}`).join('\n');
    process.stderr.write(`These operations are not in ${sourceFile}; remove them from operations.json:\n${list}\n`);
    process.exit(1);
  }
  const text = stableStringify(document);
  writeFileSync(PRUNED_FILE, text);
  writeFileSync(NOTICE_FILE, noticeText(document));
  const schemas = Object.keys((document.components as Json).schemas as Json).length;
  process.stdout.write(`wrote ${path.relative(process.cwd(), PRUNED_FILE)}: ${Object.keys(document.paths as Json).length} paths, ${schemas} schemas, ${text.length} bytes\n`);
}

if (require.main === module) main();
