// Tree-walking evaluator for parsed Jira expressions. Runtime failures become EvalError on the failing
// node so the caller can report `Evaluation failed: "<sub-expression>" - <reason>`. No I/O, no clock
// (`new Date()` reads Runtime.now), and entity loads go through Runtime's loaders and budget.
import type { Node, NodeOf } from './ast';
import { readMember } from './members';
import { MATH } from './methods';
import type { EntityType, Runtime } from './runtime';
import {
  Lambda,
  Native,
  NativeError,
  type Scope,
  display,
  equals,
  isObject,
  lookup,
  truthy,
  typeName,
  typeofValue,
} from './values';

const SHORT = Symbol('optional chain short-circuit');
const GLOBALS = new Map<string, unknown>([['Math', Object.fromEntries(MATH)]]);

export function evaluate(node: Node, scope: Scope, rt: Runtime): unknown {
  const v = chain(node, scope, rt);
  return v === SHORT ? null : v;
}

export function callFunction(rt: Runtime, node: Node, fn: unknown, args: readonly unknown[]): unknown {
  if (fn instanceof Lambda) {
    const vars = new Map<string, unknown>(fn.params.map((p, i) => [p, args[i] ?? null]));
    return evaluate(fn.body, { vars, parent: fn.scope }, rt);
  }
  if (fn instanceof Native) {
    try {
      return fn.fn(args);
    } catch (e) {
      if (e instanceof NativeError) rt.fail(node, e.message);
      throw e;
    }
  }
  return rt.fail(node, `${typeName(fn, rt.tagOf(fn))} is not a function.`);
}

function chain(node: Node, scope: Scope, rt: Runtime): unknown {
  if (node.type === 'member' || node.type === 'index') {
    const obj = chain(node.object, scope, rt);
    if (obj === SHORT || ((obj === null || obj === undefined) && node.optional)) return SHORT;
    const key = node.type === 'member' ? node.name : evaluate(node.index, scope, rt);
    return readMember(rt, node, node.object, obj, key, (f, a) => callFunction(rt, node, f, a));
  }
  if (node.type === 'call') {
    const callee = chain(node.callee, scope, rt);
    if (callee === SHORT || ((callee === null || callee === undefined) && node.optional)) return SHORT;
    return callFunction(rt, node, callee, node.args.map((a) => evaluate(a, scope, rt)));
  }
  return plain(node, scope, rt);
}

function plain(node: Node, scope: Scope, rt: Runtime): unknown {
  const ev = (n: Node): unknown => evaluate(n, scope, rt);
  switch (node.type) {
    case 'num': case 'str': case 'bool':
      return node.value;
    case 'null':
      return null;
    case 'template':
      return node.quasis.map((q, i) => q + (i < node.exprs.length ? display(ev(node.exprs[i]!)) : '')).join('');
    case 'ident': {
      const found = lookup(scope, node.name);
      if (found.found) return found.value ?? null;
      if (GLOBALS.has(node.name)) return GLOBALS.get(node.name);
      return rt.fail(node, `Unrecognized identifier: "${node.name}"`);
    }
    case 'array':
      return node.items.flatMap((item) => (item.type === 'spread' ? spreadList(rt, item, ev(item.arg)) : [ev(item)]));
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const e of node.entries) {
        if ('spread' in e) {
          const v = ev(e.spread.type === 'spread' ? e.spread.arg : e.spread);
          if (!isObject(v)) rt.fail(e.spread, `Only a Map can be spread into a Map, got ${typeName(v)}.`);
          Object.assign(out, v);
        } else out[e.key] = ev(e.value);
      }
      return out;
    }
    case 'spread':
      return rt.fail(node, 'Spread is only allowed inside list and map literals.');
    case 'unary':
      return unary(node, ev(node.arg), rt);
    case 'binary':
      return binary(node, ev(node.left), ev(node.right), rt);
    case 'logical': {
      const left = ev(node.left);
      if (node.op === '&&') return truthy(left) ? ev(node.right) : left;
      if (node.op === '||') return truthy(left) ? left : ev(node.right);
      return left === null || left === undefined ? ev(node.right) : left;
    }
    case 'cond':
      return truthy(ev(node.test)) ? ev(node.then) : ev(node.otherwise);
    case 'arrow':
      return new Lambda(node.params, node.body, scope);
    case 'new':
      return construct(node, node.args.map(ev), rt);
    default:
      return chain(node, scope, rt);
  }
}

function spreadList(rt: Runtime, node: Node, v: unknown): unknown[] {
  if (!Array.isArray(v)) rt.fail(node, `Only a List can be spread into a List, got ${typeName(v)}.`);
  return v;
}

function unary(node: NodeOf<'unary'>, v: unknown, rt: Runtime): unknown {
  if (node.op === '!') return !truthy(v);
  if (node.op === 'typeof') return typeofValue(v);
  if (typeof v !== 'number') rt.fail(node, `Operator '-' can't be applied to ${typeName(v)}.`);
  return -v;
}

function binary(node: NodeOf<'binary'>, a: unknown, b: unknown, rt: Runtime): unknown {
  const { op } = node;
  if (op === '==') return equals(a, b);
  if (op === '!=') return !equals(a, b);
  if (op === '<' || op === '<=' || op === '>' || op === '>=') {
    const x = a instanceof Date && b instanceof Date ? a.getTime() : a;
    const y = a instanceof Date && b instanceof Date ? b.getTime() : b;
    if (typeof x === 'number' && typeof y === 'number') return ordered(op, x, y);
    if (typeof x === 'string' && typeof y === 'string') return ordered(op, x, y);
    return rt.fail(node, `Can't compare ${typeName(a)} to ${typeName(b)}.`);
  }
  if (op === '+' && (typeof a === 'string' || typeof b === 'string')) return display(a) + display(b);
  if (typeof a !== 'number' || typeof b !== 'number') {
    return rt.fail(node, `Operator '${op}' can't be applied to ${typeName(a)} and ${typeName(b)}.`);
  }
  return op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : op === '/' ? a / b : a % b;
}

function ordered<T extends number | string>(op: string, p: T, q: T): boolean {
  return op === '<' ? p < q : op === '<=' ? p <= q : op === '>' ? p > q : p >= q;
}

const ENTITY_CLASSES: Readonly<Record<string, { type: EntityType; loader: 'issue' | 'user' | 'project' }>> = {
  Issue: { type: 'Issue', loader: 'issue' },
  User: { type: 'User', loader: 'user' },
  Project: { type: 'Project', loader: 'project' },
};

function construct(node: NodeOf<'new'>, args: readonly unknown[], rt: Runtime): unknown {
  if (node.className === 'Date') {
    const arg = args[0];
    const d = args.length === 0 ? new Date(rt.now) : typeof arg === 'number' || typeof arg === 'string' ? new Date(arg) : null;
    if (!d || Number.isNaN(d.getTime())) rt.fail(node, `Invalid date: ${display(args[0])}.`);
    return d;
  }
  if (node.className === 'RegExp') {
    try {
      const flags = typeof args[1] === 'string' ? args[1] : undefined;
      return new RegExp(typeof args[0] === 'string' ? args[0] : display(args[0]), flags);
    } catch {
      return rt.fail(node, `Invalid regular expression: ${display(args[0])}.`);
    }
  }
  const entity = ENTITY_CLASSES[node.className];
  if (!entity) return rt.fail(node, `Unrecognized type: "${node.className}"`);
  rt.charge(node);
  const loaded = rt.loaders[entity.loader]?.(display(args[0])) ?? null;
  return rt.tag(loaded, entity.type);
}
