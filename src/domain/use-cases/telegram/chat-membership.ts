// What Telegram tells the bridge about its chats: the bot was removed (the chat is disabled, shown in the
// admin page) or added back (enabled again, its dead letters retried), or a group became a supergroup
// (messages follow the new id and the routes are rewritten to it).
import { KEYS, initialChatState, type ChatState, type KnownChat } from '../../model/telegram/outbox';
import { parseTelegramSettings } from '../../model/telegram/parse-settings';
import type { VersionedSettings } from '../../model/config/sections';
import { readSection, settingsHistoryKey, settingsKey } from '../get-settings';
import { nowMs, type TelegramDeps } from './deps';
import { listPrefix, loadChat, saveChat } from './outbox-records';

const GONE = new Set(['kicked', 'left']);
const PRESENT = new Set(['member', 'administrator', 'creator', 'restricted']);
/** Who the settings history names for changes the app makes itself. */
export const SYSTEM_EDITOR = 'linebridge:telegram';

async function statesFor(deps: TelegramDeps, actualChatId: number): Promise<ChatState[]> {
  const states = await listPrefix<ChatState>(deps, KEYS.chatPrefix, Infinity);
  return states.filter((s) => s.targetId === actualChatId || s.chatId === actualChatId);
}

/** Returns the configured chat ids that came back (their dead letters should be retried). */
export async function markChatMembership(deps: TelegramDeps, actualChatId: number, status: string): Promise<number[]> {
  const revived: number[] = [];
  const now = nowMs(deps);
  for (const state of await statesFor(deps, actualChatId)) {
    if (state.targetId !== actualChatId) continue;
    if (GONE.has(status) && state.status === 'ok') {
      await saveChat(deps, { ...state, status: 'kicked', lastError: `the bot was removed from the chat (${status})`, lastErrorAt: now });
    } else if (PRESENT.has(status) && state.status !== 'ok') {
      await saveChat(deps, { ...state, status: 'ok' });
      revived.push(state.chatId);
    }
  }
  return revived;
}

/** Rewrites routes that name `oldId` to `newId`, as a new version of the telegram section. */
export async function rewriteRoutes(deps: TelegramDeps, oldId: number, newId: number): Promise<void> {
  const current = await readSection(deps.store, 'telegram');
  const parsed = parseTelegramSettings(current.value).value;
  if (!parsed || !parsed.routes.some((r) => r.chatId === oldId)) return;
  const next: VersionedSettings = {
    section: 'telegram', version: current.version + 1, updatedAt: new Date(nowMs(deps)).toISOString(), updatedBy: SYSTEM_EDITOR,
    value: { ...parsed, routes: parsed.routes.map((r) => (r.chatId === oldId ? { ...r, chatId: newId } : r)) },
  };
  await deps.store.set(settingsHistoryKey('telegram', next.version), next);
  await deps.store.set(settingsKey('telegram'), next);
}

export async function followMigration(deps: TelegramDeps, oldId: number, newId: number): Promise<void> {
  const states = await statesFor(deps, oldId);
  if (!states.some((s) => s.chatId === oldId)) states.push(await loadChat(deps, oldId));
  for (const state of states.length > 0 ? states : [initialChatState(oldId)]) {
    if (state.targetId !== oldId) continue;
    await saveChat(deps, { ...state, targetId: newId, migratedFrom: [...state.migratedFrom, oldId] });
  }
  const known = await deps.store.get<KnownChat>(KEYS.known(oldId));
  if (known) {
    await deps.store.set<KnownChat>(KEYS.known(oldId), { ...known, botStatus: 'migrated' });
    await deps.store.set<KnownChat>(KEYS.known(newId), { ...known, chatId: newId, type: 'supergroup', botStatus: 'member', seenAt: nowMs(deps) });
  }
  await rewriteRoutes(deps, oldId, newId);
  deps.logger.info('telegram group became a supergroup; routes follow it', { oldId, newId });
}
