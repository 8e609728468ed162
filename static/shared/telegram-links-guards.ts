// Shape checks of the chat intake's admin resolvers (src/shared/contract-telegram-links.ts). Pure.
import type { TelegramLinkCodeDto, TelegramLinkDto, TelegramLinksDto } from '@shared/contract';
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

export const telegramLinksResultGuards = {
  'telegram/links/list': isTelegramLinks,
  'telegram/links/createCode': isTelegramLinkCode,
  'telegram/links/unlink': isTelegramLinks,
} as const;
