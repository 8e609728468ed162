// Small helpers shared by the SLA validators: record checks, names, lists of text values. Pure.
import type { FieldErrors } from '../config/general';
import type { MessageKey } from '../../../shared/i18n';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A trimmed name of 1–`max` characters; records `validation.sla.name` otherwise. */
export function parseName(raw: unknown, field: string, errors: FieldErrors, max = 100): string {
  const value = typeof raw === 'string' ? raw.trim() : '';
  if (value.length === 0 || value.length > max) errors[field] = 'validation.sla.name';
  return value;
}

/**
 * A list of 1–`max` non-empty trimmed strings, or null. Absent (undefined) is allowed when `optional`,
 * and returns undefined.
 */
export function parseStringList(
  raw: unknown,
  field: string,
  errors: FieldErrors,
  key: MessageKey,
  optional = false,
  max = 100,
): string[] | undefined {
  if (raw === undefined && optional) return undefined;
  const ok =
    Array.isArray(raw) &&
    raw.length > 0 &&
    raw.length <= max &&
    raw.every((v) => typeof v === 'string' && v.trim().length > 0 && v.length <= 255);
  if (!ok) {
    errors[field] = key;
    return undefined;
  }
  return (raw as string[]).map((v) => v.trim());
}
