// Picks the goal of a metric for an issue: the goals for its priority (case-insensitive name), narrowed
// by project, issue type or label; the most specific one wins (project > issue type > label, summed),
// and among equally specific ones the first listed. No goal, or a target that is not positive: null.
import type { SlaGoal } from '../../model/sla/definition';
import type { IssueHistory } from '../../model/sla/history';
import type { SlaGoalUsed } from '../../model/sla/report';
import { MINUTE_MS } from '../../model/sla/time-of-day';

type Scope = SlaGoalUsed['scope'][number];

function narrows(list: readonly string[] | undefined): list is readonly string[] {
  return list !== undefined && list.length > 0;
}

function matches(goal: SlaGoal, issue: IssueHistory): Scope[] | null {
  const scope: Scope[] = [];
  if (narrows(goal.projectKeys)) {
    if (!goal.projectKeys.some((k) => k.toUpperCase() === issue.projectKey.toUpperCase())) return null;
    scope.push('project');
  }
  if (narrows(goal.issueTypes)) {
    if (!goal.issueTypes.some((t) => t.toLowerCase() === issue.issueType.toLowerCase())) return null;
    scope.push('issueType');
  }
  if (narrows(goal.labels)) {
    if (!goal.labels.some((l) => issue.labels.includes(l))) return null;
    scope.push('label');
  }
  return scope;
}

const WEIGHT: Readonly<Record<Scope, number>> = { project: 4, issueType: 2, label: 1 };

export function selectGoal(goals: readonly SlaGoal[], issue: IssueHistory, priority: string): SlaGoalUsed | null {
  const wanted = priority.trim().toLowerCase();
  let best: SlaGoalUsed | null = null;
  let bestScore = -1;
  for (const goal of goals) {
    if (goal.priority.trim().toLowerCase() !== wanted) continue;
    const scope = matches(goal, issue);
    if (!scope) continue;
    const score = scope.reduce((sum, s) => sum + WEIGHT[s], 0);
    if (score <= bestScore) continue;
    bestScore = score;
    const targetMs = goal.targetMinutes * MINUTE_MS;
    best = Number.isFinite(targetMs) && targetMs > 0 ? { priority: goal.priority, targetMs, scope } : null;
  }
  return best;
}
