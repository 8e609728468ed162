// Built-in methods of lists, strings, dates and entity properties, as Jira expressions document them
// (JavaScript-like). Pure functions of their receiver and arguments; lambdas are run through `invoke`.
import { Lambda, Native, NativeError, PropertiesView, display, equals, truthy, typeName } from './values';

export type Invoke = (fn: unknown, args: readonly unknown[]) => unknown;

const fnArg = (args: readonly unknown[], i: number, method: string): unknown => {
  const f = args[i];
  if (!(f instanceof Lambda) && !(f instanceof Native)) {
    throw new NativeError(`${method}() expects a function, got ${typeName(f)}.`);
  }
  return f;
};
const strArg = (args: readonly unknown[], i: number, method: string): string => {
  const s = args[i];
  if (typeof s !== 'string') throw new NativeError(`${method}() expects a String, got ${typeName(s)}.`);
  return s;
};
const numArg = (args: readonly unknown[], i: number): number | undefined => {
  const n = args[i];
  return typeof n === 'number' ? n : undefined;
};
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? (v as unknown[]) : [v]);
const pattern = (v: unknown, method: string, global: boolean): RegExp | string => {
  if (v instanceof RegExp) return v;
  if (typeof v === 'string') return global ? new RegExp(v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g') : v;
  throw new NativeError(`${method}() expects a String or RegExp, got ${typeName(v)}.`);
};

function defaultOrder(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return display(a) < display(b) ? -1 : display(a) > display(b) ? 1 : 0;
}

function listMethods(list: readonly unknown[], invoke: Invoke): Record<string, (args: readonly unknown[]) => unknown> {
  const each = (args: readonly unknown[], m: string) => {
    const f = fnArg(args, 0, m);
    return (x: unknown, i: number) => invoke(f, [x, i]);
  };
  return {
    map: (a) => list.map(each(a, 'map')),
    filter: (a) => {
      const f = each(a, 'filter');
      return list.filter((x, i) => truthy(f(x, i)));
    },
    some: (a) => {
      const f = each(a, 'some');
      return list.some((x, i) => truthy(f(x, i)));
    },
    every: (a) => {
      const f = each(a, 'every');
      return list.every((x, i) => truthy(f(x, i)));
    },
    flatMap: (a) => {
      const f = each(a, 'flatMap');
      return list.flatMap((x, i) => asList(f(x, i)));
    },
    includes: (a) => list.some((x) => equals(x, a[0])),
    indexOf: (a) => list.findIndex((x) => equals(x, a[0])),
    join: (a) => list.map(display).join(a[0] === undefined ? ',' : strArg(a, 0, 'join')),
    flatten: () => list.flatMap(asList),
    reduce: (a) => {
      const f = fnArg(a, 0, 'reduce');
      if (a.length < 2 && list.length === 0) throw new NativeError('reduce() of an empty list needs an initial value.');
      return (a.length >= 2 ? list : list.slice(1)).reduce((acc, x) => invoke(f, [acc, x]), a.length >= 2 ? a[1] : list[0]);
    },
    sort: (a) => {
      const f = a[0] === undefined ? null : fnArg(a, 0, 'sort');
      return [...list].sort((x, y) => (f ? Number(invoke(f, [x, y])) : defaultOrder(x, y)));
    },
    slice: (a) => list.slice(numArg(a, 0), numArg(a, 1)),
    concat: (a) => list.concat(...a.map(asList)),
    reverse: () => [...list].reverse(),
  };
}

function stringMethods(s: string, invoke: Invoke): Record<string, (args: readonly unknown[]) => unknown> {
  return {
    trim: () => s.trim(),
    toLowerCase: () => s.toLowerCase(),
    toUpperCase: () => s.toUpperCase(),
    includes: (a) => s.includes(strArg(a, 0, 'includes')),
    startsWith: (a) => s.startsWith(strArg(a, 0, 'startsWith')),
    endsWith: (a) => s.endsWith(strArg(a, 0, 'endsWith')),
    indexOf: (a) => s.indexOf(strArg(a, 0, 'indexOf')),
    split: (a) => (a[0] === undefined ? [s] : s.split(pattern(a[0], 'split', false))),
    slice: (a) => s.slice(numArg(a, 0), numArg(a, 1)),
    substring: (a) => s.substring(numArg(a, 0) ?? 0, numArg(a, 1)),
    match: (a) => {
      const m = s.match(pattern(a[0], 'match', false));
      return m ? [...m].map((x) => x ?? null) : null;
    },
    replace: (a) => replace(s, pattern(a[0], 'replace', false), a[1], invoke),
    replaceAll: (a) => replace(s, pattern(a[0], 'replaceAll', true), a[1], invoke),
  };
}

function replace(s: string, p: RegExp | string, with_: unknown, invoke: Invoke): string {
  if (typeof with_ === 'string') return s.replace(p, with_);
  if (with_ instanceof Lambda || with_ instanceof Native) return s.replace(p, (m: string) => display(invoke(with_, [m])));
  throw new NativeError(`replace() expects a String or a function as replacement, got ${typeName(with_)}.`);
}

const DAY = 86_400_000;
function dateMethods(d: Date): Record<string, (args: readonly unknown[]) => unknown> {
  const shift = (ms: number) => (a: readonly unknown[]) => new Date(d.getTime() + (numArg(a, 0) ?? 0) * ms);
  const months = (sign: number) => (a: readonly unknown[]) => {
    const next = new Date(d.getTime());
    next.setUTCMonth(next.getUTCMonth() + sign * (numArg(a, 0) ?? 0));
    return next;
  };
  return {
    getTime: () => d.getTime(),
    toISOString: () => d.toISOString(),
    toString: () => d.toISOString(),
    getFullYear: () => d.getUTCFullYear(),
    getMonth: () => d.getUTCMonth(),
    getDate: () => d.getUTCDate(),
    getDay: () => d.getUTCDay(),
    getHours: () => d.getUTCHours(),
    plusDays: shift(DAY), minusDays: shift(-DAY), plusHours: shift(3_600_000), minusHours: shift(-3_600_000),
    plusMinutes: shift(60_000), minusMinutes: shift(-60_000), plusMonths: months(1), minusMonths: months(-1),
  };
}

/** The built-in method `name` of `receiver`, or undefined when it has none. */
export function methodOf(
  receiver: unknown,
  name: string,
  invoke: Invoke,
  onProperty: (v: unknown) => unknown,
): Native | undefined {
  let table: Record<string, (args: readonly unknown[]) => unknown> | undefined;
  if (Array.isArray(receiver)) table = listMethods(receiver, invoke);
  else if (typeof receiver === 'string') table = stringMethods(receiver, invoke);
  else if (receiver instanceof Date) table = dateMethods(receiver);
  else if (typeof receiver === 'number') table = { toString: () => String(receiver) };
  else if (receiver instanceof PropertiesView) {
    const data = receiver.data;
    table = {
      get: (a) => {
        const key = strArg(a, 0, 'get');
        return onProperty(Object.prototype.hasOwnProperty.call(data, key) ? data[key] : null);
      },
      keys: () => Object.keys(data),
    };
  }
  const fn = table && Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined;
  return fn ? new Native(name, fn) : undefined;
}

const MATH_FUNCTIONS: Readonly<Record<string, (x: number[]) => number>> = {
  max: (x) => Math.max(...x), min: (x) => Math.min(...x), floor: (x) => Math.floor(x[0] ?? NaN),
  ceil: (x) => Math.ceil(x[0] ?? NaN), round: (x) => Math.round(x[0] ?? NaN), abs: (x) => Math.abs(x[0] ?? NaN),
};

export const MATH = new Map<string, Native>(
  Object.entries(MATH_FUNCTIONS).map(([n, f]) => [
    n,
    new Native(`Math.${n}`, (a) => {
      const numbers = a.filter((x): x is number => typeof x === 'number');
      if (numbers.length !== a.length) throw new NativeError(`Math.${n}() expects Numbers.`);
      return f(numbers);
    }),
  ]),
);
