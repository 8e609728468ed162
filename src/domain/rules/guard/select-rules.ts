// Which transition rules apply to a workflow transition: by transition id, or by target status (and, when
// the rule names them, the statuses it starts from). Pure; status names compare case-insensitively.
import type { GuardRule } from '../../model/guard/types';
import type { WorkflowTransitionInfo } from '../../ports-guard';

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

export function ruleMatchesTransition(rule: GuardRule, t: Pick<WorkflowTransitionInfo, 'id' | 'toStatus' | 'fromStatuses'>): boolean {
  if (rule.target.kind === 'transition') return rule.target.transitionId === t.id;
  if (!same(rule.target.toStatus, t.toStatus)) return false;
  const from = rule.target.fromStatuses;
  return from.length === 0 || t.fromStatuses.some((s) => from.some((f) => same(f, s)));
}

export function rulesForTransition(rules: readonly GuardRule[], t: Pick<WorkflowTransitionInfo, 'id' | 'toStatus' | 'fromStatuses'>): GuardRule[] {
  return rules.filter((r) => ruleMatchesTransition(r, t));
}
