// What the Telegram use cases need, in one type, plus the small helpers they share (settings, bot session).
import type { Clock, KeyValueStore, Logger, SecretStore } from '../../ports';
import type { AtomicStore, DrainQueue, IssueReader, RandomSource, Sleeper, TelegramBot, TelegramBotFactory } from '../../ports-telegram';
import { parseTelegramSettings } from '../../model/telegram/parse-settings';
import { DEFAULT_TELEGRAM, type TelegramSettings } from '../../model/telegram/settings';
import { KEYS, type BotState } from '../../model/telegram/outbox';
import { readSection } from '../get-settings';

export type TelegramDeps = {
  readonly store: KeyValueStore;
  readonly atomic: AtomicStore;
  readonly secrets: SecretStore;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly bots: TelegramBotFactory;
  readonly queue: DrainQueue;
  readonly sleeper: Sleeper;
  readonly random: RandomSource;
};

export type NotifyDeps = TelegramDeps & { readonly issues: IssueReader };

export const nowMs = (deps: { readonly clock: Clock }): number => deps.clock.now().getTime();

/** The saved routes and emojis (defaults when never saved; a stored value is re-validated). */
export async function loadTelegramSettings(store: KeyValueStore): Promise<TelegramSettings> {
  const section = await readSection(store, 'telegram');
  return parseTelegramSettings(section.value).value ?? DEFAULT_TELEGRAM;
}

export type BotSession = { readonly state: BotState; readonly bot: TelegramBot };

/** The connected bot, or undefined when none is connected or its token was revoked. */
export async function openBot(deps: TelegramDeps): Promise<BotSession | undefined> {
  const state = await deps.store.get<BotState>(KEYS.bot);
  if (!state || state.status !== 'ok') return undefined;
  const token = await deps.secrets.getSecret(KEYS.tokenSecret);
  return token ? { state, bot: deps.bots.forToken(token) } : undefined;
}

export async function markTokenRevoked(deps: TelegramDeps, description: string): Promise<void> {
  const state = await deps.store.get<BotState>(KEYS.bot);
  if (!state) return;
  await deps.store.set<BotState>(KEYS.bot, { ...state, status: 'tokenRevoked', lastError: description, lastErrorAt: nowMs(deps) });
  deps.logger.warn('telegram bot token refused; deliveries paused until an admin connects the bot again', { botId: state.botId });
}
