// POST /expression/eval: evaluates a Jira expression with the sandbox interpreter against an issue/project
// context; evaluation errors answer 400 with Jira's message.
import { jsonResponse } from '../../http-types';
import { expressionIssue, expressionProject, expressionUser } from '../domain/expression-context';
import { visibleIssue } from '../domain/permissions';
import { EXPRESSION_LIMITS, evaluateJiraExpression } from '../expression/index';
import { badRequest, JiraHttpError, notFound } from '../http/errors';
import { asObject, isRecord } from '../http/json-body';
import { route, type Route } from '../http/route';

const ref = (v: unknown): string | undefined => {
  if (!isRecord(v)) return undefined;
  const x = v.id ?? v.key;
  return typeof x === 'string' || typeof x === 'number' ? String(x) : undefined;
};

export const expressionRoutes: readonly Route[] = [
  route('POST', '/rest/api/3/expression/eval', (ctx) => {
    const body = asObject(ctx.json());
    if (typeof body.expression !== 'string' || body.expression.trim() === '') throw badRequest('The expression must not be empty.');
    const c = isRecord(body.context) ? body.context : {};
    const context: Record<string, unknown> = { user: expressionUser(ctx.site, ctx.caller.accountId) };
    const issueRef = ref(c.issue);
    if (issueRef !== undefined) context.issue = expressionIssue(ctx.site, visibleIssue(ctx.site, ctx.caller, issueRef));
    const projectRef = ref(c.project);
    if (projectRef !== undefined) {
      const p = ctx.site.projects.find(projectRef);
      if (!p) throw notFound(`No project could be found with key '${projectRef}'.`);
      context.project = expressionProject(p);
    }
    const result = evaluateJiraExpression(body.expression, context, { now: ctx.site.now() });
    if (!result.ok) throw new JiraHttpError(400, [result.error]);
    const metric = (value: number, limit: number): Record<string, number> => ({ value, limit });
    return jsonResponse(200, {
      value: result.value,
      meta: {
        complexity: {
          steps: metric(1, 10000), expensiveOperations: metric(result.expensiveOperations, EXPRESSION_LIMITS.expensiveOperations),
          beans: metric(0, 1000), primitiveValues: metric(0, 10000),
        },
      },
    });
  }),
];
