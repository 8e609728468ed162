// The chat pane's reads over the Telegram stand-in's people's-side API (/__telegram/client/...), checked
// defensively (the shell trusts no shape it did not check), and a 2 s polling hook. Writes: telegram-actions.ts.
import { useCallback, useEffect, useState } from 'react';
import { asArray, asRecord, asString, isRecord, type Json } from '../json';
import type { TgButton, TgChatItem, TgEntity, TgForceReply, TgMsg, TgPerson } from './telegram-model';

export type { TgButton, TgChatItem, TgEntity, TgForceReply, TgMsg, TgPerson } from './telegram-model';

export const BASE = '/__telegram/client';

export const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

export function person(raw: unknown): TgPerson {
  const u = asRecord(raw);
  const name = [asString(u.first_name), asString(u.last_name)].filter((x) => x !== '').join(' ');
  return { id: num(u.id), name: name || asString(u.username, 'Deleted account'), isBot: u.is_bot === true, username: asString(u.username) };
}

function entities(raw: unknown): TgEntity[] {
  return asArray(raw).filter(isRecord).map((e) => ({ type: asString(e.type), offset: num(e.offset), length: num(e.length), ...(typeof e.url === 'string' ? { url: e.url } : {}) }));
}

function serviceText(m: Json): string {
  if (m.group_chat_created === true) return 'created the group';
  if (isRecord(m.forum_topic_created)) return `created the topic “${asString(m.forum_topic_created.name)}”`;
  const joined = asArray(m.new_chat_members).map((u) => person(u).name);
  if (joined.length > 0) return `added ${joined.join(', ')}`;
  if (isRecord(m.left_chat_member)) return `removed ${person(m.left_chat_member).name}`;
  if (typeof m.migrate_from_chat_id === 'number') return 'upgraded the group to a supergroup';
  return '';
}

function button(b: Json): TgButton {
  return { text: asString(b.text), ...(typeof b.url === 'string' ? { url: b.url } : {}), ...(typeof b.callback_data === 'string' ? { callbackData: b.callback_data } : {}) };
}

function forceReply(markup: unknown): TgForceReply | null {
  const r = asRecord(markup);
  return r.force_reply === true ? { selective: r.selective === true, placeholder: asString(r.input_field_placeholder) } : null;
}

export function message(raw: unknown, sender = '', markup?: unknown): TgMsg {
  const m = asRecord(raw);
  const caption = typeof m.caption === 'string';
  const buttons = asArray(asRecord(m.reply_markup).inline_keyboard).map((row) => asArray(row).filter(isRecord).map(button)).filter((row) => row.length > 0);
  return {
    id: num(m.message_id), from: isRecord(m.from) ? person(m.from) : null, date: num(m.date), sender,
    text: asString(caption ? m.caption : m.text), entities: entities(caption ? m.caption_entities : m.entities),
    threadId: typeof m.message_thread_id === 'number' ? m.message_thread_id : null,
    reply: isRecord(m.reply_to_message) ? message(m.reply_to_message) : null, buttons, service: serviceText(m),
    documentName: asString(asRecord(m.document).file_name), forceReply: forceReply(markup),
  };
}

const stored = (raw: unknown): TgMsg => message(asRecord(raw).message, asString(asRecord(raw).sender), asRecord(raw).markup);

function chatItem(raw: unknown): TgChatItem {
  const o = asRecord(raw);
  const chat = asRecord(o.chat);
  const topics = new Map(asArray(o.topics).filter(isRecord).map((t) => [num(t.threadId), asString(t.name)] as const));
  const members = asArray(o.members).map((m) => person(asRecord(m).user));
  // A private chat has no title: Telegram shows the other side; the pane shows both (it sees every chat).
  const privateTitle = members.map((p) => p.name).join(' ↔ ') || 'Private chat';
  return {
    id: num(chat.id), title: asString(chat.title, privateTitle) || privateTitle, type: asString(chat.type), isForum: chat.isForum === true,
    members, topics, last: o.last ? stored(o.last) : null,
  };
}

export async function getJson(path: string): Promise<unknown> {
  const res = await fetch(`${BASE}${path}`, { headers: { accept: 'application/json' } });
  const body = (await res.json()) as unknown;
  if (!res.ok) throw new Error(asString(asRecord(body).error, `HTTP ${res.status}`));
  return body;
}

/** `messagesOf`: the chat `messages` belong to (right after switching chats, still the previous one). */
export type PaneData = { readonly chats: readonly TgChatItem[]; readonly messages: readonly TgMsg[]; readonly messagesOf: number | null; readonly error: string | null; readonly loaded: boolean };

/** Chats and the open chat's messages, re-read every 2 s and on `refresh()`. */
export function useTelegramPane(chatId: number | null): PaneData & { readonly refresh: () => void } {
  const [data, setData] = useState<PaneData>({ chats: [], messages: [], messagesOf: null, error: null, loaded: false });
  const [tick, setTick] = useState(0);
  const refresh = useCallback(() => setTick((t) => t + 1), []);
  useEffect(() => {
    let live = true;
    const load = async (): Promise<void> => {
      try {
        const chats = asArray(await getJson('/chat-list')).map(chatItem);
        const messages = chatId === null ? [] : asArray(await getJson(`/chats/${chatId}/messages`)).filter((m) => asRecord(m).deleted !== true).map(stored);
        if (live) setData({ chats, messages, messagesOf: chatId, error: null, loaded: true });
      } catch (error) {
        if (live) setData((d) => ({ ...d, error: error instanceof Error ? error.message : String(error), loaded: true }));
      }
    };
    void load();
    const timer = setInterval(() => void load(), 2000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [chatId, tick]);
  return { ...data, refresh };
}
