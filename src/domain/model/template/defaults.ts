// The default incident templates (PRODUCT.md): project SUP, issue type Incident, one in English and one in
// Russian. Texts come from the i18n table, so both languages are reviewed in one place.
import { LOCALES, translate, type Locale, type MessageKey } from '../../../shared/i18n';
import type { LocalizedText, PriorityPolicy, SelectOption, TemplateDefinition, TemplateField, TemplatesSettings } from './types';

function both(key: MessageKey): LocalizedText {
  return { en: translate('en', key), ru: translate('ru', key) };
}

/** Affected-scope options; `jiraValue` is the option text provisioning gives the "Affected scope" select. */
export const AFFECTED_SCOPE_OPTIONS: readonly SelectOption[] = [
  { id: 'allClients', label: both('template.default.scope.allClients'), jiraValue: 'All clients' },
  { id: 'moreThanHalf', label: both('template.default.scope.moreThanHalf'), jiraValue: 'More than 50% of users' },
  { id: 'oneOrFew', label: both('template.default.scope.oneOrFew'), jiraValue: 'One or a few clients' },
  { id: 'question', label: both('template.default.scope.question'), jiraValue: 'Question' },
];

/** Letters, digits and `._-`, 1–40 characters: fits numeric IDs (4711) and codes (ACME-042). */
export const DEFAULT_CLIENT_ID_PATTERN = '[A-Za-z0-9][A-Za-z0-9._-]{0,39}';

const texts = (label: MessageKey, help: MessageKey): Pick<TemplateField, 'label' | 'help'> => ({ label: both(label), help: both(help) });

export const DEFAULT_FIELDS: readonly TemplateField[] = [
  {
    id: 'what', ...texts('template.default.what', 'template.default.what.help'), order: 0,
    type: 'multiline', required: true, format: 'quote',
  },
  {
    id: 'clientId', ...texts('template.default.clientId', 'template.default.clientId.help'), order: 1,
    type: 'clientId', required: true, format: 'plain', pattern: DEFAULT_CLIENT_ID_PATTERN,
  },
  {
    id: 'occurredAt', ...texts('template.default.occurredAt', 'template.default.occurredAt.help'), order: 2,
    type: 'dateTime', required: true, format: 'plain',
  },
  {
    id: 'scope', ...texts('template.default.scope', 'template.default.scope.help'), order: 3,
    type: 'select', required: true, format: 'plain', options: AFFECTED_SCOPE_OPTIONS,
  },
  {
    id: 'evidence', ...texts('template.default.evidence', 'template.default.evidence.help'), order: 4,
    type: 'multiline', required: false, format: 'code',
  },
  {
    id: 'contact', ...texts('template.default.contact', 'template.default.contact.help'), order: 5,
    type: 'text', required: false, format: 'plain',
  },
];

/** Critical: down for all clients; High: more than half of the users; Medium: one or a few; Low: questions. */
export const DEFAULT_PRIORITY: PriorityPolicy = {
  rules: [
    { id: 'allClients', when: [{ kind: 'optionIn', fieldId: 'scope', optionIds: ['allClients'] }], priority: 'critical' },
    { id: 'moreThanHalf', when: [{ kind: 'optionIn', fieldId: 'scope', optionIds: ['moreThanHalf'] }], priority: 'high' },
    { id: 'oneOrFew', when: [{ kind: 'optionIn', fieldId: 'scope', optionIds: ['oneOrFew'] }], priority: 'medium' },
    { id: 'question', when: [{ kind: 'optionIn', fieldId: 'scope', optionIds: ['question'] }], priority: 'low' },
  ],
  defaultPriority: 'medium',
  jiraNames: { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' },
};

export function defaultTemplate(locale: Locale): TemplateDefinition {
  return {
    id: `sup-incident-${locale}`,
    name: both('template.default.name'),
    projectKey: 'SUP',
    issueTypeName: 'Incident',
    locale,
    fields: DEFAULT_FIELDS,
    mapping: {
      summaryPattern: '[{clientId}] {what}',
      description: [
        { id: 'report', heading: both('template.default.section.report'), fieldIds: ['what'], layout: 'paragraphs' },
        {
          id: 'facts', heading: both('template.default.section.facts'),
          fieldIds: ['clientId', 'occurredAt', 'scope', 'contact'], layout: 'bullets',
        },
        { id: 'evidence', heading: both('template.default.evidence'), fieldIds: ['evidence'], layout: 'paragraphs' },
      ],
      customFields: [
        { fieldId: 'occurredAt', target: { kind: 'logical', key: 'errorOccurredAt' } },
        { fieldId: 'clientId', target: { kind: 'logical', key: 'clientId' } },
        { fieldId: 'scope', target: { kind: 'logical', key: 'affectedScope' } },
      ],
      labels: ['linebridge'],
      components: [],
    },
    priority: DEFAULT_PRIORITY,
  };
}

export const DEFAULT_TEMPLATES: TemplatesSettings = { templates: LOCALES.map(defaultTemplate) };
