// Turns a REST `fields` value into the internal value, with Jira's validation messages. Throws FieldError
// (the caller collects them into `errors[fieldId]`); never writes anything.
import { ADF_ERROR, adfToText, isAdfDoc } from '../../adf';
import { ISSUE_TYPES, PRIORITIES, RESOLUTIONS } from '../../catalog';
import { formatDateOnly, parseDateOnly, parseJiraDateTime } from '../../format';
import { isRecord } from '../../http/json-body';
import type { ProjectRecord } from '../../store/projects-store';
import type { Site } from '../site';
import type { FieldDef } from './field-defs';

export class FieldError extends Error {}
export type FieldEnv = { readonly site: Site; readonly project: ProjectRecord };

export const TEXT_LIMIT = 32767;
const TOO_LONG = (limit: string): string => `The entered text is too long. It exceeds the allowed limit of ${limit} characters.`;

function byIdOrName<T extends { id: string; name: string }>(raw: unknown, list: readonly T[]): T | undefined {
  if (!isRecord(raw)) return undefined;
  if (typeof raw.id === 'string' || typeof raw.id === 'number') return list.find((x) => x.id === String(raw.id));
  if (typeof raw.name === 'string') return list.find((x) => x.name.toLowerCase() === String(raw.name).toLowerCase());
  return undefined;
}

function parseUser(env: FieldEnv, raw: unknown, nullable: boolean): string | null {
  if (raw === null || (isRecord(raw) && raw.accountId === null)) {
    if (nullable) return null;
    throw new FieldError('Reporter is required.');
  }
  const accountId = isRecord(raw) ? raw.accountId ?? raw.id : undefined;
  if (typeof accountId !== 'string') throw new FieldError('expected Object containing an \'accountId\' property');
  if (accountId === '-1') return null;
  if (!env.site.users.get(accountId)) throw new FieldError(`Specified user does not exist or you do not have required permissions`);
  return accountId;
}

function parseAdf(raw: unknown): unknown {
  if (raw === null) return null;
  if (!isAdfDoc(raw)) throw new FieldError(ADF_ERROR);
  if (adfToText(raw).length > TEXT_LIMIT) throw new FieldError(TOO_LONG('32,767'));
  return raw.content.length === 0 ? null : raw;
}

function parseLabels(raw: unknown): string[] {
  if (!Array.isArray(raw)) throw new FieldError('data was not an array');
  return raw.map((label) => {
    if (typeof label !== 'string') throw new FieldError('data was not an array');
    if (/\s/.test(label)) throw new FieldError(`The label '${label}' contains spaces which is invalid.`);
    if (label.length > 255) throw new FieldError('The label must not exceed 255 characters.');
    return label;
  });
}

export function parseSystemValue(env: FieldEnv, def: FieldDef, raw: unknown): unknown {
  switch (def.id) {
    case 'summary': {
      if (typeof raw !== 'string' || raw.trim() === '') throw new FieldError('You must specify a summary of the issue.');
      if (raw.length > 255) throw new FieldError('Summary must be less than 255 characters.');
      return raw;
    }
    case 'description': return parseAdf(raw);
    case 'issuetype': {
      const t = byIdOrName(raw, ISSUE_TYPES);
      if (!t) throw new FieldError('Specify a valid issue type');
      return t.id;
    }
    case 'priority': {
      const p = byIdOrName(raw, PRIORITIES);
      if (!p) throw new FieldError('The priority selected is invalid.');
      return p.id;
    }
    case 'resolution': {
      if (raw === null) return null;
      const r = byIdOrName(raw, RESOLUTIONS);
      if (!r) throw new FieldError('Resolution is invalid.');
      return r.id;
    }
    case 'assignee': return parseUser(env, raw, true);
    case 'reporter': return parseUser(env, raw, false);
    case 'labels': return parseLabels(raw);
    case 'components': {
      if (!Array.isArray(raw)) throw new FieldError('data was not an array');
      const all = env.site.projects.components(env.project.id).map((c) => ({ id: String(c.id), name: c.name }));
      return raw.map((c) => {
        const found = byIdOrName(c, all);
        if (!found) throw new FieldError(`Component/s is invalid.`);
        return found.id;
      });
    }
    default: throw new FieldError(`Field '${def.id}' cannot be set. It is not on the appropriate screen, or unknown.`);
  }
}

function parseOption(env: FieldEnv, def: FieldDef, raw: unknown): string {
  const options = env.site.fields.optionsOfField(def.id).filter((o) => !o.disabled);
  if (isRecord(raw) && (typeof raw.id === 'string' || typeof raw.id === 'number')) {
    const found = options.find((o) => String(o.id) === String(raw.id));
    if (!found) throw new FieldError(`Option id '${String(raw.id)}' is not valid`);
    return String(found.id);
  }
  if (isRecord(raw) && typeof raw.value === 'string') {
    const found = options.find((o) => o.value === raw.value);
    if (!found) throw new FieldError(`Option value '${String(raw.value)}' is not valid`);
    return String(found.id);
  }
  throw new FieldError('Specify a valid \'id\' or \'name\' for ' + def.name);
}

export function parseCustomValue(env: FieldEnv, def: FieldDef, raw: unknown): unknown {
  const type = def.customType ?? '';
  if (raw === null && !['labels', 'multiselect', 'multicheckboxes', 'multiuserpicker'].includes(type)) return null;
  switch (type) {
    case 'textfield': case 'readonlyfield': case 'url': {
      if (typeof raw !== 'string') throw new FieldError('Operation value must be a string');
      if (raw.length > 255) throw new FieldError(TOO_LONG('255'));
      if (type === 'url' && raw !== '' && !/^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(raw)) throw new FieldError(`Not a valid URL`);
      return raw === '' ? null : raw;
    }
    case 'textarea': return parseAdf(raw);
    case 'float': {
      if (typeof raw !== 'number' || !Number.isFinite(raw)) throw new FieldError('Operation value must be a number');
      return raw;
    }
    case 'datetime': {
      const ms = typeof raw === 'string' ? parseJiraDateTime(raw) : undefined;
      if (ms === undefined) throw new FieldError(`Error parsing date string: ${String(raw)}`);
      return ms;
    }
    case 'datepicker': {
      const d = typeof raw === 'string' ? parseDateOnly(raw) ?? (parseJiraDateTime(raw) !== undefined ? formatDateOnly(parseJiraDateTime(raw) ?? 0) : undefined) : undefined;
      if (d === undefined) throw new FieldError(`Error parsing date string: ${String(raw)}`);
      return d;
    }
    case 'select': case 'radiobuttons': return parseOption(env, def, raw);
    case 'multiselect': case 'multicheckboxes': {
      if (raw === null) return [];
      if (!Array.isArray(raw)) throw new FieldError('data was not an array');
      return raw.map((o) => parseOption(env, def, o));
    }
    case 'userpicker': return parseUser(env, raw, true);
    case 'multiuserpicker': {
      if (raw === null) return [];
      if (!Array.isArray(raw)) throw new FieldError('data was not an array');
      return raw.map((u) => parseUser(env, u, false)).filter((u): u is string => u !== null);
    }
    case 'labels': return raw === null ? [] : parseLabels(raw);
    default: throw new FieldError(`Field '${def.id}' cannot be set. It is not on the appropriate screen, or unknown.`);
  }
}

export function parseFieldValue(env: FieldEnv, def: FieldDef, raw: unknown): unknown {
  return def.custom ? parseCustomValue(env, def, raw) : parseSystemValue(env, def, raw);
}
