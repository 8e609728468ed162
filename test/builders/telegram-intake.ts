// Builders for the chat intake's entry tests and bench: a client group linked to a project the way people
// do it (an admin-page code, `/link CODE` by a group administrator), people posting through the Telegram
// stand-in's people side, and answering the bot's prompts by replying to them. Holds no assertions.
import type { LocalHost } from '../../sandbox/host/local-host';
import type { StoredMessage } from '../../sandbox/telegram/telegram-stand-in';
import type { Result, TelegramLinkCodeDto } from '../../src/shared/contract';
import { adminCall, botMessages, deliverAll } from './telegram';

export type LinkedGroup = { readonly chatId: number; readonly admin: number; readonly clients: readonly number[] };

export async function linkCode(host: LocalHost, projectKey = 'SUP', clientId: string | null = null): Promise<TelegramLinkCodeDto> {
  const result = (await adminCall(host, 'telegram/links/createCode', { projectKey, clientId })) as Result<TelegramLinkCodeDto>;
  if (!result.ok) throw new Error(`createCode failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Lets the webhook, the updates queue and the replies' pacing finish (host clock fast-forwarded). */
export async function settleChat(host: LocalHost, virtualMs = 60_000): Promise<void> {
  await deliverAll(host, { virtualMs, stepMs: 500 });
}

export async function post(host: LocalHost, chatId: number, userId: number, text: string, opts: { replyTo?: number; threadId?: number } = {}): Promise<number> {
  const posted = host.telegram.postAsPerson(chatId, userId, text, {
    ...(opts.replyTo !== undefined ? { replyToMessageId: opts.replyTo } : {}), ...(opts.threadId !== undefined ? { threadId: opts.threadId } : {}),
  });
  await settleChat(host);
  return posted.message.message_id;
}

export async function linkedGroup(host: LocalHost, opts: { clients?: number; clientId?: string | null; type?: 'group' | 'supergroup'; isForum?: boolean; title?: string; lang?: 'en' | 'ru' } = {}): Promise<LinkedGroup> {
  const admin = host.telegram.createUser({ firstName: 'Alex', lastName: 'Admin', username: `alex_admin_${Math.floor(Math.random() * 1e6)}`, languageCode: opts.lang ?? 'en' }).id;
  const clients: number[] = [];
  for (let i = 0; i < (opts.clients ?? 1); i++) {
    clients.push(host.telegram.createUser({ firstName: `Client${i + 1}`, lastName: 'Person', username: `client_${i + 1}_${Math.floor(Math.random() * 1e6)}`, languageCode: opts.lang ?? 'en' }).id);
  }
  const chat = host.telegram.createChat(opts.type ?? 'group', opts.title ?? 'Acme — support', [admin, ...clients], { admins: [admin], ...(opts.isForum ? { isForum: true } : {}) });
  await host.telegram.webhookIdle();
  const code = await linkCode(host, 'SUP', opts.clientId ?? null);
  await post(host, chat.id, admin, code.command);
  return { chatId: chat.id, admin, clients };
}

const repliesTo = (m: StoredMessage): number | undefined => m.message.reply_to_message?.message_id;

/** The bot's newest message in the chat answering one of `userId`'s messages (a prompt, an error, the result). */
export function lastReplyTo(host: LocalHost, chatId: number, userId: number): StoredMessage | undefined {
  const mine = new Set(host.telegram.listMessages(chatId).filter((m) => m.message.from?.id === userId).map((m) => m.message.message_id));
  return botMessages(host, chatId).filter((m) => { const r = repliesTo(m); return r !== undefined && mine.has(r); }).at(-1);
}

/** Replies to the bot's newest message addressed to `userId` (its current prompt). */
export async function answer(host: LocalHost, chatId: number, userId: number, text: string, threadId?: number): Promise<StoredMessage | undefined> {
  const prompt = lastReplyTo(host, chatId, userId);
  if (!prompt) throw new Error(`no prompt for ${userId} in ${chatId}`);
  await post(host, chatId, userId, text, { replyTo: prompt.message.message_id, ...(threadId !== undefined ? { threadId } : {}) });
  return lastReplyTo(host, chatId, userId);
}

/** Default SUP template answers when the link gives the client ID: what, when, scope, evidence (skip), contact (skip). */
export const DEFAULT_ANSWERS = ['Invoices do not export since this morning', 'now', '3', '-', '-'];

export async function fileTicket(host: LocalHost, chatId: number, userId: number, answers: readonly string[] = DEFAULT_ANSWERS): Promise<string> {
  await post(host, chatId, userId, '/ticket');
  let last: StoredMessage | undefined;
  for (const text of answers) last = await answer(host, chatId, userId, text);
  return last?.message.text ?? '';
}
