// Builders for the inline-button entry tests: link a seeded Jira person to a new Telegram user through the
// issue panel's resolver and the bot's deep link, put people in the team chat, find a notification's
// buttons and tap them on the stand-in's people side. Holds no assertions.
import type { LocalHost } from '../../sandbox/host/local-host';
import type { CallbackDoc } from '../../sandbox/telegram/telegram-store';
import type { StoredMessage } from '../../sandbox/telegram/telegram-stand-in';
import type { Result, TelegramAccountLinkDto } from '../../src/shared/contract';
import { botMessages, deliverAll } from './telegram';

export const PANEL_MODULE = 'linebridge-handoff-panel';

export async function accountLink(host: LocalHost, accountId: string, action: 'status' | 'create' | 'remove'): Promise<TelegramAccountLinkDto> {
  const result = (await host.invokeResolver({ moduleKey: PANEL_MODULE, functionKey: 'telegram/account-link', payload: { action }, accountId, context: {} })) as Result<TelegramAccountLinkDto>;
  if (!result.ok) throw new Error(`telegram/account-link ${action}: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** A Telegram user in a private chat with the bot; sends `/start <payload>` there. */
export async function startInPrivate(host: LocalHost, userId: number, payload: string): Promise<StoredMessage[]> {
  if (!host.telegram.chat(userId)) host.telegram.createChat('private', '', [userId]);
  host.telegram.postAsPerson(userId, userId, `/start ${payload}`);
  await deliverAll(host);
  return botMessages(host, userId);
}

/** A new Telegram user linked to `accountId` (the full path: panel → deep link → /start in the bot's chat). */
export async function linkedPerson(host: LocalHost, accountId: string, firstName: string): Promise<number> {
  const person = host.telegram.createUser({ firstName, languageCode: 'en' });
  const link = await accountLink(host, accountId, 'create');
  const code = new URL(link.deepLink ?? '').searchParams.get('start') ?? '';
  await startInPrivate(host, person.id, code);
  return person.id;
}

export function joinChat(host: LocalHost, chatId: number, userId: number): void {
  host.telegram.addMember(chatId, userId);
}

/** The newest bot message in the chat whose text starts with `prefix`. */
export function messageStarting(host: LocalHost, chatId: number, prefix: string): StoredMessage {
  const found = botMessages(host, chatId).filter((m) => (m.message.text ?? '').startsWith(prefix)).at(-1);
  if (!found) throw new Error(`no bot message starting with ${prefix} in ${chatId}: ${JSON.stringify(botMessages(host, chatId).map((m) => m.message.text))}`);
  return found;
}

export function callbackButtons(message: StoredMessage): { text: string; data: string }[] {
  return (message.message.reply_markup?.inline_keyboard.flat() ?? []).flatMap((b) => (b.callback_data ? [{ text: b.text, data: b.callback_data }] : []));
}

/** Taps the button with this text under `message` as `userId`; the callback answer Telegram recorded. */
export async function tap(host: LocalHost, message: StoredMessage, userId: number, text: string): Promise<CallbackDoc> {
  const button = callbackButtons(message).find((b) => b.text === text);
  if (!button) throw new Error(`no button ${text}: ${JSON.stringify(callbackButtons(message))}`);
  const update = host.telegram.pressButton(message.message.chat.id, message.message.message_id, userId, button.data);
  await deliverAll(host);
  const id = (update as { callback_query?: { id?: string } } | undefined)?.callback_query?.id ?? '';
  const answer = host.telegram.callbackAnswer(id);
  if (!answer) throw new Error(`no callback ${id}`);
  return answer;
}
