// The settings sections in the order the admin page shows them, and their i18n title keys.
import type { MessageKey, SettingsDto, SettingsSectionDto, SettingsSectionKey } from '@shared/contract';
import { SECTION_KEYS } from '@ui/dto-guards';

export const SECTION_ORDER: readonly SettingsSectionKey[] = SECTION_KEYS;

export const sectionTitle = (section: SettingsSectionKey): MessageKey => `admin.section.${section}`;

export const sectionPanelId = (section: SettingsSectionKey): string => `lb-section-${section}`;

export function findSection(settings: SettingsDto, key: SettingsSectionKey): SettingsSectionDto | undefined {
  return settings.sections.find((s) => s.section === key);
}

/** The settings with one section replaced by what a save returned. */
export function withSection(settings: SettingsDto, saved: SettingsSectionDto): SettingsDto {
  const known = settings.sections.some((s) => s.section === saved.section);
  const sections = known
    ? settings.sections.map((s) => (s.section === saved.section ? saved : s))
    : [...settings.sections, saved];
  return { ...settings, sections };
}
