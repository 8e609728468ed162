// Validates untrusted start/stop triggers and pause predicates of an SLA definition. Unknown kinds,
// empty lists and unknown roles or categories are refused (null); the caller records the field error.
import type { StatusCategoryKey } from '../../../shared/contract';
import type { StatePredicate, Trigger } from './definition';
import type { AuthorRole } from './history';
import { isRecord } from './parse-helpers';

const ROLES: readonly AuthorRole[] = ['line1', 'line2', 'client', 'other'];
const CATEGORIES: readonly StatusCategoryKey[] = ['new', 'indeterminate', 'done'];

function nonEmptyStrings(raw: unknown): string[] | null {
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > 100) return null;
  const out = raw.map((v) => (typeof v === 'string' ? v.trim() : ''));
  return out.every((v) => v.length > 0 && v.length <= 255) ? out : null;
}

function subset<T extends string>(raw: unknown, allowed: readonly T[]): T[] | null {
  const values = nonEmptyStrings(raw);
  return values && values.every((v) => (allowed as readonly string[]).includes(v)) ? (values as T[]) : null;
}

export function parsePredicate(raw: unknown): StatePredicate | null {
  if (!isRecord(raw)) return null;
  if (raw.kind === 'status') {
    const statuses = nonEmptyStrings(raw.statuses);
    return statuses && { kind: 'status', statuses };
  }
  if (raw.kind === 'statusCategory') {
    const categories = subset(raw.categories, CATEGORIES);
    return categories && { kind: 'statusCategory', categories };
  }
  if (raw.kind === 'field') {
    const field = typeof raw.field === 'string' ? raw.field.trim() : '';
    const values = Array.isArray(raw.values) ? raw.values : [];
    const valid = values.length > 0 && values.every((v) => v === null || (typeof v === 'string' && v.length <= 255));
    return field.length > 0 && valid ? { kind: 'field', field, values: values as (string | null)[] } : null;
  }
  return null;
}

export function parseTrigger(raw: unknown): Trigger | null {
  if (!isRecord(raw)) return null;
  switch (raw.kind) {
    case 'created':
    case 'reopened':
      return { kind: raw.kind };
    case 'becomes': {
      const when = parsePredicate(raw.when);
      if (!when) return null;
      if (raw.byRoles === undefined) return { kind: 'becomes', when };
      const byRoles = subset(raw.byRoles, ROLES);
      return byRoles && { kind: 'becomes', when, byRoles };
    }
    case 'transition': {
      const byRoles = subset(raw.byRoles, ROLES);
      return byRoles && { kind: 'transition', byRoles };
    }
    case 'comment': {
      const byRoles = subset(raw.byRoles, ROLES);
      const visibility = raw.visibility;
      if (!byRoles || (visibility !== undefined && visibility !== 'public' && visibility !== 'internal')) return null;
      return visibility === undefined ? { kind: 'comment', byRoles } : { kind: 'comment', byRoles, visibility };
    }
    default:
      return null;
  }
}
