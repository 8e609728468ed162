// Provisioning, part 3: one create-dialog UI modification per project and issue type the templates serve,
// registered as the app (POST /rest/api/3/uiModifications) with the precomputed data its frame reads.
// Found by name first and updated only when its data or context changed, so a second run changes nothing.
import type { Locale } from '../../../shared/i18n';
import { NotFoundError } from '../../errors';
import type { JiraConfigPort, JiraProjectInfo, UiModificationInfo, UiModificationInput } from '../../ports';
import type { TemplateSet } from '../../model/template/template-store';
import type { ResolvedCustomFields, TemplateDefinition } from '../../model/template/types';
import { uiModificationData } from '../../rules/template/ui-modification-data';
import type { StepLog } from './steps';

export const uiModificationName = (projectKey: string, issueTypeName: string): string => `LineBridge template: ${projectKey} / ${issueTypeName}`;

function slots(templates: readonly TemplateDefinition[]): TemplateDefinition[][] {
  const bySlot = new Map<string, TemplateDefinition[]>();
  for (const t of templates) {
    const key = `${t.projectKey}/${t.issueTypeName.toLowerCase()}`;
    bySlot.set(key, [...(bySlot.get(key) ?? []), t]);
  }
  return [...bySlot.values()];
}

function unchanged(found: UiModificationInfo, input: UiModificationInput): boolean {
  return found.data === input.data && JSON.stringify(found.contexts) === JSON.stringify(input.contexts);
}

export type UiModificationPlan = {
  readonly set: TemplateSet;
  readonly resolved: ResolvedCustomFields;
  readonly defaultLocale: Locale;
};

export async function provisionUiModifications(jira: JiraConfigPort, log: StepLog, plan: UiModificationPlan): Promise<void> {
  const groups = slots(plan.set.templates);
  if (groups.length === 0) return;
  const shared = await log.attempt('uiModification', 'LineBridge', async () => {
    const [priorities, existing] = await Promise.all([jira.listPriorities(), jira.listUiModifications()]);
    return { outcome: 'skipped', quiet: true, value: { priorityIds: new Map(priorities.map((p) => [p.name.toLowerCase(), p.id])), existing } };
  });
  if (!shared) return;
  const projects = new Map<string, Promise<JiraProjectInfo>>();
  const projectOf = (key: string): Promise<JiraProjectInfo> => {
    const cached = projects.get(key) ?? jira.getProject(key);
    projects.set(key, cached);
    return cached;
  };
  for (const group of groups) {
    const first = group[0];
    if (!first) continue;
    await log.attempt('uiModification', `${first.projectKey} / ${first.issueTypeName}`, async () => {
      const project = await projectOf(first.projectKey);
      const issueType = project.issueTypes.find((t) => t.name.toLowerCase() === first.issueTypeName.toLowerCase());
      if (!issueType) throw new NotFoundError(`issue type ${first.issueTypeName} in ${first.projectKey}`);
      const data = uiModificationData(group, plan.set.version, plan.resolved, shared.priorityIds, plan.defaultLocale);
      const input: UiModificationInput = {
        name: uiModificationName(first.projectKey, first.issueTypeName),
        description: 'Prefills the description from the LineBridge incident template and marks its required fields.',
        data: JSON.stringify(data),
        contexts: [{ projectId: project.id, issueTypeId: issueType.id, viewType: 'GIC' }],
      };
      const found = shared.existing.find((m) => m.name === input.name);
      if (!found) return { outcome: 'created', detail: await jira.createUiModification(input) };
      if (unchanged(found, input)) return { outcome: 'exists', detail: found.id };
      await jira.updateUiModification(found.id, input);
      return { outcome: 'updated', detail: found.id };
    });
  }
}
