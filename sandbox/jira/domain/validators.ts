// Forge `jira:workflowValidator` rules on a transition, evaluated like Jira does: the expression (the rule
// config's `expression` overrides the module's) sees issue (with the screen's values), originalIssue,
// project, transition, workflow, user, config, app. `true` passes; a string is the message; false, an error
// or a non-boolean fails (the latter two also emit `avi:jira:failed:expression`).
import { adfToText, type AdfDoc } from '../adf';
import type { TransitionDef } from '../catalog';
import { evaluateJiraExpression } from '../expression/index';
import { isRecord } from '../http/json-body';
import type { IssueRecord } from '../store/issues-store';
import type { ProjectRecord } from '../store/projects-store';
import { emitExpressionFailed } from './events';
import { expressionIssue, expressionProject, expressionTransition, expressionUser } from './expression-context';
import type { Caller } from './permissions';
import type { Site } from './site';

export const DEFAULT_VALIDATOR_MESSAGE = 'The transition failed validation.';

export type ValidationInput = {
  readonly project: ProjectRecord;
  readonly transition: TransitionDef;
  readonly original: IssueRecord;
  readonly draft: IssueRecord;
  /** Comments typed on the transition screen: Jira expressions see them in `issue.comments` with a null id. */
  readonly pendingComments?: readonly AdfDoc[];
};

function issueWithPending(site: Site, caller: Caller, input: ValidationInput): Record<string, unknown> {
  const issue = expressionIssue(site, input.draft);
  const pending = input.pendingComments ?? [];
  if (pending.length === 0) return issue;
  const stored = issue.comments as () => unknown[];
  const author = expressionUser(site, caller.accountId);
  const now = new Date(site.now());
  return { ...issue, comments: () => [...stored(), ...pending.map((body) => ({ id: null, body: { plainText: adfToText(body) }, author, created: now, updated: now }))] };
}

/** Returns the error message of the first failing validator, or undefined when all pass. */
export function runWorkflowValidators(site: Site, caller: Caller, input: ValidationInput): string | undefined {
  const rules = site.appConfig.validators(input.project.key, input.transition.id);
  for (const rule of rules) {
    const module = site.config.validatorModules.find((m) => m.key === rule.moduleKey);
    const config = isRecord(rule.config) ? rule.config : {};
    const expression = typeof config.expression === 'string' ? config.expression : module?.expression;
    if (expression === undefined) continue;
    const message = module?.errorMessage ?? DEFAULT_VALIDATOR_MESSAGE;
    const context = {
      issue: issueWithPending(site, caller, input),
      originalIssue: expressionIssue(site, input.original),
      project: expressionProject(input.project),
      transition: expressionTransition(input.transition, input.original.statusId),
      workflow: { id: '5c3c0e8e-0b7a-4a38-9d2e-6c1a1b9f4e21', name: 'Support workflow' },
      user: expressionUser(site, caller.accountId),
      config: structuredClone(config),
      app: { id: 'linebridge-sandbox-app' },
    };
    const result = evaluateJiraExpression(expression, context, { now: site.now() });
    if (result.ok && result.value === true) continue;
    if (result.ok && typeof result.value === 'string') return result.value;
    if (result.ok && result.value === false) return message;
    const errorMessages = result.ok ? [`Jira expression must evaluate to a Boolean, got ${typeof result.value}.`] : [result.error];
    emitExpressionFailed(site, caller, { validatorId: rule.moduleKey, expression, errorMessages, issue: input.original });
    return message;
  }
  return undefined;
}
