// How an answer reads in an issue: option labels in the template's language, moments in UTC.
// Pure formatting; no time zone database (the ISO value stays in the custom field and the property).
import type { Locale } from '../../../shared/i18n';
import type { AnswerValue, TemplateDefinition, TemplateField } from '../../model/template/types';

const pad = (n: number): string => String(n).padStart(2, '0');

/** `2026-11-02 09:00 UTC`: unambiguous for both support lines, whatever their time zones. */
export function formatMoment(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

export function displayValue(field: TemplateField, value: AnswerValue, locale: Locale): string {
  if (field.type === 'select') return field.options.find((o) => o.id === value)?.label[locale] ?? String(value);
  if (field.type === 'dateTime') return formatMoment(String(value));
  return String(value);
}

/** Fields in the order the admin set (stable for equal `order`). */
export function orderedFields(template: TemplateDefinition): readonly TemplateField[] {
  return [...template.fields].sort((a, b) => a.order - b.order);
}
