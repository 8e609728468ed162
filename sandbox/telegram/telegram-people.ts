// The people's side of the stand-in (what Telegram apps do, not the Bot API): create bots, people, chats
// and forum topics, change membership and admin rights, kick or block the bot, upgrade a group to a
// supergroup. Each change emits the service messages and my_chat_member updates Telegram would send.
import { memberObject } from './telegram-methods-chats';
import type { BotDoc, ChatDoc, TopicDoc } from './telegram-store';
import type { ChatType, MemberStatus, TgChat, TgMessage, TgUser } from './telegram-types';
import { botUser, chatObject, nextMessageId, publish, unixNow, type Ctx } from './telegram-world';

export type BotSpec = { readonly username: string; readonly firstName: string; readonly token?: string; readonly privacy?: boolean };
export type UserSpec = { readonly firstName: string; readonly lastName?: string; readonly username?: string; readonly languageCode?: string };
export type ChatOptions = {
  /** Bots added to the chat (default: the first bot); for a private chat, the one bot the person talks to. */
  readonly bots?: readonly number[];
  /** Status of those bots in a group (default member: privacy mode applies). */
  readonly botStatus?: 'member' | 'administrator';
  /** People among `members` who are administrators (the first member is the creator). */
  readonly admins?: readonly number[];
  readonly isForum?: boolean;
  readonly username?: string;
};

const TOPIC_COLOR = 7322096;

export function createBot(ctx: Ctx, spec: BotSpec): BotDoc {
  const id = spec.token ? Number(spec.token.split(':')[0]) : ctx.store.next('bot', 7_000_000_001);
  const token = spec.token ?? `${id}:AAH${Buffer.from(`${spec.username}:${id}`).toString('base64url').padEnd(32, 'x').slice(0, 32)}`;
  const bot: BotDoc = {
    id, token, username: spec.username, firstName: spec.firstName, privacy: spec.privacy ?? true, webhookUrl: '', webhookSecret: '',
    allowedUpdates: null, maxConnections: 40, lastErrorDate: null, lastErrorMessage: null,
  };
  ctx.store.putBot(bot);
  ctx.store.putUser(botUser(bot));
  return bot;
}

export function createUser(ctx: Ctx, spec: UserSpec): TgUser {
  const user: TgUser = {
    id: ctx.store.next('user', 100_000_001), is_bot: false, first_name: spec.firstName,
    ...(spec.lastName ? { last_name: spec.lastName } : {}), ...(spec.username ? { username: spec.username } : {}), ...(spec.languageCode ? { language_code: spec.languageCode } : {}),
  };
  ctx.store.putUser(user);
  return user;
}

function requireChat(ctx: Ctx, chatId: number): ChatDoc {
  const chat = ctx.store.chat(chatId);
  if (!chat) throw new Error(`Telegram stand-in: no chat ${chatId}`);
  if (chat.migratedTo !== null) throw new Error(`Telegram stand-in: chat ${chatId} was upgraded to ${chat.migratedTo}`);
  return chat;
}

/** Tells `botId` its status in `chat` changed, as my_chat_member. */
export function notifyBotStatus(ctx: Ctx, chat: ChatDoc, botId: number, from: TgUser, old: MemberStatus, next: MemberStatus): void {
  const bot = ctx.store.bot(botId);
  if (!bot) return;
  const me = botUser(bot);
  ctx.queue.push(bot, 'my_chat_member', { chat: chatObject(ctx, chat), from, date: unixNow(ctx), old_chat_member: memberObject(me, old), new_chat_member: memberObject(me, next) });
}

