// Connecting and disconnecting the bot (admin page, Jira admins only, checked as the calling user): the
// token is checked with getMe, stored as a secret with a fresh webhook secret, and the app's web trigger
// is registered with setWebhook. The token is never returned, logged or put in an error message.
import { PermissionError, ValidationError } from '../../errors';
import type { JiraPort } from '../../ports';
import type { WebhookUrlSource } from '../../ports-telegram';
import { KEYS, type BotState } from '../../model/telegram/outbox';
import { maskToken, TelegramCallError, TOKEN_FORMAT } from '../../model/telegram/telegram-failure';
import { nowMs, type TelegramDeps } from './deps';
import { wakeDrainer } from './drain-signals';
import { countPrefix } from './outbox-records';
import { setCommandMenu } from './intake/bot-commands';

export type AdminDeps = TelegramDeps & { readonly jiraAsUser: Pick<JiraPort, 'hasGlobalPermission'>; readonly webhookUrl: WebhookUrlSource };

/** Telegram's secret_token: 1–256 characters of [A-Za-z0-9_-]. */
const WEBHOOK_SECRET_LENGTH = 64;

export async function requireAdmin(deps: AdminDeps, action: string): Promise<void> {
  if (await deps.jiraAsUser.hasGlobalPermission('ADMINISTER')) return;
  deps.logger.warn('telegram admin action refused: caller is not a Jira admin', { action });
  throw new PermissionError('Only Jira administrators can change the Telegram bot', 'error.adminOnly');
}

export async function connectBot(deps: AdminDeps, cmd: { readonly token: string; readonly accountId: string }): Promise<void> {
  await requireAdmin(deps, 'connect');
  const token = cmd.token.trim();
  if (!TOKEN_FORMAT.test(token)) throw new ValidationError('The bot token is malformed', { token: 'validation.telegram.tokenFormat' });
  const bot = deps.bots.forToken(token);
  let me;
  try {
    me = await bot.getMe();
  } catch (error) {
    if (error instanceof TelegramCallError && error.failure.kind === 'unauthorized') {
      throw new ValidationError('Telegram refused the bot token', { token: 'validation.telegram.tokenRejected' });
    }
    throw error;
  }
  const secret = deps.random.secret(WEBHOOK_SECRET_LENGTH);
  // The secret is stored before Telegram knows it, so the first update after setWebhook is accepted.
  await deps.secrets.setSecret(KEYS.webhookSecret, secret);
  await deps.secrets.setSecret(KEYS.tokenSecret, token);
  await bot.setWebhook(await deps.webhookUrl.url(), secret);
  const state: BotState = {
    status: 'ok', botId: me.id, username: me.username, tokenMask: maskToken(token), connectedAt: nowMs(deps), connectedBy: cmd.accountId, lastError: null, lastErrorAt: null,
  };
  await deps.store.set(KEYS.bot, state);
  await setCommandMenu(bot, deps.logger);
  deps.logger.info('telegram bot connected', { botId: me.id, username: me.username });
  if ((await countPrefix(deps, KEYS.outboxPrefix, 1)) > 0) await wakeDrainer(deps, 0);
}

export async function disconnectBot(deps: AdminDeps): Promise<void> {
  await requireAdmin(deps, 'disconnect');
  const token = await deps.secrets.getSecret(KEYS.tokenSecret);
  if (token) {
    try {
      await deps.bots.forToken(token).deleteWebhook();
    } catch (error) {
      // A revoked token cannot delete its webhook; Telegram drops it with the token anyway.
      deps.logger.warn('telegram deleteWebhook failed while disconnecting', { reason: error instanceof TelegramCallError ? error.description : 'unknown' });
    }
  }
  await deps.secrets.deleteSecret(KEYS.tokenSecret);
  await deps.secrets.deleteSecret(KEYS.webhookSecret);
  await deps.store.delete(KEYS.bot);
  deps.logger.info('telegram bot disconnected');
}
