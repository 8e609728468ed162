import { DEFAULT_TEMPLATES } from '../../../src/domain/model/template/defaults';
import { parseTemplatesSection } from '../../../src/domain/model/template/templates-section';
import type { TemplateDefinition } from '../../../src/domain/model/template/types';
import { validateTemplates } from '../../../src/domain/rules/template/validate-template';
import type { FieldErrors } from '../../../src/domain/model/template/input-reader';
import { aField, aTemplate, asInput, text } from '../../builders/template';

function errorsOf(...templates: TemplateDefinition[]): FieldErrors {
  return parseTemplatesSection({ templates: templates.map(asInput) }).errors;
}

describe('template definitions (admin editor)', () => {
  it('accepts the default English and Russian templates as they are', () => {
    const parsed = parseTemplatesSection(JSON.parse(JSON.stringify(DEFAULT_TEMPLATES)));
    expect(parsed.errors).toEqual({});
    expect(parsed.value).toEqual(DEFAULT_TEMPLATES);
    expect(DEFAULT_TEMPLATES.templates.map((t) => [t.projectKey, t.issueTypeName, t.locale])).toEqual([['SUP', 'Incident', 'en'], ['SUP', 'Incident', 'ru']]);
  });

  it('names duplicate field ids', () => {
    const t = aTemplate();
    expect(errorsOf(aTemplate({ fields: [...t.fields, { ...t.fields[0]!, order: 9 }] }))).toEqual({ 'templates.0.fields.6.id': 'template.error.duplicateId' });
  });

  it('refuses a select with no options', () => {
    expect(errorsOf(aTemplate({ fields: [...aTemplate().fields, aField({ id: 'tier', type: 'select', options: [] })] }))).toEqual({
      'templates.0.fields.6.options': 'template.error.noOptions',
    });
  });

  it.each([
    ['(a+)+', 'template.error.unsafePattern'],
    ['[0-9', 'template.error.invalidPattern'],
  ])('refuses the client-ID pattern %s', (pattern, key) => {
    expect(errorsOf(aTemplate({ fields: [aField({ id: 'cid', type: 'clientId', pattern })], mapping: { summaryPattern: '{cid}', description: [], customFields: [] }, priority: { rules: [] } }))).toEqual({
      'templates.0.fields.0.pattern': key,
    });
  });

  it('refuses a number field whose minimum exceeds its maximum', () => {
    const fields = [...aTemplate().fields, aField({ id: 'share', type: 'number', min: 10, max: 1 })];
    expect(errorsOf(aTemplate({ fields }))).toEqual({ 'templates.0.fields.6.min': 'template.error.minAboveMax' });
  });

  it('refuses a summary pattern that names an unknown field', () => {
    expect(errorsOf(aTemplate({ mapping: { summaryPattern: '[{customer}] {what}' } }))).toEqual({ 'templates.0.mapping.summaryPattern': 'template.error.unknownPlaceholder' });
  });

  it('refuses a description section or custom field mapped from an unknown field', () => {
    const t = aTemplate();
    const errors = errorsOf(aTemplate({
      mapping: {
        description: [{ ...t.mapping.description[0]!, fieldIds: ['what', 'ghost'] }],
        customFields: [{ fieldId: 'ghost', target: { kind: 'logical', key: 'clientId' } }],
      },
    }));
    expect(errors).toEqual({
      'templates.0.mapping.description.0.fieldIds.1': 'template.error.unknownField',
      'templates.0.mapping.customFields.0.fieldId': 'template.error.unknownField',
    });
  });

  it('refuses rules that refer to a missing field, a missing option or the wrong field type', () => {
    const errors = errorsOf(aTemplate({
      priority: {
        rules: [
          { id: 'a', when: [{ kind: 'optionIn', fieldId: 'impact', optionIds: ['all'] }], priority: 'critical' },
          { id: 'b', when: [{ kind: 'optionIn', fieldId: 'scope', optionIds: ['oneOrFew', 'everybody'] }], priority: 'high' },
          { id: 'c', when: [{ kind: 'numberCompare', fieldId: 'scope', op: '>', value: 50 }], priority: 'high' },
          { id: 'c', when: [], priority: 'low' },
        ],
      },
    }));
    expect(errors).toEqual({
      'templates.0.priority.rules.0.when.0.fieldId': 'template.error.ruleUnknownField',
      'templates.0.priority.rules.1.when.0.optionIds.1': 'template.error.ruleUnknownOption',
      'templates.0.priority.rules.2.when.0.fieldId': 'template.error.ruleFieldType',
      'templates.0.priority.rules.3.id': 'template.error.duplicateId',
    });
  });

  it('refuses labels with spaces and a custom field that cannot hold the answer', () => {
    const errors = errorsOf(aTemplate({ mapping: { labels: ['support incident'], customFields: [{ fieldId: 'what', target: { kind: 'logical', key: 'errorOccurredAt' } }] } }));
    expect(errors).toEqual({
      'templates.0.mapping.labels.0': 'template.error.label',
      'templates.0.mapping.customFields.0.target': 'template.error.targetType',
    });
  });

  it('refuses two templates for the same project, issue type and language, and duplicate ids', () => {
    expect(errorsOf(aTemplate(), aTemplate({ issueTypeName: 'incident' }))).toEqual({
      'templates.1.id': 'template.error.duplicateId',
      'templates.1.locale': 'template.error.duplicateTemplate',
    });
  });

  it('records shape errors by path without throwing on garbage', () => {
    const parsed = parseTemplatesSection({
      templates: [{ id: '9lives', projectKey: 'sup-1', issueTypeName: '', locale: 'de', fields: [{ id: 'x', type: 'color', label: 7 }], mapping: null, priority: { defaultPriority: 'urgent' } }],
    });
    expect(parsed.value).toBeUndefined();
    expect(parsed.errors).toMatchObject({
      'templates.0.id': 'template.error.id',
      'templates.0.projectKey': 'validation.projectKey',
      'templates.0.issueTypeName': 'validation.required',
      'templates.0.locale': 'validation.locale',
      'templates.0.fields.0.type': 'template.error.choice',
      'templates.0.fields.0.label': 'validation.type',
      'templates.0.mapping': 'validation.required',
      'templates.0.priority.defaultPriority': 'template.error.choice',
    });
    expect(parseTemplatesSection('templates').errors).toEqual({ _: 'validation.required' });
  });

  it('fills a missing translation from the English text', () => {
    const input = asInput(aTemplate());
    const fields = input.fields as Array<Record<string, unknown>>;
    fields[0] = { ...fields[0], label: { en: 'What happened' } };
    expect(parseTemplatesSection({ templates: [input] }).value?.templates[0]?.fields[0]?.label).toEqual(text('What happened'));
  });
});

describe('templates against the site’s Jira fields', () => {
  const template = aTemplate({ mapping: { customFields: [...aTemplate().mapping.customFields, { fieldId: 'contact', target: { kind: 'jira', fieldId: 'customfield_10077' } }] } });
  const resolved = { errorOccurredAt: 'customfield_10050', clientId: 'customfield_10051', affectedScope: 'customfield_10052' };

  it('passes when every mapped field exists', () => {
    const errors: FieldErrors = {};
    validateTemplates([template], errors, { knownFieldIds: ['summary', ...Object.values(resolved), 'customfield_10077'], resolved });
    expect(errors).toEqual({});
  });

  it('says which mapping refers to a deleted field and which to a field not provisioned yet', () => {
    const errors: FieldErrors = {};
    validateTemplates([template], errors, { knownFieldIds: ['customfield_10050', 'customfield_10052'], resolved: { ...resolved, clientId: undefined } });
    expect(errors).toEqual({
      'templates.0.mapping.customFields.1.target': 'template.error.unprovisionedField',
      'templates.0.mapping.customFields.3.target': 'template.error.deletedJiraField',
    });
  });
});
