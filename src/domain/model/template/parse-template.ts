// Structural parsing of one template definition from untrusted input: shapes, types and lengths.
// Cross-references (unknown fields, options, placeholders) are checked by rules/template/validate-template.
import { isLocale } from '../../../shared/i18n';
import { isRecord, type InputReader, type Raw } from './input-reader';
import {
  FIELD_FORMATS, FIELD_TYPES, LOGICAL_FIELD_KEYS, PRIORITY_LEVELS,
  type CustomFieldMapping, type DescriptionSection, type JiraMapping, type PriorityPolicy, type PriorityRule,
  type RuleCondition, type SelectOption, type TemplateDefinition, type TemplateField,
} from './types';

export const LIMITS = { fields: 30, options: 50, sections: 20, rules: 30, conditions: 10, labels: 20, helpText: 500 } as const;
const PROJECT_KEY = /^[A-Z][A-Z0-9]{1,9}$/;
const JIRA_FIELD_ID = /^customfield_\d{1,10}$/;

function parseOption(r: InputReader, raw: unknown, path: string): SelectOption {
  const o = r.record(raw, path);
  const jiraValue = o.jiraValue === undefined ? undefined : r.text(o.jiraValue, `${path}.jiraValue`);
  return { id: r.id(o.id, `${path}.id`), label: r.localized(o.label, `${path}.label`), ...(jiraValue ? { jiraValue } : {}) };
}

