// Answers + template → the issue to create: validated answers, priority, summary, ADF description,
// custom fields, labels and the incident property. The one place filing logic lives (fileIncident, a
// form's preview and the Telegram bridge all call it). Pure: time and resolved fields come in.
import type { NewIssue } from '../../ports';
import { adfTextLength } from '../../model/template/adf';
import type { FieldErrors } from '../../model/template/input-reader';
import { INCIDENT_PROPERTY_KEY, type IncidentSource } from '../../model/template/incident';
import type { Answers, LogicalFieldKey, ResolvedCustomFields, TemplateDefinition, TemplateRef } from '../../model/template/types';
import { decidePriority, type PriorityDecision } from './priority';
import { renderDescription } from './render-description';
import { renderCustomFields } from './render-fields';
import { renderSummary } from './render-summary';
import { validateAnswers } from './validate-answers';

export const DESCRIPTION_LIMIT = 32767;

export type PrepareContext = {
  readonly ref: TemplateRef;
  readonly resolved: ResolvedCustomFields;
  readonly now: Date;
  readonly source: IncidentSource;
  readonly idempotencyKey?: string;
  readonly extraLabels?: readonly string[];
};

export type PreparedIncident = {
  readonly issue: NewIssue;
  readonly priority: PriorityDecision;
  readonly answers: Answers;
  readonly unresolvedFields: readonly LogicalFieldKey[];
};

export type Prepared =
  | { readonly ok: true; readonly value: PreparedIncident }
  | { readonly ok: false; readonly errors: FieldErrors };

/** The description field whose answer is longest: where "too long" is shown to the agent. */
function longestDescribedField(template: TemplateDefinition, answers: Answers): string {
  const ids = template.mapping.description.flatMap((s) => s.fieldIds);
  const length = (id: string | undefined): number => (id === undefined ? -1 : String(answers[id] ?? '').length);
  return ids.reduce<string | undefined>((best, id) => (length(id) > length(best) ? id : best), undefined) ?? '_';
}

export function prepareIncident(template: TemplateDefinition, rawAnswers: unknown, ctx: PrepareContext): Prepared {
  const checked = validateAnswers(template, rawAnswers, ctx.now);
  if (Object.keys(checked.errors).length > 0) return { ok: false, errors: checked.errors };
  const answers = checked.answers;
  const description = renderDescription(template, answers);
  if (adfTextLength(description) > DESCRIPTION_LIMIT) {
    return { ok: false, errors: { [longestDescribedField(template, answers)]: 'validation.descriptionTooLong' } };
  }
  const priority = decidePriority(template.priority, answers);
  const fields = renderCustomFields(template, answers, ctx.resolved);
  const property = {
    templateId: ctx.ref.templateId,
    templateVersion: ctx.ref.version,
    source: ctx.source,
    ...(ctx.idempotencyKey ? { idempotencyKey: ctx.idempotencyKey } : {}),
    ...fields.facts,
  };
  const issue: NewIssue = {
    projectKey: template.projectKey,
    issueTypeName: template.issueTypeName,
    summary: renderSummary(template, answers),
    description,
    priorityName: priority.jiraName,
    labels: [...new Set([...template.mapping.labels, ...(ctx.extraLabels ?? [])])],
    components: template.mapping.components,
    customFields: fields.customFields,
    properties: [{ key: INCIDENT_PROPERTY_KEY, value: property }],
  };
  return { ok: true, value: { issue, priority, answers, unresolvedFields: fields.unresolved } };
}
