// Bot API createForumTopic: a forum supergroup only ("the chat is not a forum"), the bot must be an admin
// with can_manage_topics ("not enough rights to create a topic"), name 1–128 characters (TOPIC_NAME_INVALID).
// Answers a ForumTopic and posts the topic's `forum_topic_created` service message, as Telegram does.
import { tgErrors } from './telegram-errors';
import type { Method } from './telegram-methods-messages';
import type { TopicDoc } from './telegram-store';
import type { TgMessage } from './telegram-types';
import { botUser, chatForBot, chatObject, nextMessageId, publish, unixNow } from './telegram-world';

const DEFAULT_ICON_COLOR = 7322096;
const ICON_COLORS = [7322096, 16766590, 13338331, 9367192, 16749490, 16478047];

export const createForumTopic: Method = (ctx, bot, params) => {
  if (params.chatRef() === undefined) throw tgErrors.chatIdEmpty();
  const chat = chatForBot(ctx, bot, params.chatRef());
  if (!chat.isForum) throw tgErrors.notForum();
  if (ctx.store.memberStatus(chat.id, bot.id) !== 'administrator') throw tgErrors.topicRights();
  const name = params.str('name') ?? '';
  if (name.length < 1 || name.length > 128) throw tgErrors.topicNameInvalid();
  const color = params.int('icon_color') ?? DEFAULT_ICON_COLOR;
  if (!ICON_COLORS.includes(color)) throw tgErrors.badRequest('TOPIC_ICON_COLOR_INVALID');
  const threadId = nextMessageId(ctx, chat.id);
  const topic: TopicDoc = { chatId: chat.id, threadId, name, iconColor: color };
  ctx.store.putTopic(topic);
  const message: TgMessage = {
    message_id: threadId, message_thread_id: threadId, from: botUser(bot), date: unixNow(ctx), chat: chatObject(ctx, chat),
    is_topic_message: true, forum_topic_created: { name, icon_color: color },
  };
  publish(ctx, chat, message, 'bot');
  return { result: { message_thread_id: threadId, name, icon_color: color } };
};
