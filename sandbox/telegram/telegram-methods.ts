// The Bot API methods the stand-in serves, keyed by lower-cased name (Telegram's method names are
// case-insensitive). Any other method answers 404 "Not Found", as api.telegram.org does.
import {
  answerCallbackQuery, deleteMyCommands, getChat, getChatAdministrators, getChatMember, getChatMemberCount, getMe, getMyCommands, leaveChat, setMyCommands,
} from './telegram-methods-chats';
import { deleteMessage, editMessageReplyMarkup, editMessageText, sendDocument, sendMessage, type Method } from './telegram-methods-messages';
import { deleteWebhook, getUpdates, getWebhookInfo, setWebhook } from './telegram-methods-updates';
import { createForumTopic } from './telegram-methods-topics';

const BY_NAME: Readonly<Record<string, Method>> = {
  getMe, getChat, getChatMember, getChatAdministrators, getChatMemberCount, leaveChat, setMyCommands, getMyCommands, deleteMyCommands, answerCallbackQuery,
  sendMessage, sendDocument, editMessageText, editMessageReplyMarkup, deleteMessage,
  createForumTopic,
  setWebhook, deleteWebhook, getWebhookInfo, getUpdates,
};

export const METHODS: ReadonlyMap<string, Method> = new Map(Object.entries(BY_NAME).map(([name, fn]) => [name.toLowerCase(), fn]));

export const METHOD_NAMES: readonly string[] = Object.keys(BY_NAME);
