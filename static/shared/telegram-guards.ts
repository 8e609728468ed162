// Shape checks of the Telegram resolvers' results (src/shared/contract-telegram.ts). Pure.
import type { TelegramChatHealthDto, TelegramStatusDto } from '@shared/contract';
import { isRecord } from './result-guards';

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);
const isNullableString = (v: unknown): v is string | null => v === null || typeof v === 'string';

function isChatHealth(v: unknown): v is TelegramChatHealthDto {
  return (
    isRecord(v) && isInt(v.chatId) && isInt(v.targetId) && isNullableString(v.title) &&
    ['ok', 'kicked', 'notFound', 'rateLimited'].includes(String(v.state)) && isCount(v.pending) && isCount(v.dead) &&
    isCount(v.delivered) && Array.isArray(v.migratedFrom) && isNullableString(v.lastError)
  );
}

export function isTelegramStatus(value: unknown): value is TelegramStatusDto {
  if (!isRecord(value) || !isRecord(value.bot) || !isRecord(value.outbox)) return false;
  const { bot, outbox, webhook } = value;
  return (
    ['notConnected', 'ok', 'tokenRevoked'].includes(String(bot.state)) && isNullableString(bot.username) && isNullableString(bot.tokenMask) &&
    (webhook === null || (isRecord(webhook) && typeof webhook.urlMatches === 'boolean' && isCount(webhook.pendingUpdateCount))) &&
    isCount(outbox.pending) && isCount(outbox.dead) && isCount(value.accountLinks) &&
    Array.isArray(value.chats) && value.chats.every(isChatHealth) &&
    Array.isArray(value.knownChats) && value.knownChats.every((k) => isRecord(k) && isInt(k.chatId) && typeof k.title === 'string')
  );
}

export const telegramResultGuards = {
  'telegram/status': isTelegramStatus,
  'telegram/connect': isTelegramStatus,
  'telegram/disconnect': isTelegramStatus,
  'telegram/retryDeadLetters': isTelegramStatus,
} as const;