export function createChat(ctx: Ctx, defaultBot: number, type: ChatType, title: string, members: readonly number[], opts: ChatOptions = {}): TgChat {
  const bots = opts.bots ?? [defaultBot];
  const people = members.map((id) => ctx.store.user(id) ?? (() => { throw new Error(`Telegram stand-in: no person ${id}`); })());
  const creator = people[0];
  if (!creator) throw new Error('Telegram stand-in: a chat needs at least one person');
  if (type === 'private') {
    if (ctx.store.chat(creator.id)) throw new Error(`Telegram stand-in: ${creator.first_name} already has a private chat (one bot per person)`);
    const chat: ChatDoc = { id: creator.id, type, title: null, username: null, isForum: false, migratedTo: null, botId: bots[0] ?? defaultBot };
    ctx.store.putChat(chat);
    ctx.store.setMember(chat.id, creator.id, 'member');
    ctx.store.setMember(chat.id, chat.botId ?? defaultBot, 'member');
    return chatObject(ctx, chat);
  }
  const n = ctx.store.next('chat', 1);
  const id = type === 'group' ? -(4_000_000_000 + n) : -(1_002_000_000_000 + n);
  const chat: ChatDoc = { id, type, title, username: opts.username ?? null, isForum: type === 'supergroup' && opts.isForum === true, migratedTo: null, botId: null };
  ctx.store.putChat(chat);
  people.forEach((p, i) => ctx.store.setMember(id, p.id, i === 0 ? 'creator' : opts.admins?.includes(p.id) ? 'administrator' : 'member'));
  for (const botId of bots) {
    const status = opts.botStatus ?? 'member';
    ctx.store.setMember(id, botId, status);
    notifyBotStatus(ctx, chat, botId, creator, 'left', status);
  }
  return chatObject(ctx, chat);
}

/**
 * A person opens their chat with a bot (t.me/<bot>, or "Message the bot"): the existing private chat, or a new
 * one. One private chat per person in the stand-in (see README); another bot's chat is refused.
 */
export function openPrivateChat(ctx: Ctx, defaultBot: number, userId: number, botId: number = defaultBot): TgChat {
  const user = ctx.store.user(userId);
  if (!user || user.is_bot) throw new Error(`Telegram stand-in: no person ${userId}`);
  if (!ctx.store.bot(botId)) throw new Error(`Telegram stand-in: no bot ${botId}`);
  const existing = ctx.store.chat(userId);
  if (!existing) return createChat(ctx, defaultBot, 'private', '', [userId], { bots: [botId] });
  if (existing.botId !== botId) throw new Error(`Telegram stand-in: ${user.first_name} already has a private chat with another bot (one bot per person)`);
  return chatObject(ctx, existing);
}

/** A person (or bot) joins; everyone sees the `new_chat_members` service message. */
export function addMember(ctx: Ctx, chatId: number, userId: number, status: 'member' | 'administrator' = 'member'): void {
  const chat = requireChat(ctx, chatId);
  const user = ctx.store.user(userId);
  if (!user) throw new Error(`Telegram stand-in: no user ${userId}`);
  const old = ctx.store.memberStatus(chatId, userId) ?? 'left';
  ctx.store.setMember(chatId, userId, status);
  const adder = ctx.store.members(chatId).find((m) => m.status === 'creator');
  const from = (adder && ctx.store.user(adder.userId)) || user;
  if (user.is_bot) notifyBotStatus(ctx, chat, userId, from, old, status);
  const message: TgMessage = { message_id: nextMessageId(ctx, chatId), from, chat: chatObject(ctx, chat), date: unixNow(ctx), new_chat_members: [user] };
  publish(ctx, chat, message, 'service');
}

export function setAdmin(ctx: Ctx, chatId: number, userId: number, isAdmin: boolean): void {
  const chat = requireChat(ctx, chatId);
  const old = ctx.store.memberStatus(chatId, userId);
  if (old === undefined || old === 'left' || old === 'kicked' || old === 'creator') throw new Error(`Telegram stand-in: ${userId} cannot be promoted in ${chatId}`);
  const next: MemberStatus = isAdmin ? 'administrator' : 'member';
  ctx.store.setMember(chatId, userId, next);
  const creator = ctx.store.members(chatId).find((m) => m.status === 'creator');
  const from = creator ? ctx.store.user(creator.userId) : undefined;
  if (from && ctx.store.user(userId)?.is_bot) notifyBotStatus(ctx, chat, userId, from, old, next);
}

/** Removes the bot from a group (or, in a private chat, the person blocks it). */
export function kickBot(ctx: Ctx, chatId: number, botId: number): void {
  const chat = requireChat(ctx, chatId);
  const old = ctx.store.memberStatus(chatId, botId) ?? 'member';
  ctx.store.setMember(chatId, botId, 'kicked');
  const creator = ctx.store.members(chatId).find((m) => m.status === 'creator' || (chat.type === 'private' && m.userId === chat.id));
  const from = creator ? ctx.store.user(creator.userId) : undefined;
  if (from) notifyBotStatus(ctx, chat, botId, from, old, 'kicked');
}

