// A pure static estimate of a Jira expression against Jira's limits (1000 characters, 100 leaves, 10
// expensive operations). Errs on the high side; the sandbox's analyzer confirms it in tests.
export const JIRA_EXPRESSION_LIMITS = { characters: 1000, leaves: 100, expensiveOperations: 10 } as const;

export type ExpressionEstimate = { readonly characters: number; readonly leaves: number; readonly expensiveOperations: number };

const TOKENS = /'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[A-Za-z_$][\w$]*|\d+(?:\.\d+)?/g;
const EXPENSIVE = /\.(?:comments|changelogs|properties)\b|\bnew\s+(?:Issue|User|Project)\b/g;

/** Leaves are literals, identifiers, member names and lambda parameters: every such token counts once. */
export function estimateExpression(source: string): ExpressionEstimate {
  const leaves = (source.match(TOKENS) ?? []).length;
  const expensiveOperations = (source.match(EXPENSIVE) ?? []).length;
  return { characters: source.length, leaves, expensiveOperations };
}

/** The limits an estimate breaks, as `name n/limit` (empty: within all limits). */
export function brokenLimits(estimate: ExpressionEstimate): string[] {
  return (Object.keys(JIRA_EXPRESSION_LIMITS) as (keyof ExpressionEstimate)[])
    .filter((k) => estimate[k] > JIRA_EXPRESSION_LIMITS[k])
    .map((k) => `${k} ${estimate[k]}/${JIRA_EXPRESSION_LIMITS[k]}`);
}
