// Puts the fields each transition rule requires on its transitions' screens (first tab), through the REST
// API as the app; syncs the reopen reasons into the "Reopen reason" select; registers the transition view's
// UI modifications. Idempotent: a field already on any tab is left alone. A transition without a screen is
// reported (attaching a screen is a workflow edit the admin makes in Jira's workflow editor).
import { summarize, type ProvisionReport } from '../../model/template/provisioning';
import { loadResolvedFields } from '../../model/template/template-store';
import { resolveGuardFields } from '../../rules/guard/resolve-fields';
import { StepLog } from '../provisioning/steps';
import { transitionsOf } from './guard-overview';
import { loadGuardSettings, requireAdmin, type GuardDeps } from './guard-deps';
import { provisionTransitionUi } from './provision-transition-ui';
import { syncReopenOptions } from './sync-reopen-options';

export async function provisionTransitionScreens(deps: GuardDeps): Promise<ProvisionReport> {
  await requireAdmin(deps, 'provision transition screens');
  const log = new StepLog();
  const [{ settings }, resolved] = await Promise.all([loadGuardSettings(deps.store), loadResolvedFields(deps.store)]);
  const siteFields = (await log.attempt('field', 'fields', async () => ({ outcome: 'skipped', quiet: true, value: await deps.guardJira.listFields() }))) ?? [];
  const transitions = (await log.attempt('screen', 'workflow', async () => ({ outcome: 'skipped', quiet: true, value: await deps.guardJira.listWorkflowTransitions() }))) ?? [];
  const wanted = new Map<number, { name: string; fields: Map<string, string> }>();
  for (const rule of settings.rules) {
    const { fields } = resolveGuardFields(rule.fields, resolved, siteFields);
    for (const t of transitionsOf(rule, transitions)) {
      if (t.screenId === null) { log.record('screen', `${t.name} (${t.id})`, 'skipped', { detail: 'no screen' }); continue; }
      const entry = wanted.get(t.screenId) ?? { name: `${t.name} (${t.id})`, fields: new Map<string, string>() };
      for (const f of fields) entry.fields.set(f.fieldId, f.label.en);
      wanted.set(t.screenId, entry);
    }
  }
  for (const [screenId, { name, fields }] of wanted) {
    await log.attempt('screen', `${name}: screen ${screenId}`, async () => {
      const tabs = await deps.guardJira.listScreenTabs(screenId);
      const first = tabs[0];
      if (!first) return { outcome: 'skipped', detail: 'no tab' };
      const present = new Set((await Promise.all(tabs.map((t) => deps.guardJira.listTabFields(screenId, t.id)))).flat());
      const missing = [...fields].filter(([id]) => !present.has(id));
      for (const [id] of missing) await deps.guardJira.addTabField(screenId, first.id, id);
      return missing.length === 0 ? { outcome: 'exists' } : { outcome: 'created', detail: missing.map(([, n]) => n).join(', ') };
    });
  }
  await syncReopenOptions(deps.guardJira, log, resolved.reopenReason, settings.reopenReasons);
  await provisionTransitionUi(deps.guardJira, log, { rules: settings.rules, resolved, siteFields, transitions });
  return summarize(deps.clock.now().toISOString(), log.steps, resolved);
}
