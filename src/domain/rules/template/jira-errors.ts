// Jira's 400 on create names Jira fields (`summary`, `customfield_10050`); the agent's form names template
// fields. This maps one onto the other so the message appears next to the answer that caused it; what the
// agent cannot fix (project, issue type, screens) goes to the top of the form (`_`).
import type { FieldErrors } from '../../model/template/input-reader';
import type { ResolvedCustomFields, TemplateDefinition } from '../../model/template/types';
import { summaryPlaceholders } from './render-summary';

export function jiraErrorsToAnswerErrors(
  template: TemplateDefinition,
  jiraErrors: Readonly<FieldErrors>,
  resolved: ResolvedCustomFields,
): FieldErrors {
  const byJiraId = new Map<string, string>();
  for (const m of template.mapping.customFields) {
    const jiraId = m.target.kind === 'jira' ? m.target.fieldId : resolved[m.target.key];
    if (jiraId !== undefined) byJiraId.set(jiraId, m.fieldId);
  }
  const summarySource = summaryPlaceholders(template.mapping.summaryPattern).find((id) => template.fields.some((f) => f.id === id));
  const out: FieldErrors = {};
  for (const jiraField of Object.keys(jiraErrors)) {
    const answerField = jiraField === 'summary' ? summarySource : byJiraId.get(jiraField);
    if (answerField !== undefined) out[answerField] = 'validation.jiraRejected';
    else out._ = 'validation.jiraRejectedIssue';
  }
  return Object.keys(out).length > 0 ? out : { _: 'validation.jiraRejectedIssue' };
}
