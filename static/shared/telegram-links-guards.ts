// Shape checks of the chat intake's admin resolvers (src/shared/contract-telegram-links.ts). Pure.
import type { TelegramConversationDto, TelegramLinkCodeDto, TelegramLinkDto, TelegramLinksDto } from '@shared/contract';
import { isRecord } from './result-guards';

const isNullableString = (v: unknown): v is string | null => v === null || typeof v === 'string';

function isLink(v: unknown): v is TelegramLinkDto {
  return isRecord(v) && typeof v.chatId === 'number' && typeof v.title === 'string' && typeof v.projectKey === 'string' &&
    isNullableString(v.clientId) && typeof v.linkedAt === 'string' && typeof v.linkedBy === 'string';
}

export function isTelegramLinks(v: unknown): v is TelegramLinksDto {
  return isRecord(v) && Array.isArray(v.links) && v.links.every(isLink) && Array.isArray(v.projects) &&
    v.projects.every((p) => typeof p === 'string') && isNullableString(v.botUsername);
}

export function isTelegramLinkCode(v: unknown): v is TelegramLinkCodeDto {
  return isRecord(v) && typeof v.code === 'string' && typeof v.command === 'string' && typeof v.projectKey === 'string' &&
    isNullableString(v.clientId) && typeof v.expiresAt === 'string';
}

export function isTelegramConversation(v: unknown): v is TelegramConversationDto {
  if (!isRecord(v) || !['settings', 'legacy', 'defaults'].includes(String(v.source)) || !isRecord(v.value)) return false;
  const c = v.value;
  return typeof c.resumeOnClientReply === 'boolean' && Array.isArray(c.waitingStatuses) && c.waitingStatuses.every((s) => typeof s === 'string') &&
    typeof c.resumeTo === 'string' && typeof c.repeatAfterMinutes === 'number';
}

export const telegramLinksResultGuards = {
  'telegram/links/list': isTelegramLinks,
  'telegram/links/createCode': isTelegramLinkCode,
  'telegram/links/unlink': isTelegramLinks,
  'telegram/conversation/settings': isTelegramConversation,
} as const;
