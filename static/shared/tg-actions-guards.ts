// Shape checks of the results added with the Telegram buttons (issues 7 and 8): the caller's Telegram
// account link and the CSAT comments of the panel. Pure.
import type { CsatCommentsDto, TelegramAccountLinkDto } from '@shared/contract';
import { isRecord } from './result-guards';

const isStr = (v: unknown): v is string => typeof v === 'string';
const isStrOrNull = (v: unknown): v is string | null => v === null || isStr(v);
const isPersonRef = (v: unknown): boolean => isRecord(v) && isStr(v.accountId) && isStr(v.name);

export function isAccountLink(v: unknown): v is TelegramAccountLinkDto {
  return isRecord(v) && typeof v.botConnected === 'boolean' && isStrOrNull(v.botUsername) && typeof v.linked === 'boolean'
    && isStrOrNull(v.telegramName) && isStrOrNull(v.linkedAt) && isStrOrNull(v.deepLink) && isStrOrNull(v.expiresAt);
}

export function isCsatComments(v: unknown): v is CsatCommentsDto {
  return isRecord(v) && typeof v.truncated === 'boolean' && Array.isArray(v.comments) && v.comments.every((c) => isRecord(c)
    && isStr(c.issueKey) && typeof c.cycle === 'number' && typeof c.score === 'number' && isStr(c.comment) && typeof c.anonymous === 'boolean'
    && isPersonRef(c.rater) && (c.engineer === null || isPersonRef(c.engineer)) && isStr(c.ratedAt));
}

export const tgActionsResultGuards = {
  'telegram/account-link': isAccountLink,
  'lines/csat-comments': isCsatComments,
} as const;
