// The "General" settings section: which projects LineBridge serves, the default language, and the
// Jira groups that define the support lines. Pure validation, defaults from PRODUCT.md.
import type { MessageKey } from '../../../shared/i18n';
import { isLocale } from '../../../shared/i18n';
import type { GeneralSettingsDto } from '../../../shared/contract';

/** The shape is the UI contract's: the settings travel to the admin page as they are stored. */
export type GeneralSettings = GeneralSettingsDto;

export const DEFAULT_GENERAL: GeneralSettings = {
  projectKeys: ['SUP'],
  defaultLocale: 'en',
  line1Group: 'support-line-1',
  line2Group: 'support-line-2',
  leadGroup: 'support-leads',
};

const PROJECT_KEY = /^[A-Z][A-Z0-9]{1,9}$/;
const MAX_PROJECTS = 50;

export type FieldErrors = Record<string, MessageKey>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function groupName(raw: unknown, field: string, errors: FieldErrors): string {
  const value = typeof raw === 'string' ? raw.trim() : '';
  if (value.length === 0 || value.length > 255) errors[field] = 'validation.groupName';
  return value;
}

/** Parses untrusted input into settings, or returns field errors (keys are i18n message keys). */
export function parseGeneralSettings(input: unknown): { value?: GeneralSettings; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!isRecord(input)) return { errors: { _: 'validation.required' } };
  const rawKeys = Array.isArray(input.projectKeys) ? input.projectKeys : [];
  const projectKeys = [...new Set(rawKeys.map((k) => (typeof k === 'string' ? k.trim().toUpperCase() : '')))];
  if (projectKeys.length === 0) errors.projectKeys = 'validation.required';
  else if (projectKeys.length > MAX_PROJECTS) errors.projectKeys = 'validation.tooMany';
  else if (!projectKeys.every((k) => PROJECT_KEY.test(k))) errors.projectKeys = 'validation.projectKey';
  if (!isLocale(input.defaultLocale)) errors.defaultLocale = 'validation.locale';
  const value: GeneralSettings = {
    projectKeys,
    defaultLocale: isLocale(input.defaultLocale) ? input.defaultLocale : 'en',
    line1Group: groupName(input.line1Group, 'line1Group', errors),
    line2Group: groupName(input.line2Group, 'line2Group', errors),
    leadGroup: groupName(input.leadGroup, 'leadGroup', errors),
  };
  return Object.keys(errors).length > 0 ? { errors } : { value, errors };
}
