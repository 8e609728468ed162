// Provisioning, part 1: the custom fields LineBridge fills, found by name and type before anything is
// created (so a second run creates nothing), and the options of its select fields in their global context.
import { NotFoundError } from '../../errors';
import type { JiraConfigPort, JiraFieldInfo } from '../../ports';
import { PROVISIONED_FIELDS, type ProvisionedFieldSpec } from '../../model/template/provisioning';
import type { LogicalFieldKey, ResolvedCustomFields, TemplateDefinition } from '../../model/template/types';
import type { StepLog } from './steps';

/** The spec's options plus the Jira values of every template select mapped onto this field. */
export function optionsFor(spec: ProvisionedFieldSpec, templates: readonly TemplateDefinition[]): string[] {
  const fromTemplates = templates.flatMap((t) =>
    t.mapping.customFields
      .filter((m) => m.target.kind === 'logical' && m.target.key === spec.key)
      .flatMap((m) => t.fields.find((f) => f.id === m.fieldId) ?? [])
      .flatMap((f) => (f.type === 'select' ? f.options.map((o) => o.jiraValue ?? o.label.en) : [])),
  );
  const seen = new Set<string>();
  return [...spec.options, ...fromTemplates].filter((v) => !seen.has(v.toLowerCase()) && seen.add(v.toLowerCase()));
}

function findExisting(existing: readonly JiraFieldInfo[], spec: ProvisionedFieldSpec, knownId: string | undefined): JiraFieldInfo | undefined {
  const matches = existing.filter((f) => f.customType === spec.type && f.name.trim().toLowerCase() === spec.name.toLowerCase());
  return matches.find((f) => f.id === knownId) ?? matches[0];
}

async function provisionOptions(jira: JiraConfigPort, log: StepLog, spec: ProvisionedFieldSpec, fieldId: string, wanted: readonly string[]): Promise<void> {
  await log.attempt('options', spec.name, async () => {
    const [context] = await jira.listFieldContexts(fieldId);
    if (!context) throw new NotFoundError(`a context of ${fieldId}`);
    const present = new Set((await jira.listContextOptions(fieldId, context.id)).map((v) => v.toLowerCase()));
    const missing = wanted.filter((v) => !present.has(v.toLowerCase()));
    if (missing.length === 0) return { outcome: 'exists' };
    await jira.addContextOptions(fieldId, context.id, missing);
    return { outcome: 'created', detail: missing.join(', ') };
  });
}

/** Answers the site's field id for every logical field that exists now (found or created). */
export async function provisionFields(
  jira: JiraConfigPort,
  log: StepLog,
  known: ResolvedCustomFields,
  templates: readonly TemplateDefinition[],
): Promise<Partial<Record<LogicalFieldKey, string>>> {
  const existing = await jira.listFields();
  const resolved: Partial<Record<LogicalFieldKey, string>> = {};
  for (const spec of PROVISIONED_FIELDS) {
    const id = await log.attempt('field', spec.name, async () => {
      const found = findExisting(existing, spec, known[spec.key]);
      if (found) return { outcome: 'exists', detail: found.id, value: found.id };
      const created = await jira.createField({ name: spec.name, description: spec.description, type: spec.type, searcherKey: spec.searcherKey });
      return { outcome: 'created', detail: created.id, value: created.id };
    });
    if (id === undefined) continue;
    resolved[spec.key] = id;
    const wanted = optionsFor(spec, templates);
    if (wanted.length > 0) await provisionOptions(jira, log, spec, id, wanted);
  }
  return resolved;
}