function parseField(r: InputReader, raw: unknown, path: string, index: number): TemplateField {
  const f = r.record(raw, path);
  const base = {
    id: r.id(f.id, `${path}.id`),
    label: r.localized(f.label, `${path}.label`),
    help: r.localized(f.help, `${path}.help`, { required: false, max: LIMITS.helpText }),
    required: r.bool(f.required),
    order: r.number(f.order, `${path}.order`) ?? index,
    format: r.oneOf(f.format, `${path}.format`, FIELD_FORMATS, 'plain'),
  };
  const type = r.oneOf(f.type, `${path}.type`, FIELD_TYPES, 'text');
  if (f.type === undefined) r.fail(`${path}.type`, 'validation.required');
  switch (type) {
    case 'select':
      return {
        ...base,
        type,
        options: r.list(f.options, `${path}.options`, LIMITS.options).map((o, i) => parseOption(r, o, `${path}.options.${i}`)),
      };
    case 'number': {
      const min = r.number(f.min, `${path}.min`);
      const max = r.number(f.max, `${path}.max`);
      return { ...base, type, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
    }
    case 'clientId':
      return { ...base, type, pattern: typeof f.pattern === 'string' ? f.pattern : '' };
    default:
      return { ...base, type };
  }
}

function parseSection(r: InputReader, raw: unknown, path: string): DescriptionSection {
  const s = r.record(raw, path);
  return {
    id: r.id(s.id, `${path}.id`),
    heading: r.localized(s.heading, `${path}.heading`, { required: false }),
    fieldIds: r.list(s.fieldIds, `${path}.fieldIds`, LIMITS.fields).map((id, i) => r.id(id, `${path}.fieldIds.${i}`)),
    layout: r.oneOf(s.layout, `${path}.layout`, ['paragraphs', 'bullets'] as const, 'paragraphs'),
  };
}

function parseCustomField(r: InputReader, raw: unknown, path: string): CustomFieldMapping {
  const m = r.record(raw, path);
  const t = r.record(m.target, `${path}.target`);
  const fieldId = r.id(m.fieldId, `${path}.fieldId`);
  if (t.kind === 'jira') {
    const id = typeof t.fieldId === 'string' ? t.fieldId.trim() : '';
    if (!JIRA_FIELD_ID.test(id)) r.fail(`${path}.target.fieldId`, 'template.error.deletedJiraField');
    return { fieldId, target: { kind: 'jira', fieldId: id } };
  }
  return { fieldId, target: { kind: 'logical', key: r.oneOf(t.key, `${path}.target.key`, LOGICAL_FIELD_KEYS, 'clientId') } };
}

function parseMapping(r: InputReader, raw: unknown, path: string): JiraMapping {
  const m = r.record(raw, path);
  const names = (value: unknown, p: string): string[] => r.list(value, p, LIMITS.labels).map((v, i) => r.text(v, `${p}.${i}`));
  return {
    summaryPattern: r.text(m.summaryPattern, `${path}.summaryPattern`),
    description: r.list(m.description, `${path}.description`, LIMITS.sections).map((s, i) => parseSection(r, s, `${path}.description.${i}`)),
    customFields: r.list(m.customFields, `${path}.customFields`, LIMITS.fields).map((c, i) => parseCustomField(r, c, `${path}.customFields.${i}`)),
    labels: names(m.labels, `${path}.labels`),
    components: names(m.components, `${path}.components`),
  };
}

function parseCondition(r: InputReader, raw: unknown, path: string): RuleCondition {
  const c = r.record(raw, path);
  const fieldId = r.id(c.fieldId, `${path}.fieldId`);
  const kind = r.oneOf(c.kind, `${path}.kind`, ['optionIn', 'numberCompare', 'answered'] as const, 'answered');
  if (kind === 'optionIn') {
    const optionIds = r.list(c.optionIds, `${path}.optionIds`, LIMITS.options).map((o, i) => r.id(o, `${path}.optionIds.${i}`));
    if (optionIds.length === 0) r.fail(`${path}.optionIds`, 'validation.required');
    return { kind, fieldId, optionIds };
  }
  if (kind === 'numberCompare') {
    const value = r.number(c.value, `${path}.value`);
    if (value === undefined) r.fail(`${path}.value`, 'validation.required');
    return { kind, fieldId, op: r.oneOf(c.op, `${path}.op`, ['>', '>=', '<', '<='] as const, '>='), value: value ?? 0 };
  }
  return { kind, fieldId };
}

function parsePriority(r: InputReader, raw: unknown, path: string): PriorityPolicy {
  const p = r.record(raw, path);
  const rules = r.list(p.rules, `${path}.rules`, LIMITS.rules).map((x, i): PriorityRule => {
    const rule = r.record(x, `${path}.rules.${i}`);
    return {
      id: r.id(rule.id, `${path}.rules.${i}.id`),
      when: r
        .list(rule.when, `${path}.rules.${i}.when`, LIMITS.conditions)
        .map((c, j) => parseCondition(r, c, `${path}.rules.${i}.when.${j}`)),
      priority: r.oneOf(rule.priority, `${path}.rules.${i}.priority`, PRIORITY_LEVELS, 'medium'),
    };
  });
  const names: Raw = isRecord(p.jiraNames) ? p.jiraNames : {};
  const jiraName = (level: string, fallback: string): string =>
    names[level] === undefined ? fallback : r.text(names[level], `${path}.jiraNames.${level}`);
  return {
    rules,
    defaultPriority: r.oneOf(p.defaultPriority, `${path}.defaultPriority`, PRIORITY_LEVELS, 'medium'),
    jiraNames: {
      critical: jiraName('critical', 'Critical'),
      high: jiraName('high', 'High'),
      medium: jiraName('medium', 'Medium'),
      low: jiraName('low', 'Low'),
    },
  };
}

export function parseTemplate(r: InputReader, raw: unknown, path: string): TemplateDefinition {
  const t = r.record(raw, path);
  const projectKey = typeof t.projectKey === 'string' ? t.projectKey.trim().toUpperCase() : '';
  if (!PROJECT_KEY.test(projectKey)) r.fail(`${path}.projectKey`, 'validation.projectKey');
  const issueTypeName = r.text(t.issueTypeName, `${path}.issueTypeName`);
  if (!isLocale(t.locale)) r.fail(`${path}.locale`, 'validation.locale');
  return {
    id: r.id(t.id, `${path}.id`),
    name: r.localized(t.name, `${path}.name`),
    projectKey,
    issueTypeName,
    locale: isLocale(t.locale) ? t.locale : 'en',
    fields: r.list(t.fields, `${path}.fields`, LIMITS.fields).map((f, i) => parseField(r, f, `${path}.fields.${i}`, i)),
    mapping: parseMapping(r, t.mapping, `${path}.mapping`),
    priority: parsePriority(r, t.priority, `${path}.priority`),
  };
}
