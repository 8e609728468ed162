// Bot API methods that write messages: sendMessage, sendDocument, editMessageText, editMessageReplyMarkup,
// deleteMessage. Checks run in the Bot API's order (chat_id, text and entities, markup, chat access, topic
// and reply, flood control) and every refusal is Telegram's own text.
import { readFormatted, type Formatted } from './telegram-compose';
import { TgError, tgErrors } from './telegram-errors';
import { readMarkup, type Markup } from './telegram-markup';
import type { Params } from './telegram-params';
import type { BotDoc, ChatDoc } from './telegram-store';
import type { TgMessage } from './telegram-types';
import { botUser, chatForBot, chatObject, nextMessageId, publish, topicFields, unixNow, type Ctx } from './telegram-world';

export type Answer = { readonly result: unknown; readonly description?: string };
export type Method = (ctx: Ctx, bot: BotDoc, params: Params) => Answer | Promise<Answer>;

const DELETE_WINDOW_S = 48 * 3600;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function placement(ctx: Ctx, chat: ChatDoc, params: Params, bot: BotDoc): { threadId?: number; reply?: TgMessage } {
  let threadId = params.int('message_thread_id');
  const topic = threadId === undefined ? undefined : ctx.store.topic(chat.id, threadId);
  if (threadId !== undefined && (!chat.isForum || !topic)) throw tgErrors.threadNotFound();
  // A closed topic takes messages only from admins who may manage topics.
  if (topic?.closed && ctx.store.memberStatus(chat.id, bot.id) !== 'administrator') throw tgErrors.topicClosed();
  const rp = params.json('reply_parameters', () => tgErrors.badRequest("can't parse reply parameters JSON object"));
  const replyId = isRecord(rp) ? Number(rp.message_id) : params.int('reply_to_message_id');
  const allow = isRecord(rp) ? rp.allow_sending_without_reply === true : params.bool('allow_sending_without_reply');
  if (replyId === undefined || Number.isNaN(replyId)) return threadId === undefined ? {} : { threadId };
  const stored = ctx.store.message(chat.id, replyId);
  if (!stored || stored.deleted) {
    if (!allow) throw tgErrors.replyNotFound();
    return threadId === undefined ? {} : { threadId };
  }
  threadId = stored.message.message_thread_id ?? threadId;
  return threadId === undefined ? { reply: stored.message } : { threadId, reply: stored.message };
}

function send(ctx: Ctx, bot: BotDoc, params: Params, body: (chat: ChatDoc) => Partial<TgMessage>, markup: Markup | undefined): Answer {
  const chat = chatForBot(ctx, bot, params.chatRef());
  const { threadId, reply } = placement(ctx, chat, params, bot);
  const wait = ctx.rate.take(bot.id, chat.id, chat.type !== 'private');
  if (wait > 0) throw tgErrors.tooManyRequests(wait);
  const message: TgMessage = {
    message_id: nextMessageId(ctx, chat.id),
    from: botUser(bot),
    chat: chatObject(ctx, chat),
    date: unixNow(ctx),
    ...topicFields(ctx, chat, threadId, reply),
    ...body(chat),
    ...(markup?.inline ? { reply_markup: markup.inline } : {}),
  };
  publish(ctx, chat, message, 'bot', markup?.raw);
  return { result: message };
}

const textFields = (f: Formatted): Partial<TgMessage> => ({ text: f.text, ...(f.entities.length > 0 ? { entities: f.entities } : {}) });

export const sendMessage: Method = (ctx, bot, params) => {
  if (params.chatRef() === undefined) throw tgErrors.chatIdEmpty();
  const formatted = readFormatted(params, 'text');
  const markup = readMarkup(params);
  return send(ctx, bot, params, () => (formatted ? textFields(formatted) : {}), markup);
};

