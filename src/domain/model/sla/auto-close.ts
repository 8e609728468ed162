// Auto-close of silent requests: the settings' validator (their shape and defaults: src/shared/sla-auto-close.ts,
// shared with the admin page; re-exported here). An issue
// that sits in a waiting status without a client reply gets one public reminder after `remindAfter` of
// business time, and is moved along `closeVia` (with `resolution`) after `closeAfter` more. Pure.
import type { FieldErrors } from '../config/general';
import type { Locale } from '../../../shared/i18n';
import { DEFAULT_AUTO_CLOSE, type AutoCloseSettings, type LocalizedText, type SilenceSpan } from '../../../shared/sla-auto-close';
import { isRecord } from './parse-helpers';

export { DEFAULT_AUTO_CLOSE, type AutoCloseSettings, type LocalizedText, type SilenceSpan, type SilenceUnit } from '../../../shared/sla-auto-close';

export const MAX_TEXT = 2000;
const MAX_HOURS = 24 * 90;
const MAX_DAYS = 90;

function parseSpan(raw: unknown, field: string, errors: FieldErrors): SilenceSpan {
  const r = isRecord(raw) ? raw : {};
  const unit = r.unit === 'hours' || r.unit === 'days' ? r.unit : null;
  const amount = r.amount;
  const max = unit === 'hours' ? MAX_HOURS : MAX_DAYS;
  if (unit === null) errors[`${field}.unit`] = 'validation.sla.autoClose.unit';
  if (typeof amount !== 'number' || !Number.isInteger(amount) || amount < 1 || amount > max) errors[`${field}.amount`] = 'validation.sla.autoClose.amount';
  return { amount: typeof amount === 'number' ? amount : 0, unit: unit ?? 'days' };
}

function parseNames(raw: unknown, field: string, errors: FieldErrors, max: number): string[] {
  const ok = Array.isArray(raw) && raw.length > 0 && raw.length <= max && raw.every((v) => typeof v === 'string' && v.trim().length > 0 && v.length <= 255);
  if (!ok) {
    errors[field] = 'validation.sla.autoClose.statuses';
    return [];
  }
  return (raw as string[]).map((v) => v.trim());
}

function parseText(raw: unknown, field: string, errors: FieldErrors): LocalizedText {
  const r = isRecord(raw) ? raw : {};
  const one = (locale: Locale): string => {
    const raw = r[locale];
    const v = typeof raw === 'string' ? raw.trim() : '';
    if (v.length === 0 || v.length > MAX_TEXT) errors[`${field}.${locale}`] = 'validation.sla.autoClose.text';
    return v;
  };
  return { en: one('en'), ru: one('ru') };
}

/** Absent → the defaults (disabled). Error paths are relative (`remindAfter.amount`); the caller prefixes them. */
export function parseAutoClose(input: unknown): { value?: AutoCloseSettings; errors: FieldErrors } {
  if (input === undefined) return { value: DEFAULT_AUTO_CLOSE, errors: {} };
  if (!isRecord(input)) return { errors: { _: 'validation.required' } };
  const errors: FieldErrors = {};
  if (typeof input.enabled !== 'boolean') errors.enabled = 'validation.sla.autoClose.enabled';
  const resolution = input.resolution === null || input.resolution === undefined ? null : typeof input.resolution === 'string' ? input.resolution.trim() : undefined;
  if (resolution === undefined || (resolution !== null && resolution.length > 255)) errors.resolution = 'validation.sla.autoClose.resolution';
  const value: AutoCloseSettings = {
    enabled: input.enabled === true,
    waitingStatuses: parseNames(input.waitingStatuses, 'waitingStatuses', errors, 20),
    remindAfter: parseSpan(input.remindAfter, 'remindAfter', errors),
    closeAfter: parseSpan(input.closeAfter, 'closeAfter', errors),
    closeVia: parseNames(input.closeVia, 'closeVia', errors, 5),
    resolution: resolution === undefined || resolution === '' ? null : resolution,
    reminderText: parseText(input.reminderText, 'reminderText', errors),
    closingText: parseText(input.closingText, 'closingText', errors),
  };
  return Object.keys(errors).length > 0 ? { errors } : { value, errors };
}
