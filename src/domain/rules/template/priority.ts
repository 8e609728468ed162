// Priority from answers: the template's ordered rules, first match wins, else the default level.
// Pure and cheap, so the form can call it on every keystroke for the live preview.
import type { Answers, PriorityLevel, PriorityPolicy, RuleCondition } from '../../model/template/types';

export type PriorityDecision = {
  readonly level: PriorityLevel;
  /** The Jira priority name the issue is created with. */
  readonly jiraName: string;
  /** The rule that matched, or null when the default applied (shown to the agent as the reason). */
  readonly ruleId: string | null;
};

function holds(condition: RuleCondition, answers: Answers): boolean {
  const value = answers[condition.fieldId];
  if (value === undefined) return false;
  switch (condition.kind) {
    case 'answered':
      return String(value) !== '';
    case 'optionIn':
      return typeof value === 'string' && condition.optionIds.includes(value);
    case 'numberCompare': {
      if (typeof value !== 'number') return false;
      if (condition.op === '>') return value > condition.value;
      if (condition.op === '>=') return value >= condition.value;
      if (condition.op === '<') return value < condition.value;
      return value <= condition.value;
    }
  }
}

export function decidePriority(policy: PriorityPolicy, answers: Answers): PriorityDecision {
  // A rule without conditions always matches: admins use it as an explicit catch-all.
  const rule = policy.rules.find((r) => r.when.every((c) => holds(c, answers)));
  const level = rule?.priority ?? policy.defaultPriority;
  return { level, jiraName: policy.jiraNames[level], ruleId: rule?.id ?? null };
}
