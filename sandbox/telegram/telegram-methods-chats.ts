// Bot API methods about the bot itself, chats and members, commands and button presses: getMe, getChat,
// getChatMember, getChatAdministrators (people only, as Telegram answers), getChatMemberCount, leaveChat,
// set/get/deleteMyCommands, answerCallbackQuery (which expires like Telegram's, after seconds).
import { tgErrors } from './telegram-errors';
import type { Method } from './telegram-methods-messages';
import type { Params } from './telegram-params';
import type { BotDoc } from './telegram-store';
import type { MemberStatus, TgBotCommand, TgChatMember, TgUser } from './telegram-types';
import { botUser, chatForBot, chatObject, unixNow, type Ctx } from './telegram-world';

const ADMIN_RIGHTS = {
  can_be_edited: false, is_anonymous: false, can_manage_chat: true, can_delete_messages: true, can_restrict_members: true,
  can_promote_members: false, can_change_info: true, can_invite_users: true, can_pin_messages: true, can_manage_topics: true,
};

export function memberObject(user: TgUser, status: MemberStatus): TgChatMember {
  if (status === 'administrator') return { status, user, ...ADMIN_RIGHTS };
  if (status === 'creator') return { status, user, is_anonymous: false };
  if (status === 'kicked') return { status, user, until_date: 0 };
  return { status, user };
}

export const getMe: Method = (_ctx, bot) => ({
  result: { ...botUser(bot), can_join_groups: true, can_read_all_group_messages: !bot.privacy, supports_inline_queries: false, can_connect_to_business: false, has_main_web_app: false },
});

export const getChat: Method = (ctx, bot, params) => {
  const chat = chatForBot(ctx, bot, params.chatRef());
  return { result: { ...chatObject(ctx, chat), accent_color_id: 0, max_reaction_count: 11, accepted_gift_types: { unlimited_gifts: false, limited_gifts: false, unique_gifts: false, premium_subscription: false } } };
};

export const getChatMember: Method = (ctx, bot, params) => {
  const chat = chatForBot(ctx, bot, params.chatRef());
  const userId = params.int('user_id');
  const user = userId === undefined ? undefined : ctx.store.user(userId);
  if (!user) throw tgErrors.userNotFound();
  if (chat.type === 'private') return { result: memberObject(user, user.id === chat.id || user.id === bot.id ? 'member' : 'left') };
  return { result: memberObject(user, ctx.store.memberStatus(chat.id, user.id) ?? 'left') };
};

export const getChatAdministrators: Method = (ctx, bot, params) => {
  const chat = chatForBot(ctx, bot, params.chatRef());
  if (chat.type === 'private') throw tgErrors.noAdminsInPrivate();
  const admins = ctx.store.members(chat.id).filter((m) => m.status === 'creator' || m.status === 'administrator');
  return { result: admins.flatMap((m) => { const user = ctx.store.user(m.userId); return user && !user.is_bot ? [memberObject(user, m.status)] : []; }) };
};

export const getChatMemberCount: Method = (ctx, bot, params) => {
  const chat = chatForBot(ctx, bot, params.chatRef());
  if (chat.type === 'private') return { result: 2 };
  return { result: ctx.store.members(chat.id).filter((m) => ['creator', 'administrator', 'member'].includes(m.status)).length };
};

export const leaveChat: Method = (ctx, bot, params) => {
  const chat = chatForBot(ctx, bot, params.chatRef());
  if (chat.type === 'private') throw tgErrors.privateStatus();
  const old = ctx.store.memberStatus(chat.id, bot.id) ?? 'member';
  ctx.store.setMember(chat.id, bot.id, 'left');
  const me = botUser(bot);
  ctx.queue.push(bot, 'my_chat_member', { chat: chatObject(ctx, chat), from: me, date: unixNow(ctx), old_chat_member: memberObject(me, old), new_chat_member: memberObject(me, 'left') });
  return { result: true };
};

function scopeKey(params: Params): string {
  const raw = params.json('scope', () => tgErrors.badRequest("can't parse BotCommandScope JSON object"));
  const scope = (typeof raw === 'object' && raw !== null ? raw : { type: 'default' }) as Record<string, unknown>;
  return JSON.stringify([scope.type ?? 'default', scope.chat_id ?? null, scope.user_id ?? null]);
}

export const setMyCommands: Method = (ctx, bot, params) => {
  const raw = params.json('commands', () => tgErrors.badRequest("can't parse commands JSON object"));
  if (!Array.isArray(raw)) throw tgErrors.badRequest('commands must be an Array');
  if (raw.length > 100) throw tgErrors.badRequest('too many commands specified');
  const commands: TgBotCommand[] = raw.map((c: unknown) => {
    const r = (typeof c === 'object' && c !== null ? c : {}) as Record<string, unknown>;
    const command = typeof r.command === 'string' ? r.command.replace(/^\//, '') : '';
    const description = typeof r.description === 'string' ? r.description : '';
    if (!/^[a-z0-9_]{1,32}$/.test(command)) throw tgErrors.badRequest('BOT_COMMAND_INVALID');
    if (description.trim() === '' || description.length > 256) throw tgErrors.badRequest('BOT_COMMAND_DESCRIPTION_INVALID');
    return { command, description };
  });
  ctx.store.setCommands(bot.id, scopeKey(params), params.str('language_code') ?? '', commands);
  return { result: true };
};

export const getMyCommands: Method = (ctx, bot, params) => ({ result: ctx.store.commands(bot.id, scopeKey(params), params.str('language_code') ?? '') });

export const deleteMyCommands: Method = (ctx, bot, params) => {
  ctx.store.setCommands(bot.id, scopeKey(params), params.str('language_code') ?? '', []);
  return { result: true };
};

export const answerCallbackQuery: Method = (ctx: Ctx, bot: BotDoc, params: Params) => {
  const callback = ctx.store.callback(params.str('callback_query_id') ?? '');
  if (!callback || callback.botId !== bot.id || callback.answered || ctx.now() - callback.created > ctx.callbackTtlMs) throw tgErrors.queryTooOld();
  const text = params.str('text');
  ctx.store.putCallback({ ...callback, answered: true, ...(text !== undefined ? { answerText: text } : {}), showAlert: params.bool('show_alert') });
  return { result: true };
};
