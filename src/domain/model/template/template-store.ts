// Reading templates: the current `templates` section, any older version from the settings history
// (incidents keep pointing at the version they were filed from) and provisioning's field map.
// Reads only; saving goes through saveSettings like every section.
import type { Locale } from '../../../shared/i18n';
import type { KeyValueStore } from '../../ports';
import { readSection, settingsHistoryKey } from '../../use-cases/get-settings';
import type { VersionedSettings } from '../config/sections';
import { DEFAULT_TEMPLATES } from './defaults';
import { RESOLVED_FIELDS_KEY } from './incident';
import { isRecord } from './input-reader';
import type { ResolvedCustomFields, TemplateDefinition, TemplateRef, TemplatesSettings } from './types';

export type TemplateSet = { readonly version: number; readonly templates: readonly TemplateDefinition[] };

/**
 * Stored values were parsed when saved; they are not re-parsed on read, so a stricter parser in a later
 * release never makes an old version unreadable. Version 0 is the built-in defaults of the running release.
 */
function templatesOf(stored: VersionedSettings | undefined): readonly TemplateDefinition[] | undefined {
  if (!stored) return undefined;
  const value = stored.value;
  return isRecord(value) && Array.isArray(value.templates) ? (value as TemplatesSettings).templates : undefined;
}

export async function loadTemplates(store: KeyValueStore): Promise<TemplateSet> {
  const section = await readSection(store, 'templates');
  return { version: section.version, templates: templatesOf(section) ?? DEFAULT_TEMPLATES.templates };
}

/** The exact template an incident was filed from, or undefined when that id did not exist at that version. */
export async function loadTemplateVersion(store: KeyValueStore, ref: TemplateRef): Promise<TemplateDefinition | undefined> {
  const current = await readSection(store, 'templates');
  const templates =
    ref.version === 0
      ? DEFAULT_TEMPLATES.templates
      : ref.version === current.version
        ? templatesOf(current)
        : templatesOf(await store.get<VersionedSettings>(settingsHistoryKey('templates', ref.version)));
  return templates?.find((t) => t.id === ref.templateId);
}

export type TemplateQuery = {
  readonly projectKey: string;
  readonly issueTypeName: string;
  readonly locale?: Locale;
  readonly templateId?: string;
};

/** By id when given; else the project's template for the issue type in the wanted language, else any language. */
export function selectTemplate(templates: readonly TemplateDefinition[], q: TemplateQuery): TemplateDefinition | undefined {
  if (q.templateId !== undefined) return templates.find((t) => t.id === q.templateId);
  const matching = templates.filter(
    (t) => t.projectKey === q.projectKey.toUpperCase() && t.issueTypeName.toLowerCase() === q.issueTypeName.toLowerCase(),
  );
  return matching.find((t) => t.locale === q.locale) ?? matching[0];
}

export async function loadResolvedFields(store: KeyValueStore): Promise<ResolvedCustomFields> {
  return (await store.get<ResolvedCustomFields>(RESOLVED_FIELDS_KEY)) ?? {};
}
