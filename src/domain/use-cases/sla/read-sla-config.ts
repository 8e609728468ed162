// Reads what every SLA computation needs from the settings: the `sla` section (definitions, calendar),
// the served projects and line groups of `general`, and a signature of both versions.
import type { KeyValueStore, SlaReadOptions } from '../../ports';
import type { Locale } from '../../../shared/i18n';
import { readSection } from '../get-settings';
import { parseGeneralSettings, DEFAULT_GENERAL, type GeneralSettings } from '../../model/config/general';
import { readSlaSettings, type SlaSettings } from '../../model/sla/sla-settings';
import type { SlaDefinition, StatePredicate, Trigger } from '../../model/sla/definition';

export type SlaConfig = {
  readonly settings: SlaSettings;
  readonly projectKeys: readonly string[];
  readonly readOptions: SlaReadOptions;
  /** "sla:3/general:1": stored with each live state; a recomputation runs when it changes. */
  readonly signature: string;
  /** The site's default language (general settings): the language of the app's comments. */
  readonly locale: Locale;
};

const CUSTOM_FIELD = /^customfield_\d+$/;

function predicateFields(p: StatePredicate): string[] {
  return p.kind === 'field' && CUSTOM_FIELD.test(p.field) ? [p.field] : [];
}

function triggerFields(t: Trigger): string[] {
  return t.kind === 'becomes' ? predicateFields(t.when) : [];
}

/** Custom field ids the definitions' conditions test (at most 10: Jira's bulk changelog filter limit). */
export function referencedFields(definitions: readonly SlaDefinition[]): string[] {
  const ids = definitions.flatMap((d) => [...d.start, ...d.stop].flatMap(triggerFields).concat(d.pause.flatMap(predicateFields)));
  return [...new Set(ids)].sort().slice(0, 10);
}

export async function readSlaConfig(store: KeyValueStore): Promise<SlaConfig> {
  const [sla, generalSection] = await Promise.all([readSection(store, 'sla'), readSection(store, 'general')]);
  const general: GeneralSettings = parseGeneralSettings(generalSection.value).value ?? DEFAULT_GENERAL;
  const settings = readSlaSettings(sla.value);
  return {
    settings,
    projectKeys: general.projectKeys,
    readOptions: {
      line1Group: general.line1Group,
      line2Group: general.line2Group,
      fieldIds: referencedFields(settings.definitions),
    },
    signature: `sla:${sla.version}/general:${generalSection.version}`,
    locale: general.defaultLocale,
  };
}

/** The project key of an issue key ("SUP-12" → "SUP"). */
export const projectOf = (issueKey: string): string => issueKey.slice(0, issueKey.lastIndexOf('-'));
