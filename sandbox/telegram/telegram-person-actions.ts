// What a person does in a chat: send a message (text with the command and mention entities Telegram adds, a
// reply, a forum topic, a document) or tap an inline button. Each produces the update(s) the bots would get.
// Misuse by the caller (unknown chat, not a member) throws a plain Error: it is a test bug, not an API answer.
import { registerFile, type FileStore } from './telegram-files';
import type { TgDocument, TgMessage, TgPhotoSize, TgUpdate } from './telegram-types';
import { detectEntities } from './telegram-text';
import { botSees, chatObject, nextMessageId, publish, topicFields, unixNow, type Ctx } from './telegram-world';

export type PostOptions = {
  readonly replyToMessageId?: number;
  /** A forum topic's message_thread_id. */
  readonly threadId?: number;
  /** Sends a document; `text` becomes its caption. `content` is served by getFile (else a pattern of `size` bytes). */
  readonly document?: { readonly fileName: string; readonly mimeType?: string; readonly size?: number; readonly content?: Uint8Array | string };
  /** Sends a photo (Telegram lists a thumbnail and the full size); `text` becomes its caption. */
  readonly photo?: { readonly size?: number; readonly content?: Uint8Array | string };
};

/** The stored message and the update each bot that may see it was queued (privacy mode can leave it empty). */
export type Posted = { readonly message: TgMessage; readonly update: TgUpdate | undefined; readonly updates: ReadonlyMap<number, TgUpdate> };

export function postAsPerson(ctx: Ctx, chatId: number, userId: number, text: string, opts: PostOptions = {}, files?: FileStore): Posted {
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
  const caption = text !== '' ? { caption: text, ...(entities.length ? { caption_entities: entities } : {}) } : {};
  const body: Partial<TgMessage> = opts.document
    ? { document: documentOf(ctx, opts.document, files), ...caption }
    : opts.photo ? { photo: photoOf(ctx, opts.photo, files), ...caption } : { text, ...(entities.length ? { entities } : {}) };
  const message: TgMessage = {
    message_id: nextMessageId(ctx, chatId), from: user, chat: chatObject(ctx, chat), date: unixNow(ctx),
    ...topicFields(ctx, chat, threadId, reply?.message), ...body,
  };
  const updates = publish(ctx, chat, message, 'person');
  return { message, update: [...updates.values()][0], updates };
}

function photoOf(ctx: Ctx, photo: NonNullable<PostOptions['photo']>, files: FileStore | undefined): TgPhotoSize[] {
  const full = files ? registerFile(ctx, files, { kind: 'photos', ext: 'jpg', ...photo }) : undefined;
  const thumb = files ? registerFile(ctx, files, { kind: 'photos', ext: 'jpg', size: 1500 }) : undefined;
  const size = full?.size ?? photo.size ?? 50_000;
  return [
    { file_id: thumb?.fileId ?? 'AgACAgIAAxkBAAIthumb', file_unique_id: thumb?.uniqueId ?? 'AQADthumb', width: 90, height: 60, file_size: thumb?.size ?? 1500 },
    { file_id: full?.fileId ?? 'AgACAgIAAxkBAAIfull', file_unique_id: full?.uniqueId ?? 'AQADfull', width: 1280, height: 853, file_size: size },
  ];
}

function documentOf(ctx: Ctx, doc: NonNullable<PostOptions['document']>, files: FileStore | undefined): TgDocument {
  if (files) {
    const f = registerFile(ctx, files, { kind: 'documents', ext: doc.fileName.split('.').pop() ?? 'bin', ...(doc.size !== undefined ? { size: doc.size } : {}), ...(doc.content !== undefined ? { content: doc.content } : {}) });
    return { file_id: f.fileId, file_unique_id: f.uniqueId, file_name: doc.fileName, mime_type: doc.mimeType ?? 'application/octet-stream', file_size: f.size };
  }
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

/**
 * A person edits the text (or caption) of their own message: Telegram sends `edited_message` with the whole
 * message and `edit_date` to the bots that may see it (privacy mode as for new messages).
 */
export function editAsPerson(ctx: Ctx, chatId: number, messageId: number, userId: number, text: string): TgUpdate[] {
  const stored = ctx.store.message(chatId, messageId);
  const chat = ctx.store.chat(chatId);
  if (!chat || !stored || stored.deleted || stored.sender !== 'person' || stored.message.from?.id !== userId) {
    throw new Error(`Telegram stand-in: ${userId} has no message ${messageId} in ${chatId} to edit`);
  }
  const entities = detectEntities(text);
  const isCaption = stored.message.text === undefined;
  const { entities: _e, caption_entities: _c, ...rest } = stored.message;
  const edited: TgMessage = {
    ...rest, edit_date: unixNow(ctx),
    ...(isCaption ? { caption: text, ...(entities.length ? { caption_entities: entities } : {}) } : { text, ...(entities.length ? { entities } : {}) }),
  };
  ctx.store.putMessage(edited, 'person', false, stored.markup);
  const out: TgUpdate[] = [];
  for (const m of ctx.store.members(chatId).filter((x) => ['member', 'administrator', 'creator'].includes(x.status))) {
    const bot = ctx.store.bot(m.userId);
    if (!bot || (chat.type !== 'private' && !botSees(ctx, bot, m.status, edited))) continue;
    const update = ctx.queue.push(bot, 'edited_message', edited);
    if (update) out.push(update);
  }
  return out;
}
