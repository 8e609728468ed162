// Semantic checks of template definitions for the admin editor: duplicate ids, selects without options,
// unsafe patterns, references to unknown fields/options, and (given Jira's field list) deleted fields.
// Adds i18n keys to `errors` by path; never throws, never reads Jira itself (the caller passes the list).
import type { FieldErrors } from '../../model/template/input-reader';
import type { LogicalFieldKey, ResolvedCustomFields, TemplateDefinition, TemplateField } from '../../model/template/types';
import { checkPattern } from './safe-regex';
import { summaryPlaceholders } from './render-summary';

/** What Jira has now (GET /rest/api/3/field ids) and what provisioning created; omit it to skip those checks. */
export type JiraFieldContext = { readonly knownFieldIds: readonly string[]; readonly resolved: ResolvedCustomFields };

/** The answer types each LineBridge field can hold. */
const LOGICAL_TYPES: Readonly<Record<LogicalFieldKey, readonly TemplateField['type'][]>> = {
  errorOccurredAt: ['dateTime'],
  clientId: ['clientId', 'text'],
  affectedScope: ['select'],
  supportLine: ['select'],
  reopenReason: ['select'],
};

function set(errors: FieldErrors, path: string, key: FieldErrors[string]): void {
  if (!(path in errors)) errors[path] = key;
}

function checkDuplicates(ids: readonly string[], errors: FieldErrors, pathOf: (i: number) => string): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) set(errors, pathOf(i), 'template.error.duplicateId');
    seen.add(id);
  });
}

function checkFields(t: TemplateDefinition, path: string, errors: FieldErrors): void {
  if (t.fields.length === 0) set(errors, `${path}.fields`, 'template.error.noFields');
  checkDuplicates(t.fields.map((f) => f.id), errors, (i) => `${path}.fields.${i}.id`);
  t.fields.forEach((f, i) => {
    const at = `${path}.fields.${i}`;
    if (f.type === 'select') {
      if (f.options.length === 0) set(errors, `${at}.options`, 'template.error.noOptions');
      checkDuplicates(f.options.map((o) => o.id), errors, (j) => `${at}.options.${j}.id`);
    }
    if (f.type === 'clientId') {
      const problem = checkPattern(f.pattern);
      if (problem) set(errors, `${at}.pattern`, problem);
    }
    if (f.type === 'number' && f.min !== undefined && f.max !== undefined && f.min > f.max) {
      set(errors, `${at}.min`, 'template.error.minAboveMax');
    }
  });
}

function checkMapping(t: TemplateDefinition, path: string, errors: FieldErrors, jira?: JiraFieldContext): void {
  const byId = new Map(t.fields.map((f) => [f.id, f]));
  const at = `${path}.mapping`;
  if (summaryPlaceholders(t.mapping.summaryPattern).some((p) => !byId.has(p))) {
    set(errors, `${at}.summaryPattern`, 'template.error.unknownPlaceholder');
  }
  checkDuplicates(t.mapping.description.map((s) => s.id), errors, (i) => `${at}.description.${i}.id`);
  t.mapping.description.forEach((s, i) =>
    s.fieldIds.forEach((id, j) => {
      if (!byId.has(id)) set(errors, `${at}.description.${i}.fieldIds.${j}`, 'template.error.unknownField');
    }),
  );
  t.mapping.customFields.forEach((m, i) => {
    const field = byId.get(m.fieldId);
    if (!field) set(errors, `${at}.customFields.${i}.fieldId`, 'template.error.unknownField');
    const target = `${at}.customFields.${i}.target`;
    if (m.target.kind === 'logical' && field && !LOGICAL_TYPES[m.target.key].includes(field.type)) {
      set(errors, target, 'template.error.targetType');
    }
    if (!jira) return;
    const jiraId = m.target.kind === 'jira' ? m.target.fieldId : jira.resolved[m.target.key];
    if (jiraId === undefined) set(errors, target, 'template.error.unprovisionedField');
    else if (!jira.knownFieldIds.includes(jiraId)) set(errors, target, 'template.error.deletedJiraField');
  });
  t.mapping.labels.forEach((label, i) => {
    if (/\s/.test(label) || label.length > 255) set(errors, `${at}.labels.${i}`, 'template.error.label');
  });
}

function checkRules(t: TemplateDefinition, path: string, errors: FieldErrors): void {
  const byId = new Map(t.fields.map((f) => [f.id, f]));
  checkDuplicates(t.priority.rules.map((r) => r.id), errors, (i) => `${path}.priority.rules.${i}.id`);
  t.priority.rules.forEach((rule, i) =>
    rule.when.forEach((c, j) => {
      const at = `${path}.priority.rules.${i}.when.${j}`;
      const field = byId.get(c.fieldId);
      if (!field) return set(errors, `${at}.fieldId`, 'template.error.ruleUnknownField');
      if (c.kind === 'optionIn') {
        if (field.type !== 'select') return set(errors, `${at}.fieldId`, 'template.error.ruleFieldType');
        c.optionIds.forEach((o, k) => {
          if (!field.options.some((opt) => opt.id === o)) set(errors, `${at}.optionIds.${k}`, 'template.error.ruleUnknownOption');
        });
      }
      if (c.kind === 'numberCompare' && field.type !== 'number') set(errors, `${at}.fieldId`, 'template.error.ruleFieldType');
    }),
  );
}

/** Checks one template; `path` prefixes every error key (e.g. `templates.0`). */
export function validateTemplate(t: TemplateDefinition, path: string, errors: FieldErrors, jira?: JiraFieldContext): void {
  checkFields(t, path, errors);
  checkMapping(t, path, errors, jira);
  checkRules(t, path, errors);
}

/** Checks a list: each template, unique ids, one template per project, issue type and language. */
export function validateTemplates(list: readonly TemplateDefinition[], errors: FieldErrors, jira?: JiraFieldContext): void {
  list.forEach((t, i) => validateTemplate(t, `templates.${i}`, errors, jira));
  checkDuplicates(list.map((t) => t.id), errors, (i) => `templates.${i}.id`);
  const served = new Set<string>();
  list.forEach((t, i) => {
    const slot = `${t.projectKey}/${t.issueTypeName.toLowerCase()}/${t.locale}`;
    if (served.has(slot)) set(errors, `templates.${i}.locale`, 'template.error.duplicateTemplate');
    served.add(slot);
  });
}
