// Reading and changing outbox records: pending items by chat, the delivered ledger (written before an
// item is removed, so a late duplicate of the event is recognised), dead letters, chat state, the first
// message of each issue's thread, the ids of the bot's own messages (so probes never touch them); listings
// under a key prefix.
import {
  deliveredDigest, initialChatState, KEYS, type ChatState, type DeadLetter, type Delivered, type OutboxItem,
} from '../../model/telegram/outbox';
import type { KeyValueStore } from '../../ports';
import { nowMs, type TelegramDeps } from './deps';

const DELIVERED_TTL_S = 30 * 24 * 3600;
const THREAD_TTL_S = 180 * 24 * 3600;
const OWN_TTL_S = 3 * 24 * 3600;
/** Items read per drain round; the rest wait for the next round. */
const MAX_LISTED = 1000;

export async function listPending(deps: TelegramDeps): Promise<Map<number, OutboxItem[]>> {
  const byChat = new Map<number, OutboxItem[]>();
  for (const item of await listPrefix<OutboxItem>(deps, KEYS.outboxPrefix, MAX_LISTED)) {
    const list = byChat.get(item.chatId) ?? [];
    list.push(item);
    byChat.set(item.chatId, list);
  }
  return byChat;
}

/** The values under a prefix, 50 a page, in key order; stops after the page that reaches `atLeast` (not cut to it). */
export async function listPrefix<T>(deps: { readonly store: KeyValueStore }, prefix: string, atLeast: number): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.store.list<T>(prefix, cursor, 50);
    out.push(...page.entries.map((e) => e.value));
    cursor = page.cursor;
  } while (cursor && out.length < atLeast);
  return out;
}

export async function countPrefix(deps: TelegramDeps, prefix: string, max = 5000): Promise<number> {
  return (await listPrefix(deps, prefix, max)).length;
}

const ledgerKey = (item: OutboxItem): string => KEYS.delivered(deliveredDigest(item.event.id, item.chatId, item.topicId));

export async function isDelivered(deps: TelegramDeps, item: OutboxItem): Promise<boolean> {
  return (await deps.store.get<Delivered>(ledgerKey(item))) !== undefined;
}

/** Ledger first, then removal: a crash in between leaves an item the drainer recognises as done. */
export async function markDelivered(deps: TelegramDeps, items: readonly OutboxItem[], messageId: number | null): Promise<void> {
  const at = nowMs(deps);
  for (const item of items) {
    await deps.atomic.put<Delivered>(ledgerKey(item), { messageId, at }, DELIVERED_TTL_S);
    await deps.store.delete(item.key);
  }
}

export async function moveToDead(deps: TelegramDeps, items: readonly OutboxItem[], reason: string): Promise<void> {
  const deadAt = nowMs(deps);
  for (const item of items) {
    const sort = item.key.slice(KEYS.outbox(item.chatId, '').length);
    await deps.store.set<DeadLetter>(KEYS.dead(item.chatId, sort), { ...item, deadAt, reason });
    await deps.store.delete(item.key);
  }
}

export async function saveItem(deps: TelegramDeps, item: OutboxItem): Promise<void> {
  await deps.store.set(item.key, item);
}

export async function loadChat(deps: TelegramDeps, chatId: number): Promise<ChatState> {
  return (await deps.store.get<ChatState>(KEYS.chat(chatId))) ?? initialChatState(chatId);
}

export async function saveChat(deps: TelegramDeps, state: ChatState): Promise<void> {
  await deps.store.set(KEYS.chat(state.chatId), state);
}

type ThreadRecord = { readonly messageId: number; readonly targetId: number };

/** The first message about this issue in this chat/topic, if it was sent to the chat's current id. */
export async function threadRoot(deps: TelegramDeps, item: OutboxItem, targetId: number): Promise<number | null> {
  const record = await deps.store.get<ThreadRecord>(KEYS.thread(item.chatId, item.topicId, item.event.issue.id));
  return record && record.targetId === targetId ? record.messageId : null;
}

export async function rememberThreadRoot(deps: TelegramDeps, item: OutboxItem, targetId: number, messageId: number): Promise<void> {
  const key = KEYS.thread(item.chatId, item.topicId, item.event.issue.id);
  const existing = await deps.store.get<ThreadRecord>(key);
  if (!existing || existing.targetId !== targetId) await deps.atomic.put<ThreadRecord>(key, { messageId, targetId }, THREAD_TTL_S);
}

/** Every message the app sends is recorded, so a probe for a lost message never edits one of them. */
export async function rememberOwnMessage(deps: TelegramDeps, chatId: number, messageId: number): Promise<void> {
  await deps.atomic.put(KEYS.own(chatId, messageId), 1, OWN_TTL_S);
}

export async function isOwnMessage(deps: TelegramDeps, chatId: number, messageId: number): Promise<boolean> {
  return (await deps.store.get(KEYS.own(chatId, messageId))) !== undefined;
}

/** The newest message id seen in a chat's updates (a lower bound for where a lost message can be). */
export async function seenHead(deps: TelegramDeps, chatId: number): Promise<number | null> {
  return (await deps.store.get<number>(KEYS.head(chatId))) ?? null;
}

export async function noteHead(deps: TelegramDeps, chatId: number, messageId: number): Promise<void> {
  const current = await seenHead(deps, chatId);
  if (current === null || messageId > current) await deps.atomic.put(KEYS.head(chatId), messageId, 90 * 24 * 3600);
}
