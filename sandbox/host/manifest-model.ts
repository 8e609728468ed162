// Reads manifest.yml the way the Forge CLI does (environment-variable interpolation, then YAML) and
// turns it into the typed list of what the host must wire. Anything it does not know is reported with
// its line, so a typo fails at start rather than silently doing nothing.
import fs from 'node:fs';
import { parseDocument, isMap, isSeq, type Document } from 'yaml';

export type FunctionModule = { readonly key: string; readonly handler: string; readonly timeoutSeconds?: number };
export type UiModule = {
  readonly type: string;
  readonly key: string;
  readonly resource?: string;
  readonly resolverFunction?: string;
  readonly raw: Readonly<Record<string, unknown>>;
};
export type TriggerModule = { readonly key: string; readonly function: string; readonly events: readonly string[]; readonly ignoreSelf: boolean };
export type ScheduledModule = { readonly key: string; readonly function: string; readonly interval: string };
export type WebTriggerModule = { readonly key: string; readonly function: string };
export type ConsumerModule = { readonly key: string; readonly queue: string; readonly function: string };
export type ValidatorModule = { readonly key: string; readonly expression?: string; readonly errorMessage?: string };

export type HostManifest = {
  readonly appId: string;
  readonly functions: ReadonlyMap<string, FunctionModule>;
  readonly uiModules: readonly UiModule[];
  readonly resources: ReadonlyMap<string, string>;
  readonly triggers: readonly TriggerModule[];
  readonly scheduled: readonly ScheduledModule[];
  readonly webTriggers: readonly WebTriggerModule[];
  readonly consumers: readonly ConsumerModule[];
  readonly validators: readonly ValidatorModule[];
  /** `app.storage.entities`, as declared (the KVS stand-in validates them). */
  readonly storageEntities: readonly StorageEntity[];
  /** `jira:entityProperty` modules: issue properties indexed for JQL. */
  readonly entityProperties: readonly EntityPropertyModule[];
};

export type StorageEntity = {
  readonly name: string;
  readonly attributes: Readonly<Record<string, { readonly type: 'string' | 'integer' | 'float' | 'boolean' | 'any' }>>;
  readonly indexes?: ReadonlyArray<string | { readonly name: string; readonly partition?: readonly string[]; readonly range: readonly string[] }>;
};
export type EntityPropertyModule = {
  readonly propertyKey: string;
  readonly entityType?: string;
  readonly values: ReadonlyArray<{ readonly path: string; readonly type: 'number' | 'string' | 'text' | 'user' | 'date'; readonly searchAlias?: string }>;
};

export class ManifestError extends Error {}

/** Forge CLI semantics: `${VAR}` must be declared in environment.variables; the process env wins over the default. */
export function interpolate(text: string, env: NodeJS.ProcessEnv): string {
  const declared = new Map<string, string | undefined>();
  const doc = parseDocument(text);
  const vars = (doc.toJS() as { environment?: { variables?: unknown[] } }).environment?.variables ?? [];
  for (const v of vars) {
    if (typeof v === 'string') declared.set(v, undefined);
    else if (v && typeof v === 'object' && 'key' in v) {
      const def = (v as { default?: unknown }).default;
      declared.set(String(v.key), typeof def === 'string' ? def : undefined);
    }
  }
  return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, name: string) => {
    if (!declared.has(name)) throw new ManifestError(`manifest.yml uses \${${name}} but environment.variables does not declare it`);
    const value = env[name] ?? declared.get(name);
    if (value === undefined) throw new ManifestError(`manifest.yml needs the environment variable ${name}`);
    return value;
  });
}

export function lineOf(doc: Document, path: readonly (string | number)[], text: string): number {
  const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  const offset = node?.range?.[0];
  return offset === undefined ? 0 : text.slice(0, offset).split('\n').length;
}

export function readManifestFile(file: string, env: NodeJS.ProcessEnv = process.env): { text: string; doc: Document } {
  const text = interpolate(fs.readFileSync(file, 'utf8'), env);
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new ManifestError(`manifest.yml is not valid YAML: ${doc.errors[0]?.message ?? ''}`);
  if (!isMap(doc.contents) || !isSeq(doc.getIn(['resources'], true) ?? undefined) && doc.getIn(['resources']) !== undefined) {
    throw new ManifestError('manifest.yml: resources must be a list');
  }
  return { text, doc };
}
