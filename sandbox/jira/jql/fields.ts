// The JQL field catalogue: which fields exist, which operators and EMPTY they accept, how they sort, and how
// to read their values from a JqlIssueView. System fields follow Jira Cloud's JQL field reference; custom
// fields and entity properties come from the resolver. Never validates values (see values.ts).
import type { JqlFieldRef, JqlOperator } from './ast';
import { JqlError, msg } from './errors';
import type { JqlCustomField, JqlIssueView, JqlPropertyType, JqlResolver } from './types';

export type ValueType =
  | 'project' | 'key' | 'status' | 'statusCategory' | 'priority' | 'issuetype' | 'user' | 'labels' | 'date'
  | 'resolution' | 'text' | 'number' | 'string' | 'option';

/** A normalized field value: lower-cased where Jira compares case-insensitively. */
export type Atom = string | number;

export type FieldSpec = {
  readonly name: string;
  readonly valueType: ValueType;
  readonly ops: ReadonlySet<JqlOperator>;
  readonly empty: boolean;
  readonly sortable: boolean;
  readonly defaultDesc: boolean;
  /** Normalized values of the field; an empty list is EMPTY. */
  readonly values: (issue: JqlIssueView) => readonly Atom[];
  /** ORDER BY key when it differs from the first value (e.g. users sort by display name). */
  readonly sortValue?: (issue: JqlIssueView) => Atom | null;
  readonly options?: readonly string[];
};

const set = (...ops: JqlOperator[]): ReadonlySet<JqlOperator> => new Set(ops);
const EQ: JqlOperator[] = ['=', '!=', 'in', 'not in'];
const IS: JqlOperator[] = ['is', 'is not'];
const CMP: JqlOperator[] = ['<', '<=', '>', '>='];
const low = (s: string | null | undefined): Atom[] => (s ? [s.toLowerCase()] : []);

type SystemField = Omit<FieldSpec, 'name'> & { readonly names: readonly string[] };

const strings = (v: unknown): string[] =>
  (v == null ? [] : Array.isArray(v) ? (v as unknown[]) : [v]).filter((x): x is string => typeof x === 'string');

function sys(
  names: string[],
  valueType: ValueType,
  ops: JqlOperator[],
  values: FieldSpec['values'],
  extra: Partial<SystemField> = {},
): SystemField {
  const empty = ops.includes('is');
  return { names, valueType, ops: set(...ops), empty, sortable: true, defaultDesc: false, values, ...extra };
}

const SYSTEM: readonly SystemField[] = [
  sys(['project'], 'project', [...EQ, ...IS], (i) => low(i.projectKey)),
  sys(['key', 'issuekey', 'id', 'issue'], 'key', [...EQ, ...CMP], (i) => [`key:${i.key.toLowerCase()}`, `id:${i.id}`], {
    sortValue: (i) => i.key.toLowerCase().replace(/\d+$/, (n) => n.padStart(12, '0')),
  }),
  sys(['status'], 'status', EQ, (i) => low(i.status)),
  sys(['statuscategory'], 'statusCategory', [...EQ, ...IS], (i) => low(i.statusCategoryKey), {
    sortValue: (i) => ['undefined', 'new', 'indeterminate', 'done'].indexOf(i.statusCategoryKey),
  }),
  sys(['priority'], 'priority', [...EQ, ...IS, ...CMP], (i) => low(i.priority), { defaultDesc: true }),
  sys(['issuetype', 'type'], 'issuetype', [...EQ, ...IS], (i) => low(i.issueType)),
  sys(['assignee'], 'user', [...EQ, ...IS], (i) => (i.assignee ? [i.assignee.accountId] : []), {
    sortValue: (i) => i.assignee?.displayName.toLowerCase() ?? null,
  }),
  sys(['reporter'], 'user', [...EQ, ...IS], (i) => (i.reporter ? [i.reporter.accountId] : []), {
    sortValue: (i) => i.reporter?.displayName.toLowerCase() ?? null,
  }),
  sys(['labels'], 'labels', [...EQ, ...IS], (i) => i.labels.map((l) => l.toLowerCase())),
  sys(['created', 'createddate'], 'date', [...EQ, ...CMP], (i) => [i.created], { defaultDesc: true }),
  sys(['updated', 'updateddate'], 'date', [...EQ, ...CMP], (i) => [i.updated], { defaultDesc: true }),
  sys(['resolved', 'resolutiondate'], 'date', [...EQ, ...CMP, ...IS], (i) => (i.resolved === null ? [] : [i.resolved]), {
    defaultDesc: true,
  }),
  sys(['resolution'], 'resolution', [...EQ, ...IS, ...CMP], (i) => low(i.resolution)),
  sys(['summary'], 'text', ['~', '!~'], (i) => [i.summary]),
  sys(['description'], 'text', ['~', '!~', ...IS], (i) => (i.description ? [i.description] : []), { sortable: false }),
  sys(['comment'], 'text', ['~', '!~'], (i) => [...(i.comments ?? [])], { sortable: false }),
  sys(['text'], 'text', ['~'], (i) => textOf(i), { sortable: false }),
];

