// Provisioning, part 2: puts LineBridge's issue fields on every screen the templates' projects use (their
// issue type screen schemes: create, edit, view). A field already on any tab of a screen is left alone.
import type { JiraConfigPort } from '../../ports';
import { PROVISIONED_FIELDS } from '../../model/template/provisioning';
import type { ResolvedCustomFields } from '../../model/template/types';
import type { StepLog } from './steps';

type Screen = { readonly id: number; readonly name: string };

async function screensOf(jira: JiraConfigPort, log: StepLog, projectKeys: readonly string[]): Promise<Screen[]> {
  const screens = new Map<number, Screen>();
  for (const projectKey of projectKeys) {
    const found = await log.attempt('screen', projectKey, async () => {
      const project = await jira.getProject(projectKey);
      // A project whose screens were read needs no line of its own in the report: its screens get one each.
      return { outcome: 'skipped', quiet: true, value: await jira.listProjectScreens(project.id) };
    });
    for (const s of found ?? []) screens.set(s.id, s);
  }
  return [...screens.values()];
}

async function provisionScreen(jira: JiraConfigPort, log: StepLog, screen: Screen, fields: readonly { id: string; name: string }[]): Promise<void> {
  await log.attempt('screen', screen.name, async () => {
    const tabs = await jira.listScreenTabs(screen.id);
    const first = tabs[0];
    if (!first) return { outcome: 'skipped', detail: 'no tab' };
    const present = new Set((await Promise.all(tabs.map((t) => jira.listTabFields(screen.id, t.id)))).flat());
    const missing = fields.filter((f) => !present.has(f.id));
    for (const f of missing) await jira.addTabField(screen.id, first.id, f.id);
    return missing.length === 0 ? { outcome: 'exists' } : { outcome: 'created', detail: missing.map((f) => f.name).join(', ') };
  });
}

export async function provisionScreens(jira: JiraConfigPort, log: StepLog, projectKeys: readonly string[], resolved: ResolvedCustomFields): Promise<void> {
  const fields = PROVISIONED_FIELDS.filter((s) => s.onIssueScreens).flatMap((s) => {
    const id = resolved[s.key];
    return id === undefined ? [] : [{ id, name: s.name }];
  });
  if (fields.length === 0) return;
  for (const screen of await screensOf(jira, log, projectKeys)) await provisionScreen(jira, log, screen, fields);
}
