// What a person does in a chat: send a message (text with the command and mention entities Telegram adds, a
// reply, a forum topic, a document) or tap an inline button. Each produces the update(s) the bots would get.
// Misuse by the caller (unknown chat, not a member) throws a plain Error: it is a test bug, not an API answer.
import type { TgDocument, TgMessage, TgUpdate } from './telegram-types';
import { detectEntities } from './telegram-text';
import { chatObject, nextMessageId, publish, topicFields, unixNow, type Ctx } from './telegram-world';

export type PostOptions = {
  readonly replyToMessageId?: number;
  /** A forum topic's message_thread_id. */
  readonly threadId?: number;
  /** Sends a document; `text` becomes its caption. */
  readonly document?: { readonly fileName: string; readonly mimeType?: string; readonly size?: number };
};

/** The stored message and the update each bot that may see it was queued (privacy mode can leave it empty). */
export type Posted = { readonly message: TgMessage; readonly update: TgUpdate | undefined; readonly updates: ReadonlyMap<number, TgUpdate> };

export function postAsPerson(ctx: Ctx, chatId: number, userId: number, text: string, opts: PostOptions = {}): Posted {
  const chat = ctx.store.chat(chatId);
  if (!chat) throw new Error(`Telegram stand-in: no chat ${chatId}`);
  if (chat.migratedTo !== null) throw new Error(`Telegram stand-in: chat ${chatId} was upgraded to ${chat.migratedTo}; post there`);
  const user = ctx.store.user(userId);
  const status = ctx.store.memberStatus(chatId, userId);
  if (!user || !status || status === 'left' || status === 'kicked') throw new Error(`Telegram stand-in: ${userId} is not a member of ${chatId}`);
  if (opts.threadId !== undefined && !ctx.store.topic(chatId, opts.threadId)) throw new Error(`Telegram stand-in: no topic ${opts.threadId} in ${chatId}`);
  const reply = opts.replyToMessageId === undefined ? undefined : ctx.store.message(chatId, opts.replyToMessageId);
  if (opts.replyToMessageId !== undefined && (!reply || reply.deleted)) throw new Error(`Telegram stand-in: no message ${opts.replyToMessageId} in ${chatId}`);
  const threadId = reply?.message.message_thread_id ?? opts.threadId;
  const entities = detectEntities(text);
  const body: Partial<TgMessage> = opts.document
    ? { document: documentOf(ctx, opts.document), ...(text !== '' ? { caption: text, ...(entities.length ? { caption_entities: entities } : {}) } : {}) }
    : { text, ...(entities.length ? { entities } : {}) };
  const message: TgMessage = {
    message_id: nextMessageId(ctx, chatId), from: user, chat: chatObject(ctx, chat), date: unixNow(ctx),
    ...topicFields(ctx, chat, threadId, reply?.message), ...body,
  };
  const updates = publish(ctx, chat, message, 'person');
  return { message, update: [...updates.values()][0], updates };
}

function documentOf(ctx: Ctx, doc: NonNullable<PostOptions['document']>): TgDocument {
  const n = ctx.store.next('file', 1);
  return {
    file_id: `BQACAgIAAxkBAAI${n.toString(36).padStart(6, '0')}`, file_unique_id: `AgAD${n.toString(36)}`,
    file_name: doc.fileName, mime_type: doc.mimeType ?? 'application/octet-stream', file_size: doc.size ?? 1024,
  };
}

/** A person taps the inline button carrying `data` under a bot's message: a callback_query for that bot. */
export function pressButton(ctx: Ctx, chatId: number, messageId: number, userId: number, data: string): TgUpdate | undefined {
  const stored = ctx.store.message(chatId, messageId);
  const user = ctx.store.user(userId);
  if (!stored || stored.deleted || !user) throw new Error(`Telegram stand-in: no message ${messageId} in ${chatId} or no user ${userId}`);
  const buttons = stored.message.reply_markup?.inline_keyboard.flat() ?? [];
  if (!buttons.some((b) => b.callback_data === data)) throw new Error(`Telegram stand-in: message ${messageId} has no button with callback_data ${JSON.stringify(data)}`);
  const bot = stored.message.from ? ctx.store.bot(stored.message.from.id) : undefined;
  if (!bot) throw new Error(`Telegram stand-in: message ${messageId} was not sent by a bot`);
  const id = (BigInt(bot.id) * 1_000_000n + BigInt(ctx.store.next(`callback:${bot.id}`, 1))).toString();
  ctx.store.putCallback({ id, botId: bot.id, chatId, messageId, created: ctx.now(), answered: false });
  const chatInstance = (BigInt(chatId) * 7919n - BigInt(bot.id)).toString();
  return ctx.queue.push(bot, 'callback_query', { id, from: user, message: stored.message, chat_instance: chatInstance, data });
}
