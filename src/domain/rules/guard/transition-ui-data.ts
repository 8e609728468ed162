// What the transition view's UI modification needs from the rules of one project: per rule the workflow
// transitions it applies to, the fields it requires with their checks, and the same texts the validator
// shows. Pure. Rules that cannot be enforced (unresolved fields, over the limits) are left out: the admin
// page flags them, and the validator fails closed on its own.
import type { GuardUiModificationDataDto, GuardUiRuleDto } from '../../../shared/contract-guard';
import type { JiraFieldInfo } from '../../ports';
import type { WorkflowTransitionInfo } from '../../ports-guard';
import type { GuardRule } from '../../model/guard/types';
import type { ResolvedCustomFields } from '../../model/template/types';
import { generateValidator } from './generate-expression';
import { resolveGuardFields } from './resolve-fields';
import { rulesForTransition } from './select-rules';

export const GUARD_UI_KIND = 'linebridge-guard';

export function guardUiRule(rule: GuardRule, resolved: ResolvedCustomFields, siteFields: readonly JiraFieldInfo[], transitions: readonly WorkflowTransitionInfo[]): GuardUiRuleDto | null {
  const generated = generateValidator(rule, resolved, siteFields);
  const transitionIds = transitions.filter((t) => rulesForTransition([rule], t).length > 0).map((t) => t.id);
  if (!generated.ok || transitionIds.length === 0) return null;
  const { fields } = resolveGuardFields(rule.fields, resolved, siteFields);
  return {
    ruleId: rule.id, issueTypeName: rule.issueTypeName, transitionIds, priorityNames: rule.priorityNames,
    fields: fields.map((f) => ({ fieldId: f.fieldId, check: f.check, minLength: f.minLength })),
    requireComment: rule.requireComment, l: generated.config.l,
  };
}

export function guardUiData(rules: readonly GuardRule[], resolved: ResolvedCustomFields, siteFields: readonly JiraFieldInfo[], transitions: readonly WorkflowTransitionInfo[]): GuardUiModificationDataDto {
  const out = rules.map((r) => guardUiRule(r, resolved, siteFields, transitions)).filter((r): r is GuardUiRuleDto => r !== null);
  return { v: 1, kind: GUARD_UI_KIND, rules: out };
}
