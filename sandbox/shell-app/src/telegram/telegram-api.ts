// The chat pane's reads and writes over the Telegram stand-in's people's-side API (/__telegram/client/...),
// checked defensively (the shell trusts no shape it did not check), and a 2 s polling hook. No rendering.
import { useCallback, useEffect, useState } from 'react';
import { asArray, asRecord, asString, isRecord, type Json } from '../json';

export type TgPerson = { readonly id: number; readonly name: string; readonly isBot: boolean; readonly username: string };
export type TgEntity = { readonly type: string; readonly offset: number; readonly length: number; readonly url?: string };
export type TgButton = { readonly text: string; readonly url?: string };
export type TgMsg = {
  readonly id: number; readonly from: TgPerson | null; readonly date: number; readonly sender: string; readonly text: string;
  readonly entities: readonly TgEntity[]; readonly threadId: number | null; readonly reply: TgMsg | null;
  readonly buttons: readonly TgButton[]; readonly service: string; readonly documentName: string;
};
export type TgChatItem = {
  readonly id: number; readonly title: string; readonly type: string; readonly isForum: boolean;
  readonly members: readonly TgPerson[]; readonly topics: ReadonlyMap<number, string>; readonly last: TgMsg | null;
};

const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
const BASE = '/__telegram/client';

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

export function message(raw: unknown, sender = ''): TgMsg {
  const m = asRecord(raw);
  const caption = typeof m.caption === 'string';
  const buttons = asArray(asRecord(m.reply_markup).inline_keyboard).flatMap((row) => asArray(row)).filter(isRecord)
    .map((b) => ({ text: asString(b.text), ...(typeof b.url === 'string' ? { url: b.url } : {}) }));
  return {
    id: num(m.message_id), from: isRecord(m.from) ? person(m.from) : null, date: num(m.date), sender,
    text: asString(caption ? m.caption : m.text), entities: entities(caption ? m.caption_entities : m.entities),
    threadId: typeof m.message_thread_id === 'number' ? m.message_thread_id : null,
    reply: isRecord(m.reply_to_message) ? message(m.reply_to_message) : null, buttons, service: serviceText(m),
    documentName: asString(asRecord(m.document).file_name),
  };
}

const stored = (raw: unknown): TgMsg => message(asRecord(raw).message, asString(asRecord(raw).sender));

function chatItem(raw: unknown): TgChatItem {
  const o = asRecord(raw);
  const chat = asRecord(o.chat);
  const topics = new Map(asArray(o.topics).filter(isRecord).map((t) => [num(t.threadId), asString(t.name)] as const));
  return {
    id: num(chat.id), title: asString(chat.title, 'Private chat'), type: asString(chat.type), isForum: chat.isForum === true,
    members: asArray(o.members).map((m) => person(asRecord(m).user)), topics, last: o.last ? stored(o.last) : null,
  };
}

async function getJson(path: string): Promise<unknown> {
  const res = await fetch(`${BASE}${path}`, { headers: { accept: 'application/json' } });
  const body = (await res.json()) as unknown;
  if (!res.ok) throw new Error(asString(asRecord(body).error, `HTTP ${res.status}`));
  return body;
}

export async function postAsPerson(chatId: number, userId: number, text: string, replyToMessageId?: number): Promise<void> {
  const res = await fetch(`${BASE}/chats/${chatId}/messages`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId, text, ...(replyToMessageId ? { replyToMessageId } : {}) }),
  });
  if (!res.ok) throw new Error(asString(asRecord(await res.json().catch(() => ({}))).error, `HTTP ${res.status}`));
}

export type PaneData = { readonly chats: readonly TgChatItem[]; readonly messages: readonly TgMsg[]; readonly error: string | null; readonly loaded: boolean };

/** Chats and the open chat's messages, re-read every 2 s and on `refresh()`. */
export function useTelegramPane(chatId: number | null): PaneData & { readonly refresh: () => void } {
  const [data, setData] = useState<PaneData>({ chats: [], messages: [], error: null, loaded: false });
  const [tick, setTick] = useState(0);
  const refresh = useCallback(() => setTick((t) => t + 1), []);
  useEffect(() => {
    let live = true;
    const load = async (): Promise<void> => {
      try {
        const chats = asArray(await getJson('/chat-list')).map(chatItem);
        const messages = chatId === null ? [] : asArray(await getJson(`/chats/${chatId}/messages`)).filter((m) => asRecord(m).deleted !== true).map(stored);
        if (live) setData({ chats, messages, error: null, loaded: true });
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
