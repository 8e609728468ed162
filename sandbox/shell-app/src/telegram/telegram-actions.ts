// What a person does from the chat pane, over the stand-in's people's side (/__telegram/client/...): post
// (a reply, into a forum topic), tap an inline button and wait for the bot's answer to it, open the private
// chat with the bot. Each answer is checked before use; a refusal throws the stand-in's `{error}` text.
import { asArray, asRecord, asString } from '../json';
import { BASE, getJson, num, person, type TgPerson } from './telegram-api';

async function postJson(path: string, body: object): Promise<unknown> {
  const res = await fetch(`${BASE}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await res.json().catch(() => ({}))) as unknown;
  if (!res.ok) throw new Error(asString(asRecord(json).error, `HTTP ${res.status}`));
  return json;
}

export type PostOptions = { readonly replyToMessageId?: number | null; readonly threadId?: number | null };

export async function postAsPerson(chatId: number, userId: number, text: string, opts: PostOptions = {}): Promise<void> {
  await postJson(`/chats/${chatId}/messages`, {
    userId, text, ...(opts.replyToMessageId ? { replyToMessageId: opts.replyToMessageId } : {}), ...(opts.threadId ? { threadId: opts.threadId } : {}),
  });
}

/** The bot's answer to a tap (answerCallbackQuery): a toast text, or an alert. */
export type TapAnswer = { readonly text: string; readonly showAlert: boolean };

/** Taps a callback button; returns the callback query's id (null when the bot does not take callback queries). */
export async function pressButton(chatId: number, messageId: number, userId: number, data: string): Promise<string | null> {
  const update = asRecord(await postJson(`/chats/${chatId}/buttons`, { messageId, userId, data }));
  const id = asString(asRecord(update.callback_query).id);
  return id === '' ? null : id;
}

/** Polls the stand-in until the bot answers the query or it expires (Telegram keeps a query ~15 s). */
export async function waitForAnswer(callbackId: string, live: () => boolean, timeoutMs = 16_000): Promise<TapAnswer | null> {
  const until = Date.now() + timeoutMs;
  while (live() && Date.now() < until) {
    const doc = asRecord(await getJson(`/callbacks/${encodeURIComponent(callbackId)}`));
    if (doc.answered === true) return { text: asString(doc.answerText), showAlert: doc.showAlert === true };
    await new Promise((resolve) => setTimeout(resolve, 400));
  }
  return null;
}

/** Everyone the stand-in knows (bots carry isBot), from User objects only: no token reaches the browser. */
export async function listUsers(): Promise<TgPerson[]> {
  return asArray(await getJson('/users')).map(person);
}

/** Opens (creating on first use) `userId`'s private chat with the bot; returns its chat id. */
export async function openPrivateChat(userId: number, botId?: number): Promise<number> {
  const answer = asRecord(await postJson(`/users/${userId}/private-chat`, botId === undefined ? {} : { botId }));
  return num(asRecord(answer.chat).id);
}
