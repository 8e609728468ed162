// Static count of expensive operations, in the shape of Jira's `/expression/analyse` complexity:
// a number, or a formula such as "1 + 2 * N" with N bound to a list expression when a lambda loads data
// per element. Counts the same loads the interpreter charges (runtime.ts). Never evaluates anything.
import type { Node } from './ast';
import { CHILD_TYPES, EXPENSIVE, type EntityType } from './runtime';

type SType = EntityType | { readonly list: SType } | 'unknown';

const ROOTS: ReadonlyMap<string, SType> = new Map<string, SType>([
  ['issue', 'Issue'], ['originalIssue', 'Issue'], ['project', 'Project'], ['user', 'User'], ['issues', { list: 'Issue' }],
]);
const LIST_FIELDS: ReadonlySet<string> = new Set(['subtasks', 'links', 'comments', 'changelogs']);
const ITERATING: ReadonlySet<string> = new Set(['map', 'filter', 'some', 'every', 'flatMap', 'reduce', 'sort']);
const LETTERS = ['N', 'M', 'K', 'L', 'P', 'Q', 'R', 'S'];

export type Complexity = {
  /** Jira-style formula, e.g. "0", "2", "N", "1 + 2 * N". */
  readonly formula: string;
  /** The count when it does not depend on list sizes, else null. */
  readonly count: number | null;
  /** Formula variables and the list expressions they stand for. */
  readonly variables: Readonly<Record<string, string>>;
};

const isEntity = (t: SType): t is EntityType => typeof t === 'string' && t !== 'unknown';

export function staticComplexity(root: Node, source: string): Complexity {
  const terms = new Map<string, number>();
  const variables: Record<string, string> = {};
  const text = (n: Node): string => source.slice(n.start, n.end);
  const add = (mult: readonly string[]): void => {
    const key = [...mult].sort().join(' * ');
    terms.set(key, (terms.get(key) ?? 0) + 1);
  };
  const letterFor = (listText: string): string => {
    const existing = Object.entries(variables).find(([, v]) => v === listText);
    if (existing) return existing[0];
    const letter = LETTERS[Object.keys(variables).length] ?? `N${Object.keys(variables).length}`;
    variables[letter] = listText;
    return letter;
  };

  const visit = (node: Node, env: ReadonlyMap<string, SType>, mult: readonly string[], memo: Set<string>): SType => {
    const v = (n: Node): SType => visit(n, env, mult, memo);
    switch (node.type) {
      case 'ident':
        return env.get(node.name) ?? 'unknown';
      case 'member': {
        const t = v(node.object);
        if (!isEntity(t)) return 'unknown';
        const key = `${text(node.object)}.${node.name}`;
        if (EXPENSIVE[t].has(node.name) && !memo.has(key)) {
          memo.add(key);
          add(mult);
        }
        const child = CHILD_TYPES[t][node.name];
        return child ? (LIST_FIELDS.has(node.name) ? { list: child } : child) : 'unknown';
      }
      case 'index': {
        v(node.index);
        const t = v(node.object);
        return typeof t === 'object' ? t.list : 'unknown';
      }
      case 'call': {
        const callee = node.callee;
        if (callee.type === 'member' && ITERATING.has(callee.name)) {
          const listType = v(callee.object);
          if (typeof listType === 'object') {
            const inner = [...mult, letterFor(text(callee.object))];
            let body: SType = 'unknown';
            for (const arg of node.args) {
              if (arg.type !== 'arrow') v(arg);
              else {
                const scope = new Map(env);
                const itemIndex = callee.name === 'reduce' ? 1 : 0;
                arg.params.forEach((p, i) => scope.set(p, i === itemIndex ? listType.list : 'unknown'));
                body = visit(arg.body, scope, inner, new Set());
              }
            }
            return callee.name === 'map' ? { list: body } : callee.name === 'filter' ? listType : 'unknown';
          }
        }
        v(callee);
        node.args.forEach(v);
        return 'unknown';
      }
      case 'new':
        node.args.forEach(v);
        if (node.className === 'Issue' || node.className === 'User' || node.className === 'Project') {
          add(mult);
          return node.className;
        }
        return 'unknown';
      case 'arrow': {
        const scope = new Map(env);
        node.params.forEach((p) => scope.set(p, 'unknown'));
        visit(node.body, scope, mult, memo);
        return 'unknown';
      }
      case 'template': node.exprs.forEach(v); return 'unknown';
      case 'array': node.items.forEach(v); return 'unknown';
      case 'spread': return v(node.arg);
      case 'object': node.entries.forEach((e) => v('spread' in e ? e.spread : e.value)); return 'unknown';
      case 'unary': v(node.arg); return 'unknown';
      case 'binary': case 'logical': v(node.left); v(node.right); return 'unknown';
      case 'cond': v(node.test); v(node.then); v(node.otherwise); return 'unknown';
      default: return 'unknown';
    }
  };
  visit(root, ROOTS, [], new Set());

  const parts = [...terms.entries()]
    .sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b)))
    .map(([key, n]) => (key === '' ? String(n) : n === 1 ? key : `${n} * ${key}`));
  const constantOnly = [...terms.keys()].every((k) => k === '');
  return {
    formula: parts.length === 0 ? '0' : parts.join(' + '),
    count: constantOnly ? (terms.get('') ?? 0) : null,
    variables,
  };
}
