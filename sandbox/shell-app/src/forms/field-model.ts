// One field of Jira's create or transition screen, read from createmeta / transitions?expand=
// transitions.fields: how to edit it, its allowed values, and its value in the three formats in play
// (UI modifications' getValue, their setValue, and the REST payload). Pure; no I/O.
import { asArray, asRecord, asString, type Json } from '../json';
import { textToAdf } from './adf-text';
import { fromJiraDateTime, toJiraDateTime } from './date-time';

export type FieldKind = 'text' | 'textarea' | 'select' | 'multiselect' | 'user' | 'labels' | 'datetime' | 'date' | 'number' | 'unsupported';
export type Option = { readonly id: string; readonly label: string; readonly iconUrl?: string; readonly raw: Json };

export type FormField = {
  readonly fieldId: string;
  readonly name: string;
  /** What UI modifications report as getType(): the system field id or the custom field type. */
  readonly fieldType: string;
  readonly kind: FieldKind;
  readonly required: boolean;
  readonly options: readonly Option[];
  readonly defaultValue: unknown;
};

function kindOf(schema: Json): FieldKind {
  const type = asString(schema.type);
  const custom = asString(schema.custom);
  const items = asString(schema.items);
  if (schema.system === 'description' || schema.system === 'environment' || custom.endsWith(':textarea')) return 'textarea';
  if (type === 'string') return 'text';
  if (['priority', 'resolution', 'issuetype', 'option', 'component', 'version', 'securitylevel'].includes(type)) return 'select';
  if (type === 'array' && ['option', 'component', 'version'].includes(items)) return 'multiselect';
  if (type === 'array' && items === 'string') return 'labels';
  if (type === 'user') return 'user';
  if (type === 'datetime') return 'datetime';
  if (type === 'date') return 'date';
  if (type === 'number') return 'number';
  return 'unsupported';
}

function option(raw: unknown): Option {
  const r = asRecord(raw);
  const label = asString(r.name) || asString(r.value) || asString(r.displayName) || asString(r.id);
  return { id: asString(r.id), label, iconUrl: typeof r.iconUrl === 'string' ? r.iconUrl : undefined, raw: r };
}

export function fieldFromMeta(fieldId: string, meta: unknown): FormField {
  const m = asRecord(meta);
  const schema = asRecord(m.schema);
  return {
    fieldId,
    name: asString(m.name, fieldId),
    fieldType: asString(schema.system) || asString(schema.custom) || fieldId,
    kind: kindOf(schema),
    required: m.required === true,
    options: asArray(m.allowedValues).map(option),
    defaultValue: m.defaultValue ?? null,
  };
}

/** The getValue() shape of one option: `{id, value}` for custom options, `{id, name, ...}` otherwise. */
export function optionValue(o: Option): Json {
  return 'value' in o.raw ? { id: o.id, value: asString(o.raw.value) } : { id: o.id, name: o.label, ...(o.iconUrl ? { iconUrl: o.iconUrl } : {}) };
}

/** setValue() input → getValue() shape: ids become the option objects they name. */
export function fromSetValue(field: FormField, value: unknown): unknown {
  const byId = (id: unknown): Json | null => {
    const o = field.options.find((x) => x.id === asString(id));
    return o ? optionValue(o) : null;
  };
  if (field.kind === 'select') return value === null ? null : byId(value);
  if (field.kind === 'multiselect') return asArray(value).map(byId).filter((v) => v !== null);
  if (field.kind === 'user') return typeof value === 'string' && value !== '' ? { accountId: value } : null;
  return value;
}

export function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** getValue() shape → the REST payload of POST /issue and POST /transitions `fields`. */
export function toRest(field: FormField, value: unknown): unknown {
  if (isEmpty(value)) return field.kind === 'multiselect' || field.kind === 'labels' ? [] : null;
  switch (field.kind) {
    case 'textarea':
      return typeof value === 'string' ? textToAdf(value) : value;
    case 'select':
      return { id: asString(asRecord(value).id) };
    case 'multiselect':
      return asArray(value).map((v) => ({ id: asString(asRecord(v).id) }));
    case 'user':
      return { accountId: asString(asRecord(value).accountId) };
    case 'datetime':
      return toJiraDateTime(asString(value));
    case 'number':
      return Number(value);
    default:
      return value;
  }
}

/** A value read from the issue (REST) → the form's value: the same shapes, datetimes normalised. */
export function fromIssue(field: FormField, value: unknown): unknown {
  if (field.kind === 'datetime') return typeof value === 'string' ? fromJiraDateTime(value) : null;
  return value ?? null;
}
