// Reads untrusted JSON (an admin's template from the browser) into typed values, recording an i18n key
// per invalid path (`templates.0.fields.2.label.en`). Never throws on bad input; it records and defaults.
import { LOCALES, type MessageKey } from '../../../shared/i18n';
import { cleanLine } from '../../rules/template/sanitize-text';
import type { FieldErrors } from '../config/general';
import type { LocalizedText } from './types';

export type { FieldErrors };
export type Raw = Readonly<Record<string, unknown>>;

export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;

export function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class InputReader {
  constructor(readonly errors: FieldErrors = {}) {}

  fail(path: string, key: MessageKey): void {
    if (!(path in this.errors)) this.errors[path] = key;
  }

  record(value: unknown, path: string): Raw {
    if (isRecord(value)) return value;
    this.fail(path, 'validation.required');
    return {};
  }

  list(value: unknown, path: string, max: number): readonly unknown[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.fail(path, 'template.error.choice');
      return [];
    }
    if (value.length > max) this.fail(path, 'validation.tooMany');
    return value.slice(0, max);
  }

  /** One-line text; `required` refuses an empty value. Too long → validation.tooLong. */
  text(value: unknown, path: string, opts: { required?: boolean; max?: number } = {}): string {
    const text = typeof value === 'string' ? cleanLine(value) : '';
    if (value !== undefined && typeof value !== 'string') this.fail(path, 'validation.type');
    else if (text === '' && opts.required !== false) this.fail(path, 'validation.required');
    else if (text.length > (opts.max ?? 255)) this.fail(path, 'validation.tooLong');
    return text;
  }

  id(value: unknown, path: string): string {
    const id = typeof value === 'string' ? value.trim() : '';
    if (!ID_PATTERN.test(id)) this.fail(path, 'template.error.id');
    return id;
  }

  bool(value: unknown): boolean {
    return value === true;
  }

  number(value: unknown, path: string): number | undefined {
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    this.fail(path, 'validation.number');
    return undefined;
  }

  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[], fallback: T): T {
    if (value === undefined) return fallback;
    const found = allowed.find((a) => a === value);
    if (found === undefined) this.fail(path, 'template.error.choice');
    return found ?? fallback;
  }

  /** Text per locale; a missing language falls back to the first one given (English preferred). */
  localized(value: unknown, path: string, opts: { required?: boolean; max?: number } = {}): LocalizedText {
    const raw = isRecord(value) ? value : typeof value === 'string' ? { en: value } : {};
    if (value !== undefined && !isRecord(value) && typeof value !== 'string') this.fail(path, 'validation.type');
    const given = Object.fromEntries(LOCALES.map((l) => [l, this.text(raw[l], `${path}.${l}`, { required: false, max: opts.max })]));
    const fallback = given.en || LOCALES.map((l) => given[l]).find((t) => t) || '';
    if (fallback === '' && opts.required !== false) this.fail(path, 'validation.required');
    return { en: given.en || fallback, ru: given.ru || fallback };
  }

  get ok(): boolean {
    return Object.keys(this.errors).length === 0;
  }
}
