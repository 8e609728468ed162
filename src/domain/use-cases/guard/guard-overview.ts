// The admin page's view of the transition rules: for each rule, the workflow transitions it matches, whether
// it can be enforced (with its reasons when not) and its expression's size, and which projects are
// team-managed (Jira runs no workflow validators there). Admin only; reads Jira as the app.
import type { GuardRule } from '../../model/guard/types';
import { loadResolvedFields } from '../../model/template/template-store';
import type { WorkflowTransitionInfo } from '../../ports-guard';
import type { GuardSiteFieldDto } from '../../../shared/contract-guard';
import { SYSTEM_FIELD_IDS } from '../../model/guard/types';
import type { JiraFieldInfo } from '../../ports';
import { JIRA_EXPRESSION_LIMITS, type ExpressionEstimate } from '../../rules/guard/expression-estimate';
import { checksForField } from '../../rules/guard/resolve-fields';
import { generateValidator } from '../../rules/guard/generate-expression';
import type { GuardProblem } from '../../rules/guard/resolve-fields';
import { rulesForTransition } from '../../rules/guard/select-rules';
import { loadGuardSettings, requireAdmin, type GuardDeps } from './guard-deps';

export type GuardRuleStatus = {
  readonly ruleId: string;
  readonly projectKey: string;
  readonly transitions: readonly { readonly id: string; readonly name: string }[];
  readonly problems: readonly GuardProblem[];
  readonly estimate: ExpressionEstimate | null;
  readonly teamManaged: boolean;
};

export function transitionsOf(rule: GuardRule, all: readonly WorkflowTransitionInfo[]): WorkflowTransitionInfo[] {
  return all.filter((t) => rulesForTransition([rule], t).length > 0);
}

/** The fields a rule may name: the system fields the rules know and every custom field a check fits. */
export function ruleFields(siteFields: readonly JiraFieldInfo[]): GuardSiteFieldDto[] {
  return siteFields
    .filter((f) => f.customType !== undefined || (SYSTEM_FIELD_IDS as readonly string[]).includes(f.id))
    .map((f) => ({ id: f.id, name: f.name, checks: checksForField(f) }))
    .filter((f) => f.checks.length > 0)
    .sort((a, b) => a.name.localeCompare(b.name));
}

export type GuardOverview = { version: number; rules: GuardRuleStatus[]; fields: GuardSiteFieldDto[]; limits: ExpressionEstimate };

export async function guardOverview(deps: GuardDeps): Promise<GuardOverview> {
  await requireAdmin(deps, 'review the transition rules');
  const [{ version, settings }, resolved, siteFields, transitions] = await Promise.all([
    loadGuardSettings(deps.store), loadResolvedFields(deps.store), deps.guardJira.listFields(), deps.guardJira.listWorkflowTransitions(),
  ]);
  const styles = new Map<string, boolean>();
  for (const key of new Set(settings.rules.map((r) => r.projectKey))) styles.set(key, (await deps.guardJira.projectStyle(key)) === 'team-managed');
  const rules = settings.rules.map((rule): GuardRuleStatus => {
    const generated = generateValidator(rule, resolved, siteFields);
    const matched = transitionsOf(rule, transitions);
    const problems = generated.ok ? [] : [...generated.problems];
    if (matched.length === 0) problems.push({ messageKey: 'guard.error.noRule', params: {} });
    return {
      ruleId: rule.id, projectKey: rule.projectKey, transitions: matched.map((t) => ({ id: t.id, name: t.name })),
      problems, estimate: generated.ok ? generated.estimate : null, teamManaged: styles.get(rule.projectKey) ?? false,
    };
  });
  return { version, rules, fields: ruleFields(siteFields), limits: { ...JIRA_EXPRESSION_LIMITS } };
}
