// ORDER BY: turns a query's sort keys into one comparator over JqlIssueView. Fields without a direction use
// Jira's default (descending for priority and dates, ascending otherwise); EMPTY sorts last when ascending.
// Ties compare equal (0): the caller keeps its own stable order for them.
import type { JqlQuery } from './ast';
import { JqlError, msg } from './errors';
import { type Atom, type FieldSpec, resolveField } from './fields';
import type { JqlIssueView, JqlResolver } from './types';

export type JqlComparator = (a: JqlIssueView, b: JqlIssueView) => number;

function sortValueOf(spec: FieldSpec, resolver: JqlResolver): (i: JqlIssueView) => Atom | null {
  if (spec.sortValue) return spec.sortValue;
  if (spec.valueType === 'priority') {
    // Larger means more important, so DESC (the default) lists the most important first.
    return (i) => {
      const seq = i.priority === null ? undefined : resolver.findPriority(i.priority)?.sequence;
      return seq === undefined ? null : -seq;
    };
  }
  if (spec.valueType === 'labels') return (i) => spec.values(i).map(String).sort().join(' ') || null;
  return (i) => spec.values(i)[0] ?? null;
}

function compareAtoms(a: Atom | null, b: Atom | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'en', { sensitivity: 'base' });
}

export function compileOrderBy(query: JqlQuery, resolver: JqlResolver): JqlComparator {
  const errors: string[] = [];
  const keys: Array<{ value: (i: JqlIssueView) => Atom | null; sign: number }> = [];
  for (const key of query.orderBy) {
    try {
      const spec = resolveField(key.field, key.fieldText, resolver);
      if (!spec.sortable) throw new JqlError(msg.sort(key.fieldText));
      const desc = key.direction === null ? spec.defaultDesc : key.direction === 'desc';
      keys.push({ value: sortValueOf(spec, resolver), sign: desc ? -1 : 1 });
    } catch (e) {
      if (!(e instanceof JqlError)) throw e;
      errors.push(...e.errorMessages);
    }
  }
  if (errors.length > 0) throw new JqlError(errors);
  return (a, b) => {
    for (const key of keys) {
      const c = compareAtoms(key.value(a), key.value(b));
      if (c !== 0) return key.sign * c;
    }
    return 0;
  };
}