export const sendDocument: Method = (ctx, bot, params) => {
  if (params.chatRef() === undefined) throw tgErrors.chatIdEmpty();
  const file = params.file('document');
  if (file === undefined) throw tgErrors.badRequest('there is no document in the request');
  const caption = readFormatted(params, 'caption');
  const markup = readMarkup(params);
  const n = ctx.store.next('file', 1);
  const fileId = `BQACAgIAAxkBAAI${n.toString(36).padStart(6, '0')}`;
  const document = typeof file === 'string'
    ? { file_id: file, file_unique_id: `AgAD${Buffer.from(file).toString('base64url').slice(0, 12)}`, ...(/^https?:/.test(file) ? { file_name: decodeURIComponent(file.split('/').pop() ?? 'file') } : {}) }
    : { file_id: fileId, file_unique_id: `AgAD${n.toString(36)}`, file_name: file.name, mime_type: file.type || 'application/octet-stream', file_size: file.size };
  return send(ctx, bot, params, () => ({ document, ...(caption ? { caption: caption.text, ...(caption.entities.length > 0 ? { caption_entities: caption.entities } : {}) } : {}) }), markup);
};

function ownMessage(ctx: Ctx, bot: BotDoc, params: Params): TgMessage {
  if (params.has('inline_message_id')) throw new TgError(400, 'Bad Request: the sandbox Telegram stand-in does not model inline messages');
  const chat = chatForBot(ctx, bot, params.chatRef());
  const id = params.int('message_id');
  if (id === undefined) throw tgErrors.badRequest('message identifier is not specified');
  const stored = ctx.store.message(chat.id, id);
  if (!stored || stored.deleted) throw tgErrors.editNotFound();
  if (stored.sender !== 'bot' || stored.message.from?.id !== bot.id) throw tgErrors.badRequest("message can't be edited");
  return stored.message;
}

function edit(ctx: Ctx, old: TgMessage, next: TgMessage, markup: Markup | undefined): Answer {
  const same = (a: TgMessage): string => JSON.stringify([a.text, a.entities ?? [], a.caption, a.reply_markup ?? null]);
  if (same(old) === same(next)) throw tgErrors.notModified();
  const edited: TgMessage = { ...next, edit_date: unixNow(ctx) };
  ctx.store.putMessage(edited, 'bot', false, markup?.raw);
  return { result: edited };
}

export const editMessageText: Method = (ctx, bot, params) => {
  const formatted = readFormatted(params, 'text');
  const markup = readMarkup(params);
  const message = ownMessage(ctx, bot, params);
  if (message.text === undefined) throw tgErrors.badRequest('there is no text in the message to edit');
  const { text: _t, entities: _e, reply_markup: _m, ...rest } = message;
  const next: TgMessage = { ...rest, ...(formatted ? textFields(formatted) : {}), ...(markup?.inline ? { reply_markup: markup.inline } : {}) };
  return edit(ctx, message, next, markup);
};

export const editMessageReplyMarkup: Method = (ctx, bot, params) => {
  const markup = readMarkup(params);
  const message = ownMessage(ctx, bot, params);
  const { reply_markup: _m, ...rest } = message;
  return edit(ctx, message, { ...rest, ...(markup?.inline ? { reply_markup: markup.inline } : {}) }, markup);
};

export const deleteMessage: Method = (ctx, bot, params) => {
  const chat = chatForBot(ctx, bot, params.chatRef());
  const id = params.int('message_id');
  const stored = id === undefined ? undefined : ctx.store.message(chat.id, id);
  if (!stored || stored.deleted) throw tgErrors.deleteNotFound();
  const own = stored.sender === 'bot' && stored.message.from?.id === bot.id;
  const status = ctx.store.memberStatus(chat.id, bot.id);
  const allowed = own
    ? chat.type === 'private' || status === 'administrator' || stored.message.date >= unixNow(ctx) - DELETE_WINDOW_S
    : chat.type === 'private' || status === 'administrator';
  if (!allowed) throw tgErrors.badRequest("message can't be deleted");
  ctx.store.putMessage(stored.message, stored.sender, true, stored.markup);
  return { result: true };
};
