// Reads every settings section (stored value or defaults) and whether the caller may change them.
import type { JiraPort, KeyValueStore } from '../ports';
import {
  SECTION_DEFINITIONS,
  SETTINGS_SECTIONS,
  type SettingsSection,
  type VersionedSettings,
} from '../model/config/sections';

export const settingsKey = (section: SettingsSection): string => `config:${section}`;
export const settingsHistoryKey = (section: SettingsSection, version: number): string =>
  `config-history:${section}:${String(version).padStart(8, '0')}`;

export async function readSection(store: KeyValueStore, section: SettingsSection): Promise<VersionedSettings> {
  const stored = await store.get<VersionedSettings>(settingsKey(section));
  return (
    stored ?? { section, version: 0, updatedAt: null, updatedBy: null, value: SECTION_DEFINITIONS[section].defaults }
  );
}

export type SettingsView = {
  readonly canEdit: boolean;
  readonly sections: ReadonlyArray<VersionedSettings & { readonly built: boolean }>;
};

export async function getSettings(deps: { store: KeyValueStore; jiraAsUser: JiraPort }): Promise<SettingsView> {
  const [canEdit, sections] = await Promise.all([
    deps.jiraAsUser.hasGlobalPermission('ADMINISTER'),
    Promise.all(SETTINGS_SECTIONS.map((s) => readSection(deps.store, s))),
  ]);
  return {
    canEdit,
    sections: sections.map((s) => ({ ...s, built: SECTION_DEFINITIONS[s.section].built })),
  };
}
