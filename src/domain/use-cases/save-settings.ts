// Saves one settings section: only for Jira admins (checked as the calling user, never trusted from the
// browser), validated by the section's parser, and versioned (optimistic: a stale version is refused;
// every version is kept in history so older references stay readable).
import { ConflictError, PermissionError, ValidationError } from '../errors';
import type { Clock, JiraPort, KeyValueStore, Logger } from '../ports';
import { SECTION_DEFINITIONS, type SettingsSection, type VersionedSettings } from '../model/config/sections';
import { readSection, settingsHistoryKey, settingsKey } from './get-settings';

export type SaveSettingsCommand = {
  readonly section: SettingsSection;
  readonly value: unknown;
  readonly expectedVersion: number;
  readonly accountId: string;
};

export async function saveSettings(
  deps: { store: KeyValueStore; jiraAsUser: JiraPort; clock: Clock; logger: Logger },
  cmd: SaveSettingsCommand,
): Promise<VersionedSettings> {
  if (!(await deps.jiraAsUser.hasGlobalPermission('ADMINISTER'))) {
    deps.logger.warn('settings change refused: caller is not a Jira admin', { section: cmd.section });
    throw new PermissionError('Only Jira administrators can change settings', 'error.adminOnly');
  }
  const definition = SECTION_DEFINITIONS[cmd.section];
  const parsed = definition.parse(cmd.value);
  if (parsed.value === undefined) throw new ValidationError(`Invalid ${cmd.section} settings`, parsed.errors);
  const current = await readSection(deps.store, cmd.section);
  if (current.version !== cmd.expectedVersion) {
    throw new ConflictError(`Settings ${cmd.section} are at version ${current.version}, not ${cmd.expectedVersion}`);
  }
  const next: VersionedSettings = {
    section: cmd.section,
    version: current.version + 1,
    updatedAt: deps.clock.now().toISOString(),
    updatedBy: cmd.accountId,
    value: parsed.value,
  };
  await deps.store.set(settingsHistoryKey(cmd.section, next.version), next);
  await deps.store.set(settingsKey(cmd.section), next);
  deps.logger.info('settings saved', { section: cmd.section, version: next.version });
  return next;
}