/** Upgrades a basic group: a new `-100…` id, members carried over, migrate service messages on both ids. */
export function migrateToSupergroup(ctx: Ctx, chatId: number): number {
  const old = requireChat(ctx, chatId);
  if (old.type !== 'group') throw new Error(`Telegram stand-in: only a basic group can be upgraded (${chatId} is a ${old.type})`);
  const id = -(1_002_000_000_000 + ctx.store.next('chat', 1));
  const next: ChatDoc = { ...old, id, type: 'supergroup' };
  ctx.store.putChat(next);
  const members = ctx.store.members(chatId);
  for (const m of members) ctx.store.setMember(id, m.userId, m.status);
  const creator = members.find((m) => m.status === 'creator');
  const from = creator ? ctx.store.user(creator.userId) : undefined;
  const base = { date: unixNow(ctx), ...(from ? { from } : {}) };
  publish(ctx, old, { ...base, message_id: nextMessageId(ctx, chatId), chat: chatObject(ctx, old), migrate_to_chat_id: id }, 'service');
  ctx.store.putChat({ ...old, migratedTo: id });
  publish(ctx, next, { ...base, message_id: nextMessageId(ctx, id), chat: chatObject(ctx, next), migrate_from_chat_id: chatId }, 'service');
  return id;
}

/** A person opens a topic in a forum supergroup; its service message's id becomes the message_thread_id. */
export function createForumTopic(ctx: Ctx, chatId: number, name: string, byUserId?: number): TopicDoc {
  const chat = requireChat(ctx, chatId);
  if (!chat.isForum) throw new Error(`Telegram stand-in: chat ${chatId} is not a forum`);
  const creatorId = byUserId ?? ctx.store.members(chatId).find((m) => m.status === 'creator')?.userId;
  const from = creatorId === undefined ? undefined : ctx.store.user(creatorId);
  const threadId = nextMessageId(ctx, chatId);
  const topic: TopicDoc = { chatId, threadId, name, iconColor: TOPIC_COLOR };
  ctx.store.putTopic(topic);
  const message: TgMessage = {
    message_id: threadId, message_thread_id: threadId, ...(from ? { from } : {}), date: unixNow(ctx), chat: chatObject(ctx, chat),
    is_topic_message: true, forum_topic_created: { name, icon_color: TOPIC_COLOR },
  };
  publish(ctx, chat, message, 'service');
  return topic;
}

/** An admin closes (or reopens) a topic: a `forum_topic_closed` / `forum_topic_reopened` service message in it. */
export function setForumTopicClosed(ctx: Ctx, chatId: number, threadId: number, closed: boolean, byUserId?: number): TopicDoc {
  const chat = requireChat(ctx, chatId);
  const topic = ctx.store.topic(chatId, threadId);
  if (!topic) throw new Error(`Telegram stand-in: no topic ${threadId} in ${chatId}`);
  const next: TopicDoc = { ...topic, closed };
  ctx.store.putTopic(next);
  const creatorId = byUserId ?? ctx.store.members(chatId).find((m) => m.status === 'creator')?.userId;
  const from = creatorId === undefined ? undefined : ctx.store.user(creatorId);
  const message: TgMessage = {
    message_id: nextMessageId(ctx, chatId), message_thread_id: threadId, ...(from ? { from } : {}), date: unixNow(ctx), chat: chatObject(ctx, chat),
    is_topic_message: true, ...(closed ? { forum_topic_closed: {} } : { forum_topic_reopened: {} }),
  };
  publish(ctx, chat, message, 'service');
  return next;
}

/** An admin deletes a topic with all its messages (Telegram sends no update for this). */
export function deleteForumTopic(ctx: Ctx, chatId: number, threadId: number): void {
  requireChat(ctx, chatId);
  if (!ctx.store.topic(chatId, threadId)) throw new Error(`Telegram stand-in: no topic ${threadId} in ${chatId}`);
  ctx.store.deleteTopic(chatId, threadId);
  for (const m of ctx.store.messages(chatId)) {
    if (m.message.message_thread_id === threadId && !m.deleted) ctx.store.putMessage(m.message, m.sender, true, m.markup);
  }
}
