// The registry of settings sections. Each feature adds its section here with defaults and a parser;
// sections whose feature is not built yet are listed so the admin page can say so honestly.
import { DEFAULT_GENERAL, parseGeneralSettings, type FieldErrors } from './general';
import { DEFAULT_TEMPLATES } from '../template/defaults';
import { parseTemplatesSection } from '../template/templates-section';

export const SETTINGS_SECTIONS = ['general', 'templates', 'transitionGuard', 'sla', 'panel', 'telegram'] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

export type SectionDefinition = {
  readonly built: boolean;
  readonly defaults: unknown;
  readonly parse: (input: unknown) => { value?: unknown; errors: FieldErrors };
};

const notBuilt: SectionDefinition = {
  built: false,
  defaults: null,
  parse: () => ({ errors: { _: 'validation.unknownSection' } }),
};

export const SECTION_DEFINITIONS: Readonly<Record<SettingsSection, SectionDefinition>> = {
  general: { built: true, defaults: DEFAULT_GENERAL, parse: parseGeneralSettings },
  templates: { built: true, defaults: DEFAULT_TEMPLATES, parse: parseTemplatesSection },
  transitionGuard: notBuilt,
  sla: notBuilt,
  panel: notBuilt,
  telegram: notBuilt,
};

export function isSettingsSection(value: unknown): value is SettingsSection {
  return typeof value === 'string' && (SETTINGS_SECTIONS as readonly string[]).includes(value);
}

/** A stored section: the value plus who changed it, when, and its version (for optimistic saves). */
export type VersionedSettings<T = unknown> = {
  readonly section: SettingsSection;
  readonly version: number;
  readonly updatedAt: string | null;
  readonly updatedBy: string | null;
  readonly value: T;
};