function textOf(i: JqlIssueView): string[] {
  const custom = Object.values(i.customFields).flatMap(strings);
  return [i.summary, ...(i.description ? [i.description] : []), ...(i.comments ?? []), ...custom];
}

const CUSTOM_OPS: Readonly<Record<JqlCustomField['type'], JqlOperator[]>> = {
  text: ['~', '!~', ...IS],
  number: [...EQ, ...CMP, ...IS],
  date: [...EQ, ...CMP, ...IS],
  datetime: [...EQ, ...CMP, ...IS],
  option: [...EQ, ...IS],
  user: [...EQ, ...IS],
  labels: [...EQ, ...IS],
};

function toDate(v: unknown): number | null {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return null;
  const ms = Date.parse(v.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(ms) ? null : ms;
}

function normalize(valueType: ValueType, raw: unknown): Atom[] {
  const list = raw == null ? [] : asList(raw);
  const out: Atom[] = [];
  for (const v of list) {
    if (valueType === 'number' || valueType === 'date') {
      const n = valueType === 'date' ? toDate(v) : typeof v === 'number' ? v : null;
      if (n !== null) out.push(n);
    } else if (valueType === 'user' && v !== null && typeof v === 'object') {
      const id = (v as { accountId?: unknown }).accountId;
      if (typeof id === 'string') out.push(id);
    } else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
      out.push(valueType === 'option' || valueType === 'labels' ? String(v).toLowerCase() : String(v));
    }
  }
  return out;
}

function customSpec(cf: JqlCustomField, name: string): FieldSpec {
  const valueType: ValueType =
    cf.type === 'datetime' || cf.type === 'date' ? 'date' : cf.type === 'labels' ? 'labels' : cf.type;
  const ops = set(...CUSTOM_OPS[cf.type]);
  return {
    name, valueType, ops, empty: true, sortable: cf.type !== 'labels', defaultDesc: valueType === 'date',
    values: (i) => normalize(valueType, i.customFields[cf.id]), ...(cf.options ? { options: cf.options } : {}),
  };
}

const PROPERTY_TYPES: Readonly<Record<JqlPropertyType, ValueType>> = {
  number: 'number', string: 'string', text: 'text', user: 'user', date: 'date',
};

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? (v as unknown[]) : [v]);

/** Reads `path` (dot-separated; arrays fan out) from an issue property value. */
export function readPath(value: unknown, path: string): unknown[] {
  let current: unknown[] = [value];
  for (const part of path.split('.').filter(Boolean)) {
    current = current.flatMap(asList).flatMap((v) =>
      v !== null && typeof v === 'object' && part in v ? [(v as Record<string, unknown>)[part]] : [],
    );
  }
  return current.flatMap(asList).filter((v) => v !== null && v !== undefined);
}

function propertySpec(key: string, path: string, type: JqlPropertyType | null, name: string): FieldSpec {
  const valueType = type ? PROPERTY_TYPES[type] : 'string';
  const ranged = type === 'number' || type === 'date';
  const ops = set(...(valueType === 'text' ? (['~', '!~', ...IS] as JqlOperator[]) : [...EQ, ...IS, ...(ranged ? CMP : [])]));
  return {
    name, valueType, ops, empty: true, sortable: true, defaultDesc: false,
    // An unindexed path is invisible to JQL: it never has a value.
    values: (i) => (type === null || !(key in i.properties) ? [] : normalize(valueType, readPath(i.properties[key], path))),
  };
}

export function resolveField(ref: JqlFieldRef, text: string, resolver: JqlResolver): FieldSpec {
  if (ref.kind === 'property') return propertySpec(ref.key, ref.path, resolver.propertyType(ref.key, ref.path), text);
  if (ref.kind === 'cf') {
    const cf = resolver.findCustomField(String(ref.id));
    if (!cf) throw new JqlError(msg.noField(text));
    return customSpec(cf, text);
  }
  const lower = ref.name.toLowerCase();
  const system = ref.quoted ? undefined : SYSTEM.find((f) => f.names.includes(lower));
  if (system) return { ...system, name: ref.name };
  const cf = resolver.findCustomField(ref.name);
  if (cf) return customSpec(cf, ref.name);
  const alias = resolver.findPropertyAlias(ref.name);
  if (alias) return propertySpec(alias.key, alias.path, alias.type, ref.name);
  const quotedSystem = SYSTEM.find((f) => f.names.includes(lower));
  if (quotedSystem) return { ...quotedSystem, name: ref.name };
  throw new JqlError(msg.noField(text));
}
