// Conditions of entity queries (`range`, `filters`) and of transaction items (`conditions`), parsed from the
// shapes @forge/kvs sends ({condition, values, property?}; filters as {and: [...]} or {or: [...]}) and evaluated
// against stored values. A missing attribute matches nothing but NOT_EXISTS (DynamoDB-like; an assumption).
import { kvsErrors } from './kvs-errors';
import { KVS_LIMITS, isRecord, type Body } from './kvs-validation';

type Scalar = string | number | boolean;
export type Condition = { readonly condition: string; readonly values: readonly Scalar[]; readonly property: string };
export type Filters = { readonly operator: 'and' | 'or'; readonly items: readonly Condition[] };

export const RANGE_CONDITIONS: ReadonlySet<string> = new Set([
  'BEGINS_WITH', 'BETWEEN', 'EQUAL_TO', 'GREATER_THAN', 'GREATER_THAN_EQUAL_TO', 'LESS_THAN', 'LESS_THAN_EQUAL_TO',
]);
const FILTER_CONDITIONS: ReadonlySet<string> = new Set([
  ...RANGE_CONDITIONS, 'CONTAINS', 'NOT_CONTAINS', 'EXISTS', 'NOT_EXISTS', 'NOT_EQUAL_TO',
]);

function isScalar(value: unknown): value is Scalar {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** Parses one condition; `property` is '' for a range condition (it applies to the index's range attribute). */
export function parseCondition(raw: unknown, allowed: ReadonlySet<string> = FILTER_CONDITIONS, withProperty = true): Condition {
  if (!isRecord(raw)) throw kvsErrors.badRequest('a condition must be an object');
  const { condition, values, property } = raw;
  if (typeof condition !== 'string' || !allowed.has(condition)) throw kvsErrors.invalidFilterCondition();
  if (withProperty && typeof property !== 'string') throw kvsErrors.badRequest('a filter needs a "property"');
  if (!Array.isArray(values) || !values.every(isScalar)) throw kvsErrors.invalidFilterValues();
  const needed = condition === 'BETWEEN' ? 2 : 1;
  if (values.length < needed) throw needed === 2 ? kvsErrors.insufficientFilterValues() : kvsErrors.invalidFilterValues();
  if (values.length > needed) throw kvsErrors.invalidFilterValues();
  return { condition, values, property: typeof property === 'string' ? property : '' };
}

/** Parses `{and: [...]}` or `{or: [...]}`; undefined when absent. */
export function parseFilters(raw: unknown): Filters | undefined {
  if (raw === undefined) return undefined;
  if (!isRecord(raw)) throw kvsErrors.badRequest('"filters" must be an object');
  const hasAnd = raw.and !== undefined;
  const hasOr = raw.or !== undefined;
  if (hasAnd && hasOr) throw kvsErrors.filterOperatorsCombination();
  const list = hasAnd ? raw.and : raw.or;
  if (!Array.isArray(list) || list.length === 0) throw kvsErrors.emptyFilterOperator();
  if (list.length > KVS_LIMITS.filterConditions) throw kvsErrors.badRequest(`at most ${KVS_LIMITS.filterConditions} conditions per query`);
  return { operator: hasAnd ? 'and' : 'or', items: list.map((item) => parseCondition(item)) };
}

/** Orders two scalars of the same type; values of different types order by type name. */
export function compareScalars(a: unknown, b: unknown): number {
  if (typeof a !== typeof b) return String(typeof a) < String(typeof b) ? -1 : 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const left = String(a);
  const right = String(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

function comparable(value: unknown, target: Scalar): value is Scalar {
  return isScalar(value) && typeof value === typeof target;
}

export function matches(cond: Condition, value: unknown): boolean {
  const [first, second] = cond.values;
  if (cond.condition === 'NOT_EXISTS') return value === undefined || value === null;
  if (value === undefined || value === null || first === undefined) return false;
  switch (cond.condition) {
    case 'EXISTS': return true;
    case 'EQUAL_TO': return value === first;
    case 'NOT_EQUAL_TO': return value !== first;
    case 'BEGINS_WITH': return typeof value === 'string' && value.startsWith(String(first));
    case 'CONTAINS': return contains(value, first);
    case 'NOT_CONTAINS': return !contains(value, first);
    case 'GREATER_THAN': return comparable(value, first) && compareScalars(value, first) > 0;
    case 'GREATER_THAN_EQUAL_TO': return comparable(value, first) && compareScalars(value, first) >= 0;
    case 'LESS_THAN': return comparable(value, first) && compareScalars(value, first) < 0;
    case 'LESS_THAN_EQUAL_TO': return comparable(value, first) && compareScalars(value, first) <= 0;
    case 'BETWEEN':
      return second !== undefined && comparable(value, first) && compareScalars(value, first) >= 0 && compareScalars(value, second) <= 0;
    default: return false;
  }
}

function contains(value: unknown, part: Scalar): boolean {
  if (typeof value === 'string') return value.includes(String(part));
  return Array.isArray(value) && value.includes(part);
}

export function filtersMatch(filters: Filters | undefined, record: Body): boolean {
  if (!filters) return true;
  const test = (cond: Condition): boolean => matches(cond, record[cond.property]);
  return filters.operator === 'and' ? filters.items.every(test) : filters.items.some(test);
}
