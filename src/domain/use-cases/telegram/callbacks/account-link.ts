// Telegram ↔ Jira account links (issue 8): a Jira person gets a one-time deep link from the issue panel,
// opens it, and `/start <code>` in the bot's private chat binds their Telegram user id to their Jira
// account. Codes expire after 10 minutes and work once (a consumed marker is created only if absent).
// Each person sees and removes only their own link; admins see how many links exist.
import { toLocale, translate, type MessageKey } from '../../../../shared/i18n';
import type { TelegramAccountLinkDto } from '../../../../shared/contract-telegram';
import { deepLink, isLinkCode, LINK_CODE_LENGTH, LINK_CODE_TTL_S, LINK_KEYS, toLinkCode, type AccountLink, type LinkCode } from '../../../model/telegram/account-link';
import { escapeHtml } from '../../../rules/telegram/html';
import { sendOwnMessage } from '../bot-call';
import { nowMs, openBot, type TelegramDeps } from '../deps';
import { countPrefix } from '../outbox-records';
import type { ParsedMessage } from '../update-shape';

const iso = (ms: number | null | undefined): string | null => (ms === null || ms === undefined ? null : new Date(ms).toISOString());

export async function linkedAccount(deps: TelegramDeps, telegramUserId: number): Promise<AccountLink | undefined> {
  return deps.store.get<AccountLink>(LINK_KEYS.byTelegram(telegramUserId));
}

async function dto(deps: TelegramDeps, accountId: string, code: { deepLink: string; expiresAt: number } | null): Promise<TelegramAccountLinkDto> {
  const session = await openBot(deps);
  const link = await deps.store.get<AccountLink>(LINK_KEYS.byAccount(accountId));
  return {
    botConnected: session !== undefined, botUsername: session?.state.username ?? null, linked: link !== undefined,
    telegramName: link?.telegramName ?? null, linkedAt: iso(link?.linkedAt), deepLink: code?.deepLink ?? null, expiresAt: iso(code?.expiresAt),
  };
}

export function linkStatus(deps: TelegramDeps, accountId: string): Promise<TelegramAccountLinkDto> {
  return dto(deps, accountId, null);
}

/** A fresh one-time code for the caller; the deep link needs a connected bot (its username). */
export async function createLinkCode(deps: TelegramDeps, accountId: string): Promise<TelegramAccountLinkDto> {
  const session = await openBot(deps);
  if (!session || session.state.username === '') return dto(deps, accountId, null);
  const code = toLinkCode(deps.random.secret(LINK_CODE_LENGTH));
  const expiresAt = nowMs(deps) + LINK_CODE_TTL_S * 1000;
  await deps.atomic.put<LinkCode>(LINK_KEYS.code(code), { accountId, expiresAt }, LINK_CODE_TTL_S);
  return dto(deps, accountId, { deepLink: deepLink(session.state.username, code), expiresAt });
}

export async function unlinkAccount(deps: TelegramDeps, accountId: string): Promise<TelegramAccountLinkDto> {
  const link = await deps.store.get<AccountLink>(LINK_KEYS.byAccount(accountId));
  if (link) {
    const current = await linkedAccount(deps, link.telegramUserId);
    if (current?.accountId === accountId) await deps.store.delete(LINK_KEYS.byTelegram(link.telegramUserId));
    await deps.store.delete(LINK_KEYS.byAccount(accountId));
  }
  return dto(deps, accountId, null);
}

export function countLinks(deps: TelegramDeps): Promise<number> {
  return countPrefix(deps, LINK_KEYS.byTelegramPrefix);
}

async function reply(deps: TelegramDeps, message: ParsedMessage, key: MessageKey, params: Record<string, string> = {}): Promise<void> {
  const text = escapeHtml(translate(toLocale(message.languageCode), key, params));
  await sendOwnMessage(deps, { chatId: message.chat.id, text, threadId: null, replyTo: null, button: null }, 'telegram link answer not sent', {});
}

/**
 * `/start <code>` in a private chat: binds the sender to the code's Jira account. False when the payload is
 * not a link code (the caller answers /start as usual). A person linked before is re-linked; an account
 * linked to another Telegram user moves to this one.
 */
export async function bindFromStart(deps: TelegramDeps, message: ParsedMessage, payload: string, userName: (accountId: string) => Promise<string | null>): Promise<boolean> {
  if (message.chat.type !== 'private' || !isLinkCode(payload) || !message.from || message.from.isBot) return false;
  const code = await deps.store.get<LinkCode>(LINK_KEYS.code(payload));
  const now = nowMs(deps);
  if (!code || code.expiresAt <= now || !(await deps.atomic.createIfAbsent(LINK_KEYS.used(payload), { at: now }, LINK_CODE_TTL_S))) {
    await reply(deps, message, 'tg.account.expired');
    return true;
  }
  await deps.store.delete(LINK_KEYS.code(payload));
  const from = message.from;
  const previousOfAccount = await deps.store.get<AccountLink>(LINK_KEYS.byAccount(code.accountId));
  if (previousOfAccount && previousOfAccount.telegramUserId !== from.id) await deps.store.delete(LINK_KEYS.byTelegram(previousOfAccount.telegramUserId));
  const previousOfPerson = await linkedAccount(deps, from.id);
  if (previousOfPerson && previousOfPerson.accountId !== code.accountId) await deps.store.delete(LINK_KEYS.byAccount(previousOfPerson.accountId));
  const link: AccountLink = {
    telegramUserId: from.id, accountId: code.accountId, linkedAt: now,
    telegramName: [from.firstName, from.lastName].filter((s) => s !== '').join(' ') || (from.username ?? String(from.id)),
  };
  await deps.store.set(LINK_KEYS.byTelegram(from.id), link);
  await deps.store.set(LINK_KEYS.byAccount(code.accountId), link);
  await reply(deps, message, 'tg.account.linked', { name: (await userName(code.accountId)) ?? '—' });
  return true;
}
