// The registry of settings sections. Each feature adds its section here with defaults and a parser;
// sections whose feature is not built yet are listed so the admin page can say so honestly.
import { DEFAULT_GENERAL, parseGeneralSettings, type FieldErrors } from './general';
import { DEFAULT_TEMPLATES } from '../template/defaults';
import { parseTemplatesSection } from '../template/templates-section';
import { DEFAULT_SLA_SETTINGS, parseSlaSettings } from '../sla/sla-settings';
import { DEFAULT_TELEGRAM } from '../telegram/settings';
import { parseTelegramSettings } from '../telegram/parse-settings';
import { DEFAULT_TRANSITION_GUARD } from '../guard/defaults';
import { parseTransitionGuard } from '../guard/parse-guard';

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
  transitionGuard: { built: true, defaults: DEFAULT_TRANSITION_GUARD, parse: parseTransitionGuard },
  sla: { built: true, defaults: DEFAULT_SLA_SETTINGS, parse: parseSlaSettings },
  panel: notBuilt,
  telegram: { built: true, defaults: DEFAULT_TELEGRAM, parse: parseTelegramSettings },
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
