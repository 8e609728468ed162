// Public face of the sandbox's Jira expression interpreter (see README.md for the subset and its gaps).
// Parse errors, limit breaches and runtime errors all come back as {ok: false, error}; it never throws for
// a bad expression and never performs I/O (entity loads go through the caller's loaders).
import { countLeaves, type Node } from './ast';
import { type Complexity, staticComplexity } from './complexity';
import { evaluate } from './interpreter';
import { SyntaxIssue } from './lexer';
import { parseExpression } from './parser';
import { EXPRESSION_LIMITS, type EntityLoaders, type EntityType, EvalError, Runtime } from './runtime';
import { toJson } from './values';

export { EXPRESSION_LIMITS, type EntityLoaders, type Complexity };

export type ExpressionOptions = {
  /** Jira's limit is 10. */
  readonly maxExpensiveOperations?: number;
  /** Epoch ms for `new Date()`; defaults to the current time. */
  readonly now?: number;
  /** Back `new Issue(..)`, `new User(..)`, `new Project(..)`; each call is one expensive operation. */
  readonly loaders?: EntityLoaders;
};

export type ExpressionFailure = {
  readonly ok: false;
  readonly error: string;
  readonly kind: 'syntax' | 'limit' | 'runtime';
  readonly line?: number;
  readonly column?: number;
};

export type ExpressionResult =
  | { readonly ok: true; readonly value: unknown; readonly expensiveOperations: number }
  | ExpressionFailure;

export type ComplexityResult =
  | (Complexity & { readonly ok: true; readonly leaves: number; readonly characters: number })
  | ExpressionFailure;

/** Context variables that are Jira entities (expensive loads are counted on them). */
const ENTITY_ROOTS: Readonly<Record<string, EntityType>> = {
  issue: 'Issue', originalIssue: 'Issue', issues: 'Issue', project: 'Project', user: 'User',
};
/** Context variables holding free-form JSON: missing keys read as null. */
const JSON_ROOTS: ReadonlySet<string> = new Set(['config', 'context']);

function parseChecked(source: string): Node | ExpressionFailure {
  if (source.length > EXPRESSION_LIMITS.characters) {
    const error = `Jira expression is too long (${source.length}), limit: ${EXPRESSION_LIMITS.characters} characters`;
    return { ok: false, kind: 'limit', error };
  }
  let ast: Node;
  try {
    ast = parseExpression(source);
  } catch (e) {
    if (!(e instanceof SyntaxIssue)) throw e;
    const error = `Syntax error at line ${e.line}, column ${e.column}: ${e.message}`;
    return { ok: false, kind: 'syntax', error, line: e.line, column: e.column };
  }
  const leaves = countLeaves(ast);
  if (leaves > EXPRESSION_LIMITS.leaves) {
    const error = `Jira expression has too many nodes (${leaves}), limit: ${EXPRESSION_LIMITS.leaves} leaves`;
    return { ok: false, kind: 'limit', error };
  }
  return ast;
}

export function evaluateJiraExpression(
  source: string,
  context: Record<string, unknown>,
  opts: ExpressionOptions = {},
): ExpressionResult {
  const ast = parseChecked(source);
  if ('ok' in ast) return ast;
  const limit = opts.maxExpensiveOperations ?? EXPRESSION_LIMITS.expensiveOperations;
  const rt = new Runtime(source, opts.now ?? Date.now(), limit, opts.loaders ?? {});
  const vars = new Map<string, unknown>();
  for (const [name, value] of Object.entries(context)) {
    const v = value === undefined ? null : value;
    const entity = ENTITY_ROOTS[name];
    if (entity) rt.tag(v, entity);
    if (JSON_ROOTS.has(name)) rt.markDynamic(v);
    vars.set(name, v);
  }
  try {
    const value = evaluate(ast, { vars, parent: null }, rt);
    return { ok: true, value: toJson(value), expensiveOperations: rt.expensiveOperations };
  } catch (e) {
    if (e instanceof EvalError) {
      return { ok: false, kind: e.kind, error: `Evaluation failed: "${rt.text(e.node)}" - ${e.message}` };
    }
    if (e instanceof RangeError) {
      return { ok: false, kind: 'limit', error: 'Evaluation failed: the expression is too complex.' };
    }
    throw e;
  }
}

/** Static expensive-operation count (and Jira's syntactic limits) of an expression, without evaluating it. */
export function analyzeComplexity(source: string): ComplexityResult {
  const ast = parseChecked(source);
  if ('ok' in ast) return ast;
  return { ok: true, ...staticComplexity(ast, source), leaves: countLeaves(ast), characters: source.length };
}
