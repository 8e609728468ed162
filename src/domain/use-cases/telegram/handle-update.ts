// Handles one Telegram update from the webhook: deduplicated on update_id (Telegram delivers at least
// once), then membership changes (kicked → chat disabled; added back → its dead letters retried), group →
// supergroup migrations (followed), and commands: /start is answered here; other commands, plain messages
// and inline-button taps go to the feature registries (dispatch-types.ts). Messages from bots (including
// this one) are never acted on, except migration service messages.
import { BadRequestError } from '../../errors';
import { toLocale, translate } from '../../../shared/i18n';
import { KEYS, type KnownChat } from '../../model/telegram/outbox';
import { sendOwnMessage } from './bot-call';
import { nowMs, openBot, type TelegramDeps } from './deps';
import type { UpdateDeps } from './dispatch-types';
import { followIntakeMigration, INTAKE_COMMANDS, INTAKE_MESSAGE_HANDLERS } from './intake';
import { CONVERSATION_MESSAGE_HANDLERS } from './conversation';
import { CALLBACK_HANDLERS } from './callbacks';
import { bindFromStart } from './callbacks/account-link';
import { answerTap } from './callbacks/answer';
import { noteTopicState } from './issue-topic';
import { requeueDeadLetters } from './drain-outbox';
import { followMigration, markChatMembership } from './chat-membership';
import { noteHead } from './outbox-records';
import { parseUpdate, type ChatRef, type ParsedCallback, type ParsedMessage } from './update-shape';

const UPDATE_TTL_S = 3 * 24 * 3600;

export type UpdateOutcome = 'duplicate' | 'membership' | 'migration' | 'command' | 'message' | 'callback' | 'ignored';

const MESSAGE_HANDLERS = [...INTAKE_MESSAGE_HANDLERS, ...CONVERSATION_MESSAGE_HANDLERS];

async function rememberChat(deps: TelegramDeps, chat: ChatRef, botStatus: string): Promise<void> {
  const known: KnownChat = { chatId: chat.id, title: chat.title, type: chat.type, isForum: chat.isForum, botStatus, seenAt: nowMs(deps) };
  await deps.store.set(KEYS.known(chat.id), known);
}

async function answerStart(deps: TelegramDeps, message: ParsedMessage): Promise<void> {
  const locale = toLocale(message.languageCode);
  const text = translate(locale, message.chat.type === 'private' ? 'tg.bot.startPrivate' : 'tg.bot.start', { chatId: message.chat.id })
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  // A greeting that cannot be sent is not worth a redelivery of the update.
  await sendOwnMessage(deps, { chatId: message.chat.id, text, threadId: message.threadId, replyTo: message.messageId, button: null }, 'telegram /start answer not sent');
}

async function onMessage(deps: UpdateDeps, message: ParsedMessage, botUsername: string | null): Promise<UpdateOutcome> {
  if (!message.edited) await noteHead(deps, message.chat.id, message.messageId);
  if (message.migrateToChatId !== null) {
    await followMigration(deps, message.chat.id, message.migrateToChatId);
    await followIntakeMigration(deps, message, message.chat.id, message.migrateToChatId);
    return 'migration';
  }
  if (message.migrateFromChatId !== null) {
    await rememberChat(deps, message.chat, 'member');
    return 'migration';
  }
  if (message.topicEvent && message.threadId !== null) {
    await noteTopicState(deps, message.chat.id, message.threadId, message.topicEvent === 'closed');
    return 'ignored';
  }
  if (message.from?.isBot === true) return 'ignored';
  if (!message.command || message.edited) {
    for (const handler of MESSAGE_HANDLERS) if (await handler(deps, message)) return 'message';
    return 'ignored';
  }
  const { name, target, args } = message.command;
  if (target !== null && (botUsername === null || target.toLowerCase() !== botUsername.toLowerCase())) return 'ignored';
  if (name === 'start') {
    // `/start <code>` from the issue panel's deep link binds the person to their Jira account.
    if (args !== '' && (await bindFromStart(deps, message, args, (id) => deps.callbacks.issues.userName(id)))) return 'command';
    await rememberChat(deps, message.chat, 'member');
    await answerStart(deps, message);
    return 'command';
  }
  const handler = INTAKE_COMMANDS.get(name);
  return handler && (await handler(deps, message, args)) ? 'command' : 'ignored';
}

async function onCallback(deps: UpdateDeps, callback: ParsedCallback): Promise<UpdateOutcome> {
  if (callback.from.isBot) return 'ignored';
  const colon = callback.data.indexOf(':');
  const handler = colon > 0 ? CALLBACK_HANDLERS.get(callback.data.slice(0, colon)) : undefined;
  if (handler) {
    await handler(deps, callback, callback.data.slice(colon + 1));
    return 'callback';
  }
  // A button of an older version, or not ours: stop the client's spinner anyway.
  await answerTap(deps, callback, null);
  return 'ignored';
}

export async function handleTelegramUpdate(deps: UpdateDeps, raw: unknown): Promise<UpdateOutcome> {
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
    if (update.callback) return await onCallback(deps, update.callback);
    return 'ignored';
  } catch (error) {
    // Let Telegram deliver it again: the update was not handled.
    await deps.store.delete(KEYS.update(update.updateId));
    throw error;
  }
}
