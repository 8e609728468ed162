// Handles one Telegram update from the webhook: deduplicated on update_id (Telegram delivers at least
// once), then membership changes (kicked → chat disabled; added back → its dead letters retried), group →
// supergroup migrations (followed), and commands: /start is answered here; other commands go to
// CHAT_COMMANDS, the dispatch point for chat intake (`/ticket`, `/status`: issue 9).
import { BadRequestError } from '../../errors';
import { toLocale, translate } from '../../../shared/i18n';
import { KEYS, type KnownChat } from '../../model/telegram/outbox';
import { TelegramCallError } from '../../model/telegram/telegram-failure';
import { nowMs, openBot, type TelegramDeps } from './deps';
import { requeueDeadLetters } from './drain-outbox';
import { followMigration, markChatMembership } from './chat-membership';
import { noteHead, rememberOwnMessage } from './outbox-records';
import { parseUpdate, type ChatRef, type ParsedMessage } from './update-shape';

const UPDATE_TTL_S = 3 * 24 * 3600;

export type UpdateOutcome = 'duplicate' | 'membership' | 'migration' | 'command' | 'ignored';

/** A chat command other than /start: `(deps, message, command, args) → handled?`. Issue 9 adds /ticket and /status here. */
export type ChatCommandHandler = (deps: TelegramDeps, message: ParsedMessage, args: string) => Promise<boolean>;
export const CHAT_COMMANDS: ReadonlyMap<string, ChatCommandHandler> = new Map();

async function rememberChat(deps: TelegramDeps, chat: ChatRef, botStatus: string): Promise<void> {
  const known: KnownChat = { chatId: chat.id, title: chat.title, type: chat.type, isForum: chat.isForum, botStatus, seenAt: nowMs(deps) };
  await deps.store.set(KEYS.known(chat.id), known);
}

async function answerStart(deps: TelegramDeps, message: ParsedMessage): Promise<void> {
  const session = await openBot(deps);
  if (!session) return;
  const locale = toLocale(message.languageCode);
  const text = translate(locale, message.chat.type === 'private' ? 'tg.bot.startPrivate' : 'tg.bot.start', { chatId: message.chat.id })
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  try {
    const sent = await session.bot.sendMessage({ chatId: message.chat.id, text, threadId: message.threadId, replyTo: message.messageId, button: null });
    await rememberOwnMessage(deps, message.chat.id, sent.messageId);
  } catch (error) {
    // A greeting that cannot be sent is not worth a redelivery of the update.
    if (!(error instanceof TelegramCallError)) throw error;
    deps.logger.warn('telegram /start answer not sent', { chatId: message.chat.id, reason: error.description });
  }
}

async function onMessage(deps: TelegramDeps, message: ParsedMessage, botUsername: string | null): Promise<UpdateOutcome> {
  await noteHead(deps, message.chat.id, message.messageId);
  if (message.migrateToChatId !== null) {
    await followMigration(deps, message.chat.id, message.migrateToChatId);
    return 'migration';
  }
  if (message.migrateFromChatId !== null) {
    await rememberChat(deps, message.chat, 'member');
    return 'migration';
  }
  if (!message.command) return 'ignored';
  const { name, target, args } = message.command;
  if (target !== null && (botUsername === null || target.toLowerCase() !== botUsername.toLowerCase())) return 'ignored';
  if (name === 'start') {
    await rememberChat(deps, message.chat, 'member');
    await answerStart(deps, message);
    return 'command';
  }
  const handler = CHAT_COMMANDS.get(name);
  return handler && (await handler(deps, message, args)) ? 'command' : 'ignored';
}

export async function handleTelegramUpdate(deps: TelegramDeps, raw: unknown): Promise<UpdateOutcome> {
  const update = parseUpdate(raw);
  if (!update) throw new BadRequestError('not a Telegram update');
  if (!(await deps.atomic.createIfAbsent(KEYS.update(update.updateId), { at: nowMs(deps) }, UPDATE_TTL_S))) return 'duplicate';
  try {
    if (update.membership) {
      const { chat, status } = update.membership;
      await rememberChat(deps, chat, status);
      const revived = await markChatMembership(deps, chat.id, status);
      if (revived.length > 0) for (const id of revived) await requeueDeadLetters(deps, id);
      return 'membership';
    }
    if (update.message) {
      const bot = await openBot(deps);
      return await onMessage(deps, update.message, bot?.state.username ?? null);
    }
    return 'ignored';
  } catch (error) {
    // Let Telegram deliver it again: the update was not handled.
    await deps.store.delete(KEYS.update(update.updateId));
    throw error;
  }
}
