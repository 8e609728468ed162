// Turns a clause's operand into normalized atoms for one field, validating values and functions the way
// Jira does (unknown project/status/user → "The value 'X' does not exist ...", unknown function, bad date).
// Never evaluates issues; compile.ts does that with the atoms produced here.
import type { JqlOperand } from './ast';
import { DATE_FUNCTIONS, dateFunction, parseDateValue } from './dates';
import { JqlError, msg } from './errors';
import type { Atom, FieldSpec } from './fields';
import type { JqlResolver } from './types';

export type Needles = {
  readonly atoms: ReadonlySet<Atom>;
  /** EMPTY (or `Unresolved`) appeared among the operands. */
  readonly empty: boolean;
  /** How many operands were given (lists count their items). */
  readonly count: number;
};

const CATEGORIES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['undefined', ['1', 'undefined', 'no category']],
  ['new', ['2', 'new', 'to do']],
  ['done', ['3', 'done']],
  ['indeterminate', ['4', 'indeterminate', 'in progress']],
];

/** Jira Cloud functions the sandbox does not implement (so they are not reported as unknown). */
const UNSUPPORTED_FUNCTIONS: ReadonlySet<string> = new Set(
  ('membersof opensprints closedsprints futuresprints issuehistory watchedissues votedissues linkedissues ' +
    'projectsleadbyuser projectswhereuserhaspermission projectswhereuserhasrole componentsleadbyuser updatedby ' +
    'lastlogin currentlogin releasedversions unreleasedversions latestreleasedversion earliestunreleasedversion ' +
    'standardissuetypes subtaskissuetypes cascadeoption approver myapproval mypending').split(' '),
);

const NO_VALUE = Symbol('empty');

export function resolveOperand(spec: FieldSpec, operand: JqlOperand, resolver: JqlResolver): Needles {
  const atoms = new Set<Atom>();
  let empty = false;
  let count = 0;
  const visit = (item: JqlOperand): void => {
    if (item.kind === 'list') return item.items.forEach(visit);
    count++;
    const resolved =
      item.kind === 'empty'
        ? NO_VALUE
        : item.kind === 'function'
          ? callFunction(spec, item, resolver)
          : value(spec, item.value, resolver);
    if (resolved === NO_VALUE) {
      if (!spec.empty) throw new JqlError(msg.noEmpty(spec.name));
      empty = true;
    } else {
      resolved.forEach((a) => atoms.add(a));
    }
  };
  visit(operand);
  return { atoms, empty, count };
}

function callFunction(spec: FieldSpec, fn: Extract<JqlOperand, { kind: 'function' }>, r: JqlResolver): Atom[] {
  const lower = fn.name.toLowerCase();
  if (lower === 'currentuser') {
    if (fn.args.length > 0) throw new JqlError(msg.functionArgs(fn.name, '0', fn.args.length));
    if (spec.valueType !== 'user') throw new JqlError(msg.functionValue(fn.name, spec.name));
    const me = r.currentUser();
    return me === null ? [] : [me];
  }
  if (DATE_FUNCTIONS.has(lower)) {
    const ms = dateFunction(fn.name, fn.args, r.now(), r.weekStartsOn ?? 0);
    if (spec.valueType !== 'date') throw new JqlError(msg.functionValue(fn.name, spec.name));
    return [ms];
  }
  if (UNSUPPORTED_FUNCTIONS.has(lower)) throw new JqlError(msg.sandbox(`The function '${fn.name}()'`), 'unsupported');
  throw new JqlError(msg.noFunction(fn.name));
}

function found(spec: FieldSpec, v: string, result: string | null | undefined): Atom[] {
  if (result === null || result === undefined) throw new JqlError(msg.noValue(spec.name, v));
  return [result.toLowerCase()];
}

function value(spec: FieldSpec, v: string, r: JqlResolver): Atom[] | typeof NO_VALUE {
  switch (spec.valueType) {
    case 'project':
      return found(spec, v, r.findProject(v));
    case 'status':
      return found(spec, v, r.findStatus(v));
    case 'priority':
      return found(spec, v, r.findPriority(v)?.name);
    case 'issuetype':
      return found(spec, v, r.findIssueType(v));
    case 'statusCategory':
      return found(spec, v, CATEGORIES.find(([, names]) => names.includes(v.toLowerCase()))?.[0]);
    case 'resolution':
      return v.toLowerCase() === 'unresolved' ? NO_VALUE : found(spec, v, r.findResolution(v));
    case 'user': {
      const ids = r.findUsers(v);
      if (ids.length === 0) throw new JqlError(msg.noValue(spec.name, v));
      return [...ids];
    }
    case 'key':
      return issueKey(spec, v, r);
    case 'date':
      return [parseDateValue(v, spec.name, r.now())];
    case 'number': {
      const n = Number(v);
      if (v.trim() === '' || !Number.isFinite(n)) throw new JqlError(msg.number(v, spec.name));
      return [n];
    }
    case 'option':
      if (spec.options && !spec.options.some((o) => o.toLowerCase() === v.toLowerCase())) {
        throw new JqlError(msg.noValue(spec.name, v));
      }
      return [v.toLowerCase()];
    case 'labels':
      return [v.toLowerCase()];
    case 'text':
    case 'string':
      return [v];
  }
}

function issueKey(spec: FieldSpec, v: string, r: JqlResolver): Atom[] {
  const isId = /^\d+$/.test(v);
  if (!isId && !/^[A-Za-z][A-Za-z0-9_]*-\d+$/.test(v)) throw new JqlError(msg.issueKey(v, spec.name));
  if (r.issueExists && !r.issueExists(v)) throw new JqlError(msg.noIssue(v, spec.name));
  return [isId ? `id:${Number(v)}` : `key:${v.toLowerCase()}`];
}
