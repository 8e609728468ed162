// Compiles a parsed JQL query into a predicate over JqlIssueView, validating every clause first (Jira
// reports all invalid clauses at once, so errors are collected into one JqlError). Never touches storage.
import type { JqlClause, JqlOperator, JqlQuery, JqlTerminal } from './ast';
import { JqlError, type JqlErrorKind, msg } from './errors';
import { type Atom, type FieldSpec, resolveField } from './fields';
import { type Needles, resolveOperand } from './operands';
import { textMatches } from './text-match';
import type { JqlIssueView, JqlResolver } from './types';

export type JqlPredicate = (issue: JqlIssueView) => boolean;

type Cmp = (value: Atom, needle: Atom) => number | null;

export function compileJql(query: JqlQuery, resolver: JqlResolver): JqlPredicate {
  const errors: string[] = [];
  let kind: JqlErrorKind = 'validation';
  const build = (clause: JqlClause): JqlPredicate => {
    if (clause.kind === 'not') {
      const inner = build(clause.clause);
      return (i) => !inner(i);
    }
    if (clause.kind !== 'terminal') {
      const parts = clause.clauses.map(build);
      return clause.kind === 'and' ? (i) => parts.every((p) => p(i)) : (i) => parts.some((p) => p(i));
    }
    try {
      return terminal(clause, resolver);
    } catch (e) {
      if (!(e instanceof JqlError)) throw e;
      errors.push(...e.errorMessages);
      if (e.kind === 'unsupported') kind = 'unsupported';
      return () => false;
    }
  };
  const predicate = query.where ? build(query.where) : () => true;
  if (errors.length > 0) throw new JqlError([...new Set(errors)], kind);
  return predicate;
}

function terminal(clause: JqlTerminal, resolver: JqlResolver): JqlPredicate {
  const spec = resolveField(clause.field, clause.fieldText, resolver);
  let op: JqlOperator = clause.operator;
  const operand = clause.operand;
  if (operand.kind === 'empty' && (op === '=' || op === '!=')) op = op === '=' ? 'is' : 'is not';
  if (!spec.ops.has(op)) throw new JqlError(msg.operator(op, spec.name));
  if (op === 'is' || op === 'is not') {
    if (operand.kind !== 'empty') throw new JqlError(`The operator '${op}' only supports searching for EMPTY values.`);
    if (!spec.empty) throw new JqlError(msg.noEmpty(spec.name));
    return op === 'is' ? (i) => spec.values(i).length === 0 : (i) => spec.values(i).length > 0;
  }
  const isList = op === 'in' || op === 'not in';
  if (!isList && operand.kind === 'list') throw new JqlError(`The operator '${op}' does not support the list operand.`);
  if (op === '~' || op === '!~') return textClause(spec, op, operand);
  const needles = resolveOperand(spec, operand, resolver);
  if (op === '=' || op === 'in') return (i) => equalsAny(spec.values(i), needles);
  if (op === '!=' || op === 'not in') {
    return (i) => {
      const values = spec.values(i);
      return values.length > 0 && !equalsAny(values, needles);
    };
  }
  return compare(spec, op, needles, resolver);
}

function equalsAny(values: readonly Atom[], needles: Needles): boolean {
  return (needles.empty && values.length === 0) || values.some((v) => needles.atoms.has(v));
}

function textClause(spec: FieldSpec, op: '~' | '!~', operand: JqlTerminal['operand']): JqlPredicate {
  if (operand.kind === 'empty') throw new JqlError(msg.noEmpty(spec.name));
  if (operand.kind === 'function') throw new JqlError(msg.functionValue(operand.name, spec.name));
  if (operand.kind !== 'value') throw new JqlError(`The operator '${op}' does not support the list operand.`);
  const query = operand.value;
  const texts = (i: JqlIssueView): string[] => spec.values(i).map(String);
  if (op === '~') return (i) => textMatches(texts(i), query);
  return (i) => {
    const t = texts(i);
    return t.length > 0 && !textMatches(t, query);
  };
}

function compare(spec: FieldSpec, op: JqlOperator, needles: Needles, resolver: JqlResolver): JqlPredicate {
  const cmp = comparator(spec, resolver);
  const [needle] = [...needles.atoms];
  if (needle === undefined) return () => false;
  const test = (c: number): boolean => (op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c >= 0);
  return (i) =>
    spec.values(i).some((v) => {
      const c = cmp(v, needle);
      return c !== null && test(c);
    });
}

const keyParts = (a: Atom): { project: string; n: number } | null => {
  const m = /^key:(.+)-(\d+)$/.exec(String(a));
  return m ? { project: m[1] ?? '', n: Number(m[2]) } : null;
};

function comparator(spec: FieldSpec, resolver: JqlResolver): Cmp {
  switch (spec.valueType) {
    case 'date':
    case 'number':
      return (a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : null);
    case 'priority': {
      const seq = (name: Atom): number | null => resolver.findPriority(String(name))?.sequence ?? null;
      // A smaller sequence is a more important priority, and `priority > Medium` means "more important".
      return (a, b) => {
        const [sa, sb] = [seq(a), seq(b)];
        return sa === null || sb === null ? null : sb - sa;
      };
    }
    case 'key':
      return (a, b) => {
        const [sa, sb] = [String(a), String(b)];
        if (sa.startsWith('id:') && sb.startsWith('id:')) return Number(sa.slice(3)) - Number(sb.slice(3));
        const [ka, kb] = [keyParts(a), keyParts(b)];
        return ka && kb && ka.project === kb.project ? ka.n - kb.n : null;
      };
    default:
      throw new JqlError(msg.sandbox(`Range comparison on '${spec.name}'`), 'unsupported');
  }
}
