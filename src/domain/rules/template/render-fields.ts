// Answers → Jira custom-field values and the incident property. Logical targets are resolved through
// provisioning's map; an unresolved one is skipped and reported (the description still holds the fact).
import type { JiraFieldValue } from '../../ports';
import { doc, paragraphs } from '../../model/template/adf';
import type { Answers, AnswerValue, LogicalFieldKey, ResolvedCustomFields, TemplateDefinition, TemplateField } from '../../model/template/types';
import { toJiraDateTime } from './parse-moment';

export type RenderedFields = {
  readonly customFields: Readonly<Record<string, JiraFieldValue>>;
  /** Answers keyed by the logical field they fill (option ids for selects): the property's facts. */
  readonly facts: Readonly<Partial<Record<LogicalFieldKey, AnswerValue>>>;
  /** Logical keys the template maps but provisioning has not resolved yet. */
  readonly unresolved: readonly LogicalFieldKey[];
};

export function jiraValue(field: TemplateField, value: AnswerValue): JiraFieldValue {
  switch (field.type) {
    case 'dateTime':
      return toJiraDateTime(String(value));
    case 'select': {
      const option = field.options.find((o) => o.id === value);
      return { value: option?.jiraValue ?? option?.label.en ?? String(value) };
    }
    case 'number':
      return typeof value === 'number' ? value : Number(value);
    case 'multiline':
      // Multi-line custom fields take ADF in REST v3.
      return doc(paragraphs(String(value)));
    default:
      return String(value);
  }
}

export function renderCustomFields(template: TemplateDefinition, answers: Answers, resolved: ResolvedCustomFields): RenderedFields {
  const customFields: Record<string, JiraFieldValue> = {};
  const facts: Partial<Record<LogicalFieldKey, AnswerValue>> = {};
  const unresolved: LogicalFieldKey[] = [];
  for (const mapping of template.mapping.customFields) {
    const field = template.fields.find((f) => f.id === mapping.fieldId);
    const value = answers[mapping.fieldId];
    if (!field || value === undefined) continue;
    const target = mapping.target;
    if (target.kind === 'logical') facts[target.key] = value;
    const jiraId = target.kind === 'jira' ? target.fieldId : resolved[target.key];
    if (jiraId === undefined) {
      if (target.kind === 'logical') unresolved.push(target.key);
      continue;
    }
    customFields[jiraId] = jiraValue(field, value);
  }
  return { customFields, facts, unresolved };
}
