// The live preview of the "File incident" form: the priority the rules give the answers so far, and the
// summary they would produce. Reads the templates only; partial or invalid answers are simply left out.
import { ConfigMissingError } from '../errors';
import type { Clock, KeyValueStore } from '../ports';
import { loadTemplates } from '../model/template/template-store';
import { decidePriority, type PriorityDecision } from '../rules/template/priority';
import { renderSummary } from '../rules/template/render-summary';
import { validateAnswers } from '../rules/template/validate-answers';

/** `ruleFieldIds`: the fields the matching rule looks at (the form names them and their answers). */
export type IncidentPreview = PriorityDecision & { readonly summary: string; readonly ruleFieldIds: readonly string[] };

export async function previewIncident(deps: { store: KeyValueStore; clock: Clock }, templateId: string, answers: unknown): Promise<IncidentPreview> {
  const { templates } = await loadTemplates(deps.store);
  const template = templates.find((t) => t.id === templateId);
  if (!template) throw new ConfigMissingError(`incident template ${templateId}`);
  // validateAnswers drops what fails its checks: the preview shows what the valid answers already decide.
  const checked = validateAnswers(template, answers, deps.clock.now()).answers;
  const decision = decidePriority(template.priority, checked);
  const rule = template.priority.rules.find((r) => r.id === decision.ruleId);
  const ruleFieldIds = [...new Set(rule?.when.map((c) => c.fieldId) ?? [])];
  return { ...decision, summary: renderSummary(template, checked), ruleFieldIds };
}
