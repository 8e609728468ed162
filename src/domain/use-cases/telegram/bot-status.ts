// The Telegram health the admin page shows: the bot (masked token), Telegram's webhook info, the outbox
// (queue depth, dead letters, last delivery and error) and each chat's state. Admins only. Reading only.
import type { TelegramChatHealthDto, TelegramStatusDto } from '../../../shared/contract-telegram';
import { KEYS, type BotState, type ChatState, type KnownChat, type OutboxItem } from '../../model/telegram/outbox';
import { redactTokens, TelegramCallError } from '../../model/telegram/telegram-failure';
import { requireAdmin, type AdminDeps } from './connect-bot';
import { countLinks } from './callbacks/account-link';
import { nowMs } from './deps';
import { listPrefix } from './outbox-records';

const iso = (ms: number | null | undefined): string | null => (ms === null || ms === undefined ? null : new Date(ms).toISOString());

const LISTED = 2000;

function countBy(items: readonly OutboxItem[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const i of items) counts.set(i.chatId, (counts.get(i.chatId) ?? 0) + 1);
  return counts;
}

async function webhookHealth(deps: AdminDeps, bot: BotState | undefined): Promise<TelegramStatusDto['webhook']> {
  if (!bot || bot.status !== 'ok') return null;
  const token = await deps.secrets.getSecret(KEYS.tokenSecret);
  if (!token) return null;
  try {
    const info = await deps.bots.forToken(token).getWebhookInfo();
    return {
      urlMatches: info.url !== '' && info.url === (await deps.webhookUrl.url()),
      pendingUpdateCount: info.pendingUpdateCount,
      lastErrorAt: info.lastErrorDate === null ? null : iso(info.lastErrorDate * 1000),
      lastErrorMessage: info.lastErrorMessage === null ? null : redactTokens(info.lastErrorMessage),
    };
  } catch (error) {
    if (error instanceof TelegramCallError) return null;
    throw error;
  }
}

export async function telegramStatus(deps: AdminDeps): Promise<TelegramStatusDto> {
  await requireAdmin(deps, 'status');
  const bot = await deps.store.get<BotState>(KEYS.bot);
  const [webhook, pending, dead, chats, known] = await Promise.all([
    webhookHealth(deps, bot),
    listPrefix<OutboxItem>(deps, KEYS.outboxPrefix, LISTED),
    listPrefix<OutboxItem>(deps, KEYS.deadPrefix, LISTED),
    listPrefix<ChatState>(deps, KEYS.chatPrefix, LISTED),
    listPrefix<KnownChat>(deps, KEYS.knownPrefix, LISTED),
  ]);
  const pendingBy = countBy(pending);
  const deadBy = countBy(dead);
  const ids = new Set<number>([...chats.map((c) => c.chatId), ...pendingBy.keys(), ...deadBy.keys()]);
  const now = nowMs(deps);
  const title = (c: ChatState): string | null => known.find((k) => k.chatId === c.targetId || k.chatId === c.chatId)?.title ?? null;
  const chatRows: TelegramChatHealthDto[] = [...ids].sort((a, b) => a - b).map((id) => {
    const c = chats.find((s) => s.chatId === id) ?? { chatId: id, targetId: id, status: 'ok', rateLimitedUntil: null, delivered: 0, lastDeliveredAt: null, lastError: null, lastErrorAt: null, migratedFrom: [] as number[], lastMessageId: null, recentSends: [] };
    const limited = c.status === 'ok' && c.rateLimitedUntil !== null && c.rateLimitedUntil > now;
    return {
      chatId: id, targetId: c.targetId, title: title(c), state: limited ? 'rateLimited' : c.status, rateLimitedUntil: limited ? iso(c.rateLimitedUntil) : null,
      migratedFrom: c.migratedFrom, pending: pendingBy.get(id) ?? 0, dead: deadBy.get(id) ?? 0, delivered: c.delivered,
      lastDeliveredAt: iso(c.lastDeliveredAt), lastError: c.lastError === null ? null : redactTokens(c.lastError), lastErrorAt: iso(c.lastErrorAt),
    };
  });
  const lastErrorChat = [...chats].filter((c) => c.lastErrorAt !== null).sort((a, b) => (b.lastErrorAt ?? 0) - (a.lastErrorAt ?? 0))[0];
  const lastDelivery = Math.max(0, ...chats.map((c) => c.lastDeliveredAt ?? 0));
  return {
    bot: {
      state: bot ? bot.status : 'notConnected', username: bot?.username ?? null, tokenMask: bot?.tokenMask ?? null,
      connectedAt: iso(bot?.connectedAt), connectedBy: bot?.connectedBy ?? null, lastError: bot?.lastError ?? null,
    },
    webhook,
    outbox: {
      pending: pending.length, dead: dead.length, lastDeliveryAt: lastDelivery > 0 ? iso(lastDelivery) : null,
      lastError: lastErrorChat?.lastError ? redactTokens(lastErrorChat.lastError) : null, lastErrorAt: iso(lastErrorChat?.lastErrorAt),
    },
    chats: chatRows,
    knownChats: known.map((k) => ({ chatId: k.chatId, title: k.title, type: k.type, isForum: k.isForum, botStatus: k.botStatus })),
    accountLinks: await countLinks(deps),
  };
}
