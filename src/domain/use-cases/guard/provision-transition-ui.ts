// Provisioning of the transition view's help: one UI modification per project with transition rules,
// registered as the app (POST /rest/api/3/uiModifications) for the IssueTransition view of each issue type
// the rules apply to. Found by name first and updated only when its data or contexts changed (idempotent).
import type { GuardRule } from '../../model/guard/types';
import type { ResolvedCustomFields } from '../../model/template/types';
import type { JiraFieldInfo, UiModificationInput } from '../../ports';
import type { GuardJiraPort, WorkflowTransitionInfo } from '../../ports-guard';
import { guardUiData } from '../../rules/guard/transition-ui-data';
import type { StepLog } from '../provisioning/steps';

export const guardUiModificationName = (projectKey: string): string => `LineBridge transition guard: ${projectKey}`;

export type TransitionUiPlan = {
  readonly rules: readonly GuardRule[];
  readonly resolved: ResolvedCustomFields;
  readonly siteFields: readonly JiraFieldInfo[];
  readonly transitions: readonly WorkflowTransitionInfo[];
};

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

export async function provisionTransitionUi(jira: GuardJiraPort, log: StepLog, plan: TransitionUiPlan): Promise<void> {
  const projects = [...new Set(plan.rules.map((r) => r.projectKey))];
  if (projects.length === 0) return;
  const existing = await log.attempt('uiModification', 'LineBridge', async () => ({ outcome: 'skipped', quiet: true, value: await jira.listUiModifications() }));
  if (!existing) return;
  for (const key of projects) {
    await log.attempt('uiModification', `${key} / IssueTransition`, async () => {
      const project = await jira.getProject(key);
      const rules = plan.rules.filter((r) => r.projectKey === key);
      const data = guardUiData(rules, plan.resolved, plan.siteFields, plan.transitions);
      if (data.rules.length === 0) return { outcome: 'skipped', detail: 'no enforceable rule' };
      const types = project.issueTypes.filter((t) => data.rules.some((r) => r.issueTypeName === null || same(r.issueTypeName, t.name)));
      const input: UiModificationInput = {
        name: guardUiModificationName(key),
        description: 'Marks the fields LineBridge transition rules require as required on the transition screen, with the rule message.',
        data: JSON.stringify(data),
        contexts: types.map((t) => ({ projectId: project.id, issueTypeId: t.id, viewType: 'IssueTransition' as const })),
      };
      const found = existing.find((m) => m.name === input.name);
      if (!found) return { outcome: 'created', detail: await jira.createUiModification(input) };
      if (found.data === input.data && JSON.stringify(found.contexts) === JSON.stringify(input.contexts)) return { outcome: 'exists', detail: found.id };
      await jira.updateUiModification(found.id, input);
      return { outcome: 'updated', detail: found.id };
    });
  }
}
