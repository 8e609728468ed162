// Reads the data provisioning stored on the app's UI modification (UiModificationDataDto, JSON) and decides
// what to change in Jira's create dialog. Pure: no bridge, no DOM; a malformed value means "do nothing".
import type { Locale, UiModificationDataDto } from '@shared/contract';
import { isLocale } from '@shared/i18n';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

function isData(v: unknown): v is UiModificationDataDto {
  if (!isRecord(v) || v.v !== 1 || !isLocale(v.defaultLocale) || !isRecord(v.variants) || !isStringList(v.requiredFieldIds)) return false;
  const variantsOk = Object.entries(v.variants).every(([l, x]) => isLocale(l) && isRecord(x) && typeof x.templateId === 'string' && isRecord(x.description));
  const p = v.priority;
  const priorityOk = p === null || (isRecord(p) && typeof p.fieldId === 'string' && isRecord(p.byOptionValue) && Object.values(p.byOptionValue).every((x) => typeof x === 'string'));
  return variantsOk && priorityOk;
}

/** The first of the app's UI modifications (Jira passes those matching the dialog's context) with valid data. */
export function readData(uiModifications: readonly { readonly data?: string }[]): UiModificationDataDto | null {
  for (const m of uiModifications) {
    try {
      const parsed: unknown = JSON.parse(m.data ?? 'null');
      if (isData(parsed)) return parsed;
    } catch {
      // not ours, or corrupted: try the next one
    }
  }
  return null;
}

export function skeletonFor(data: UiModificationDataDto, locale: Locale): unknown {
  return (data.variants[locale] ?? data.variants[data.defaultLocale])?.description ?? null;
}

/** An empty description: '' or a doc whose blocks hold no text. */
export function isEmptyDescription(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  const text = JSON.stringify(value).match(/"text":"[^"]*[^\s"][^"]*"/);
  return text === null;
}

/** The priority id for the deciding select's current value (`{id, value}` or null), if the rules name one. */
export function priorityFor(data: UiModificationDataDto, selectValue: unknown): string | undefined {
  if (!data.priority || !isRecord(selectValue) || typeof selectValue.value !== 'string') return undefined;
  return data.priority.byOptionValue[selectValue.value];
}
