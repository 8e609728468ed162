// Runtime values of the expression interpreter and the operations on them that do not depend on context:
// type names for messages, equality, truthiness, JSON conversion. No I/O, no clock.
import type { Node } from './ast';

/** An arrow function closed over its scope. */
export class Lambda {
  constructor(
    readonly params: readonly string[],
    readonly body: Node,
    readonly scope: Scope,
  ) {}
}

/** A built-in method or function (list.map, Math.max, ...). Throws NativeError for bad arguments. */
export class Native {
  constructor(
    readonly name: string,
    readonly fn: (args: readonly unknown[]) => unknown,
  ) {}
}

/** An entity's properties (`issue.properties`): any key reads as its JSON value or null. */
export class PropertiesView {
  constructor(readonly data: Readonly<Record<string, unknown>>) {}
}

export class NativeError extends Error {}

export type Scope = { readonly vars: ReadonlyMap<string, unknown>; readonly parent: Scope | null };

export function lookup(scope: Scope | null, name: string): { found: boolean; value: unknown } {
  for (let s = scope; s; s = s.parent) if (s.vars.has(name)) return { found: true, value: s.vars.get(name) };
  return { found: false, value: undefined };
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof RegExp);

/** Jira's type names, used in error messages. */
export function typeName(v: unknown, tag?: string): string {
  if (v === null || v === undefined) return 'Null';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'Number';
  if (typeof v === 'boolean') return 'Boolean';
  if (Array.isArray(v)) return 'List';
  if (v instanceof Date) return 'Date';
  if (v instanceof RegExp) return 'RegExp';
  if (v instanceof Lambda || v instanceof Native) return 'Function';
  if (v instanceof PropertiesView) return 'EntityProperties';
  return tag ?? 'Map';
}

export function typeofValue(v: unknown): string {
  if (v instanceof Lambda || v instanceof Native) return 'function';
  if (v === null || v === undefined) return 'object';
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? typeof v : 'object';
}

export function truthy(v: unknown): boolean {
  return !(v === null || v === undefined || v === false || v === 0 || v === '' || Number.isNaN(v));
}

export function equals(a: unknown, b: unknown): boolean {
  if (a === undefined) a = null;
  if (b === undefined) b = null;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equals(x, b[i]));
  if (isObject(a) && isObject(b) && !(a instanceof PropertiesView) && !(b instanceof PropertiesView)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && equals(a[k], b[k]));
  }
  return a === b;
}

/** Jira's REST date format, e.g. 2026-01-17T12:34:00.000+0000. */
export function jiraDate(d: Date): string {
  return d.toISOString().replace('Z', '+0000');
}

export function toJson(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return jiraDate(v);
  if (v instanceof Lambda || v instanceof Native) return `<function ${v instanceof Native ? v.name : 'lambda'}>`;
  if (v instanceof RegExp) return String(v);
  if (v instanceof PropertiesView) return toJson(v.data);
  if (Array.isArray(v)) return v.map(toJson);
  if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toJson(x)]));
  return v;
}

/** How a value reads inside string concatenation and join. */
export function display(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return v;
  if (v instanceof Date) return jiraDate(v);
  const json = toJson(v);
  return typeof json === 'string' ? json : JSON.stringify(json);
}
