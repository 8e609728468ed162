// Converts the General section between its wire form (GeneralSettingsDto) and the form's values.
// Pure. The server validates; this only reshapes (comma list ↔ array) and tolerates odd stored values.
import type { ErrorPayload, GeneralSettingsDto, Locale } from '@shared/contract';
import { isLocale } from '@shared/i18n';
import type { Translate } from '@ui/i18n';
import { isRecord } from '@ui/result-guards';

export type LocaleOption = { readonly label: string; readonly value: Locale };

export type GeneralFormValues = {
  readonly projectKeys: string;
  readonly defaultLocale: LocaleOption | null;
  readonly line1Group: string;
  readonly line2Group: string;
  readonly leadGroup: string;
};

export const GENERAL_FIELDS = ['projectKeys', 'defaultLocale', 'line1Group', 'line2Group', 'leadGroup'] as const;
type GeneralField = (typeof GENERAL_FIELDS)[number];

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The stored value as settings; missing or malformed parts become empty, never an exception. */
export function toGeneralSettings(value: unknown): GeneralSettingsDto {
  const raw = isRecord(value) ? value : {};
  const keys = Array.isArray(raw.projectKeys) ? raw.projectKeys.filter((k): k is string => typeof k === 'string') : [];
  return {
    projectKeys: keys,
    defaultLocale: isLocale(raw.defaultLocale) ? raw.defaultLocale : 'en',
    line1Group: text(raw.line1Group),
    line2Group: text(raw.line2Group),
    leadGroup: text(raw.leadGroup),
  };
}

/** "sup, ops ,, HELP" → ["SUP", "OPS", "HELP"]: Jira project keys are upper case. */
export function parseProjectKeys(input: string): string[] {
  return input
    .split(',')
    .map((key) => key.trim().toUpperCase())
    .filter((key) => key.length > 0);
}

export function fromFormValues(values: GeneralFormValues, fallbackLocale: Locale): GeneralSettingsDto {
  return {
    projectKeys: parseProjectKeys(values.projectKeys ?? ''),
    defaultLocale: values.defaultLocale?.value ?? fallbackLocale,
    line1Group: (values.line1Group ?? '').trim(),
    line2Group: (values.line2Group ?? '').trim(),
    leadGroup: (values.leadGroup ?? '').trim(),
  };
}

const isGeneralField = (field: string): field is GeneralField => (GENERAL_FIELDS as readonly string[]).includes(field);

/**
 * The error's field messages, translated, keyed by form field (what an Atlaskit onSubmit returns).
 * `projectKeys.3` counts as `projectKeys`; keys of no field are left to the banner.
 */
export function formErrors(error: ErrorPayload, t: Translate): Partial<Record<GeneralField, string>> | undefined {
  const entries = Object.entries(error.fieldErrors ?? {})
    .map(([field, key]) => [field.split(/[.[]/)[0] ?? field, t(key)] as const)
    .filter(([field]) => isGeneralField(field));
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}
