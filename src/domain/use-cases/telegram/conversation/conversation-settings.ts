// The conversation settings in effect: the `conversation` part of the "telegram" settings section (saved
// and validated in the admin page's "Client conversations"), else — for installations that configured it
// before that existed — the older KVS key `tg:conv:settings`, else the defaults. "Waiting" statuses default
// to the statuses the SLA definitions pause in, so the SLA settings configure both in one place.
import type { KeyValueStore } from '../../../ports';
import { readSlaSettings } from '../../../model/sla/sla-settings';
import { DEFAULT_CONVERSATION, readConversationSettings, type ConversationSettings } from '../../../model/telegram/conversation-settings';
import { readSection } from '../../get-settings';
import { CONVERSATION_KEYS } from './issue-messages';

export { DEFAULT_CONVERSATION, type ConversationSettings };

export type ConversationSettingsSource = 'settings' | 'legacy' | 'defaults';

/** The settings and where they come from (the admin page shows a legacy value until it is saved). */
export async function conversationSettingsWithSource(store: KeyValueStore): Promise<{ readonly settings: ConversationSettings; readonly source: ConversationSettingsSource }> {
  const section = (await readSection(store, 'telegram')).value;
  const saved = typeof section === 'object' && section !== null ? (section as Record<string, unknown>).conversation : undefined;
  if (saved !== undefined && saved !== null) return { settings: readConversationSettings(saved), source: 'settings' };
  const legacy = await store.get<unknown>(CONVERSATION_KEYS.settings);
  if (legacy !== undefined && legacy !== null) return { settings: readConversationSettings(legacy), source: 'legacy' };
  return { settings: DEFAULT_CONVERSATION, source: 'defaults' };
}

export async function loadConversationSettings(store: KeyValueStore): Promise<ConversationSettings> {
  return (await conversationSettingsWithSource(store)).settings;
}

/** The waiting statuses in effect: configured ones, else every status an SLA definition pauses in. */
export async function waitingStatuses(store: KeyValueStore, settings: ConversationSettings): Promise<string[]> {
  if (settings.waitingStatuses.length > 0) return [...settings.waitingStatuses];
  const sla = readSlaSettings((await readSection(store, 'sla')).value);
  const names = sla.definitions.flatMap((d) => d.pause.flatMap((p) => (p.kind === 'status' ? p.statuses : [])));
  return [...new Set(names)];
}
