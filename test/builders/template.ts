// Builders for template tests: the default English template, fields, answers and filing commands, each
// with overrides (`aTemplate({ locale: 'ru' })`, `someAnswers({ scope: 'allClients' })`).
import { defaultTemplate } from '../../src/domain/model/template/defaults';
import type { FieldType, JiraMapping, LocalizedText, PriorityPolicy, TemplateDefinition, TemplateField } from '../../src/domain/model/template/types';
import type { FileIncidentCommand } from '../../src/domain/use-cases/file-incident';

export const text = (en: string, ru = en): LocalizedText => ({ en, ru });

export function aTemplate(
  overrides: Partial<Omit<TemplateDefinition, 'mapping' | 'priority'>> & { mapping?: Partial<JiraMapping>; priority?: Partial<PriorityPolicy> } = {},
): TemplateDefinition {
  const base = defaultTemplate(overrides.locale ?? 'en');
  return {
    ...base,
    ...overrides,
    mapping: { ...base.mapping, ...overrides.mapping },
    priority: { ...base.priority, ...overrides.priority },
  };
}

/** A field with defaults; pass at least its type and what that type needs (options, pattern…). */
export function aField(overrides: Record<string, unknown> & { type: FieldType }): TemplateField {
  return { id: 'extra', label: text('Extra'), help: text(''), required: false, order: 99, format: 'plain', ...overrides } as TemplateField;
}

/** Valid answers for the default template (the clock in fakeServices reads 2026-11-02T09:00Z). */
export function someAnswers(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    what: 'Checkout answers 500 since the morning.\nThe client retried twice.',
    clientId: '4711',
    occurredAt: '2026-11-02T10:30:00+03:00',
    scope: 'oneOrFew',
    evidence: 'HTTP 500 /checkout\n  at PaymentService.charge (payment.ts:42)',
    contact: 'Telegram group "ACME support"',
    ...overrides,
  };
}

export function aFileCommand(overrides: Partial<FileIncidentCommand> = {}): FileIncidentCommand {
  return {
    idempotencyKey: 'b3f1c2d4-0001-4a5b-9c8d-000000000001',
    projectKey: 'SUP',
    issueTypeName: 'Incident',
    locale: 'en',
    answers: someAnswers(),
    source: 'form',
    ...overrides,
  };
}

/** Untrusted-looking copy of a template, as the admin editor would send it. */
export function asInput(template: TemplateDefinition): Record<string, unknown> {
  return JSON.parse(JSON.stringify(template)) as Record<string, unknown>;
}
