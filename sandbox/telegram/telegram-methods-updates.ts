// Bot API methods that decide how updates reach the bot: setWebhook, deleteWebhook, getWebhookInfo and
// getUpdates (409 while a webhook is set). URL, port and secret_token checks use Telegram's error texts;
// `allowInsecureWebhooks` lets the sandbox register its http://localhost web-trigger URLs.
import { tgErrors } from './telegram-errors';
import type { Answer, Method } from './telegram-methods-messages';
import type { Params } from './telegram-params';
import type { BotDoc } from './telegram-store';
import { UPDATE_KINDS, type TgWebhookInfo, type UpdateKind } from './telegram-types';
import type { Ctx } from './telegram-world';

const SECRET = /^[A-Za-z0-9_-]*$/;
const PORTS = new Set(['', '80', '88', '443', '8443']);

function readAllowed(params: Params): readonly UpdateKind[] | null | undefined {
  const raw = params.json('allowed_updates', () => tgErrors.badRequest("can't parse allowed updates JSON object"));
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) throw tgErrors.badRequest('allowed updates must be an Array');
  const kinds = raw.filter((k): k is UpdateKind => typeof k === 'string' && (UPDATE_KINDS as readonly string[]).includes(k));
  return raw.length === 0 ? null : kinds;
}

function checkUrl(ctx: Ctx, raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw tgErrors.badWebhookUrl();
  }
  if (ctx.allowInsecureWebhooks) return url.href;
  if (url.protocol !== 'https:') throw tgErrors.badWebhookHttps();
  if (!PORTS.has(url.port)) throw tgErrors.badWebhookPort();
  return url.href;
}

function removeWebhook(ctx: Ctx, bot: BotDoc, drop: boolean): Answer {
  const had = bot.webhookUrl !== '';
  ctx.store.putBot({ ...bot, webhookUrl: '', webhookSecret: '' });
  if (drop) ctx.store.dropUpdates(bot.id);
  ctx.webhookChanged(bot.id);
  return { result: true, description: had ? 'Webhook was deleted' : 'Webhook is already deleted' };
}

export const setWebhook: Method = (ctx, bot, params) => {
  const raw = params.str('url') ?? '';
  const drop = params.bool('drop_pending_updates');
  if (raw === '') return removeWebhook(ctx, bot, drop);
  const url = checkUrl(ctx, raw);
  const secret = params.str('secret_token') ?? '';
  if (secret.length > 256) throw tgErrors.secretTooLong();
  if (!SECRET.test(secret)) throw tgErrors.secretChars();
  const allowed = readAllowed(params);
  const maxConnections = Math.min(100, Math.max(1, params.int('max_connections') ?? 40));
  const same = bot.webhookUrl === url;
  ctx.store.putBot({
    ...bot,
    webhookUrl: url,
    webhookSecret: secret,
    maxConnections,
    ...(allowed !== undefined ? { allowedUpdates: allowed } : {}),
    ...(same ? {} : { lastErrorDate: null, lastErrorMessage: null }),
  });
  if (drop) ctx.store.dropUpdates(bot.id);
  ctx.queue.terminate(bot.id, tgErrors.terminatedBySetWebhook());
  ctx.webhookChanged(bot.id);
  return { result: true, description: same ? 'Webhook is already set' : 'Webhook was set' };
};

export const deleteWebhook: Method = (ctx, bot, params) => removeWebhook(ctx, bot, params.bool('drop_pending_updates'));

export const getWebhookInfo: Method = (ctx, bot) => {
  ctx.queue.expire(bot.id);
  const info: TgWebhookInfo = {
    url: bot.webhookUrl,
    has_custom_certificate: false,
    pending_update_count: ctx.store.pendingCount(bot.id),
    ...(bot.lastErrorDate !== null ? { last_error_date: bot.lastErrorDate } : {}),
    ...(bot.lastErrorMessage !== null ? { last_error_message: bot.lastErrorMessage } : {}),
    ...(bot.webhookUrl !== '' ? { max_connections: bot.maxConnections } : {}),
    ...(bot.allowedUpdates !== null ? { allowed_updates: bot.allowedUpdates } : {}),
  };
  return { result: info };
};

export const getUpdates: Method = async (ctx, bot, params) => {
  if (bot.webhookUrl !== '') throw tgErrors.webhookActive();
  const allowed = readAllowed(params);
  const current = allowed === undefined ? bot : { ...bot, allowedUpdates: allowed };
  if (allowed !== undefined) ctx.store.putBot(current);
  const limit = Math.min(100, Math.max(1, params.int('limit') ?? 100));
  const timeout = Math.max(0, params.int('timeout') ?? 0);
  return { result: await ctx.queue.poll(current, params.int('offset') ?? 0, limit, timeout) };
};
