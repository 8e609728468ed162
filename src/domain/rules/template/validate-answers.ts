// Checks and cleans an agent's answers against a template: required answers, types, ranges, client-ID
// pattern, moments not in the future. Returns clean answers or a field id → i18n key map; never throws.
import type { FieldErrors } from '../../model/template/input-reader';
import { isRecord } from '../../model/template/input-reader';
import type { AnswerValue, Answers, TemplateDefinition, TemplateField } from '../../model/template/types';
import { parseMoment } from './parse-moment';
import { patternMatcher } from './safe-regex';
import { cleanLine, cleanMultiline } from './sanitize-text';

export const ANSWER_LIMITS = { text: 255, clientId: 100, multiline: 32767 } as const;
/** Clocks of agents and servers drift; a moment a few minutes ahead is not "in the future". */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

export type AnswerCheck = { readonly answers: Answers; readonly errors: FieldErrors };
type Checked = { readonly value?: AnswerValue; readonly error?: FieldErrors[string] };

const NUMERIC = /^-?\d+(?:\.\d+)?$/;

function checkText(raw: unknown, multiline: boolean, max: number): Checked {
  if (typeof raw !== 'string') return { error: 'validation.type' };
  const value = multiline ? cleanMultiline(raw) : cleanLine(raw);
  // A multi-line answer over Jira's limit can never fit the description: say so in those words.
  if (value.length > max) return { error: multiline ? 'validation.descriptionTooLong' : 'validation.tooLong' };
  return { value };
}

function checkOne(field: TemplateField, raw: unknown, now: Date): Checked {
  switch (field.type) {
    case 'text':
      return checkText(raw, false, ANSWER_LIMITS.text);
    case 'multiline':
      return checkText(raw, true, ANSWER_LIMITS.multiline);
    case 'clientId': {
      const checked = checkText(typeof raw === 'number' && Number.isSafeInteger(raw) ? String(raw) : raw, false, ANSWER_LIMITS.clientId);
      if (checked.error || typeof checked.value !== 'string') return checked;
      return patternMatcher(field.pattern)(checked.value) ? checked : { error: 'validation.clientId' };
    }
    case 'dateTime': {
      if (typeof raw !== 'string') return { error: 'validation.type' };
      const value = parseMoment(raw);
      if (value === undefined) return { error: 'validation.dateTime' };
      return Date.parse(value) > now.getTime() + FUTURE_TOLERANCE_MS ? { error: 'validation.dateInFuture' } : { value };
    }
    case 'select':
      if (typeof raw !== 'string') return { error: 'validation.type' };
      return field.options.some((o) => o.id === raw) ? { value: raw } : { error: 'validation.option' };
    case 'number': {
      const value = typeof raw === 'number' ? raw : typeof raw === 'string' && NUMERIC.test(raw.trim()) ? Number(raw) : NaN;
      if (typeof raw !== 'number' && typeof raw !== 'string') return { error: 'validation.type' };
      if (!Number.isFinite(value)) return { error: 'validation.number' };
      const outside = (field.min !== undefined && value < field.min) || (field.max !== undefined && value > field.max);
      return outside ? { error: 'validation.numberRange' } : { value };
    }
  }
}

const isBlank = (raw: unknown): boolean => raw === undefined || raw === null || (typeof raw === 'string' && cleanMultiline(raw) === '');

/** `now` comes from the Clock port (moments later than now + tolerance are refused). */
export function validateAnswers(template: TemplateDefinition, raw: unknown, now: Date): AnswerCheck {
  if (!isRecord(raw)) return { answers: {}, errors: { _: 'validation.required' } };
  const answers: Record<string, AnswerValue> = {};
  const errors: FieldErrors = {};
  for (const field of template.fields) {
    const value = raw[field.id];
    if (isBlank(value)) {
      if (field.required) errors[field.id] = 'validation.required';
      continue;
    }
    const checked = checkOne(field, value, now);
    if (checked.error) errors[field.id] = checked.error;
    else if (checked.value !== undefined && checked.value !== '') answers[field.id] = checked.value;
    else if (field.required) errors[field.id] = 'validation.required';
  }
  return { answers, errors };
}
