// What every part of the Telegram stand-in shares: the context (store, clock, queue, limits) and the small
// rules used everywhere: wire objects of bots and chats, chat lookup with Telegram's access errors, id
// counters, and fanning a new chat message out as updates to the bots that may see it (privacy mode).
import { tgErrors } from './telegram-errors';
import type { RateLimiter } from './telegram-rate';
import type { BotDoc, ChatDoc, Sender, TelegramStore } from './telegram-store';
import { leadingCommand, mentionedUsernames } from './telegram-text';
import type { TgChat, TgMessage, TgUpdate, TgUser } from './telegram-types';
import type { UpdateQueue } from './telegram-updates';

export type Ctx = {
  readonly store: TelegramStore;
  readonly now: () => number;
  readonly queue: UpdateQueue;
  readonly rate: RateLimiter;
  readonly callbackTtlMs: number;
  readonly allowInsecureWebhooks: boolean;
  /** The bot's webhook was set, changed or removed: restart delivery. */
  readonly webhookChanged: (botId: number) => void;
};

export const unixNow = (ctx: Ctx): number => Math.floor(ctx.now() / 1000);

export function botUser(bot: BotDoc): TgUser {
  return { id: bot.id, is_bot: true, first_name: bot.firstName, username: bot.username };
}

export function chatObject(ctx: Ctx, chat: ChatDoc): TgChat {
  if (chat.type === 'private') {
    const user = ctx.store.user(chat.id);
    return { id: chat.id, type: 'private', first_name: user?.first_name ?? '', ...(user?.last_name ? { last_name: user.last_name } : {}), ...(user?.username ? { username: user.username } : {}) };
  }
  return { id: chat.id, type: chat.type, title: chat.title ?? '', ...(chat.username ? { username: chat.username } : {}), ...(chat.isForum ? { is_forum: true as const } : {}) };
}

/** The chat `ref` names as `bot` may use it, or Telegram's error (not found, migrated, kicked, blocked). */
export function chatForBot(ctx: Ctx, bot: BotDoc, ref: number | string | undefined): ChatDoc {
  if (ref === undefined) throw tgErrors.chatIdEmpty();
  const chat = typeof ref === 'number' ? ctx.store.chat(ref) : ref.startsWith('@') ? ctx.store.chatByUsername(ref.slice(1)) : undefined;
  if (!chat || (chat.type === 'private' && chat.botId !== bot.id)) throw tgErrors.chatNotFound();
  if (chat.migratedTo !== null) throw tgErrors.migrated(chat.migratedTo);
  const status = ctx.store.memberStatus(chat.id, bot.id);
  if (chat.type === 'private') {
    if (status === 'kicked') throw tgErrors.blocked();
    return chat;
  }
  if (status === undefined) throw tgErrors.chatNotFound();
  if (status === 'kicked') throw tgErrors.kicked(chat.type);
  if (status === 'left') throw tgErrors.notMember(chat.type);
  return chat;
}

export function nextMessageId(ctx: Ctx, chatId: number): number {
  return ctx.store.next(`message:${chatId}`, 1);
}

/** A message as embedded in reply_to_message: Telegram never nests a second level. */
export function withoutReply(message: TgMessage): TgMessage {
  const { reply_to_message: _nested, ...rest } = message;
  return rest;
}

/** Thread fields of a message posted in `threadId` of a forum (replies default to the topic's first message). */
export function topicFields(ctx: Ctx, chat: ChatDoc, threadId: number | undefined, reply: TgMessage | undefined): Partial<TgMessage> {
  if (!chat.isForum || threadId === undefined) return reply ? { reply_to_message: withoutReply(reply) } : {};
  const starter = reply ?? ctx.store.message(chat.id, threadId)?.message;
  return { message_thread_id: threadId, is_topic_message: true, ...(starter ? { reply_to_message: withoutReply(starter) } : {}) };
}

/** Whether `bot` (member of a group with `status`) sees a person's message, per Telegram's privacy mode. */
export function botSees(ctx: Ctx, bot: BotDoc, status: string, message: TgMessage): boolean {
  if (!bot.privacy || status === 'administrator' || status === 'creator') return true;
  if (message.text === undefined && message.caption === undefined) return true;
  const text = message.text ?? message.caption ?? '';
  const entities = message.entities ?? message.caption_entities ?? [];
  const command = leadingCommand(text, entities);
  if (command && (command.target === undefined || command.target.toLowerCase() === bot.username.toLowerCase())) return true;
  if (mentionedUsernames(text, entities).some((u) => u.toLowerCase() === bot.username.toLowerCase())) return true;
  return message.reply_to_message?.from?.id === bot.id && message.reply_to_message.forum_topic_created === undefined;
}

/** Stores a new chat message and queues it as an update for every bot that may see it. */
export function publish(ctx: Ctx, chat: ChatDoc, message: TgMessage, sender: Sender, markup?: unknown): Map<number, TgUpdate> {
  ctx.store.putMessage(message, sender, false, markup);
  const produced = new Map<number, TgUpdate>();
  if (sender === 'bot') return produced;
  const bots = chat.type === 'private'
    ? [chat.botId].flatMap((id) => (id !== null && ctx.store.memberStatus(chat.id, id) !== 'kicked' ? [{ id, status: 'member' }] : []))
    : ctx.store.members(chat.id).filter((m) => ['member', 'administrator', 'creator'].includes(m.status)).map((m) => ({ id: m.userId, status: m.status }));
  for (const { id, status } of bots) {
    const bot = ctx.store.bot(id);
    if (!bot || (sender === 'person' && chat.type !== 'private' && !botSees(ctx, bot, status, message))) continue;
    const update = ctx.queue.push(bot, 'message', message);
    if (update) produced.set(bot.id, update);
  }
  return produced;
}
