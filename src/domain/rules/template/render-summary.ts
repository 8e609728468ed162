// The issue summary from the template's pattern (`[{clientId}] {what}`): one line, placeholders filled,
// empty brackets dropped, cut safely to Jira's 255 characters. Never returns an empty summary.
import type { Answers, TemplateDefinition } from '../../model/template/types';
import { displayValue } from './display';
import { cleanLine, truncate } from './sanitize-text';

export const SUMMARY_LIMIT = 255;
const PLACEHOLDER = /\{([^{}]*)\}/g;

export function summaryPlaceholders(pattern: string): string[] {
  return [...pattern.matchAll(PLACEHOLDER)].map((m) => (m[1] ?? '').trim());
}

export function renderSummary(template: TemplateDefinition, answers: Answers): string {
  const filled = template.mapping.summaryPattern.replace(PLACEHOLDER, (_whole, rawId: string) => {
    const field = template.fields.find((f) => f.id === rawId.trim());
    const value = field ? answers[field.id] : undefined;
    return field && value !== undefined ? displayValue(field, value, template.locale) : '';
  });
  const tidy = cleanLine(filled.replace(/\[\s*\]|\(\s*\)/g, ''));
  return truncate(tidy === '' ? template.name[template.locale] : tidy, SUMMARY_LIMIT);
}
