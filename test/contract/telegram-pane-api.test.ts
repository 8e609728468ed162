// The people's-side routes the chat pane needs beyond posting: everyone as User objects (never a token),
// a person's private chat with the bot (opened once, then the same chat), the bot's answer to a tap (toast or
// alert) and the ForceReply kept with the bot's message. Driven with the real client for the bot's side.
import type { StandInRequest } from '../../sandbox/http-types';
import { handleTelegramClientApi } from '../../sandbox/telegram/telegram-client-api';
import { DEFAULT_BOT } from '../../sandbox/telegram/telegram-stand-in';
import { telegramHarness, type Harness } from './telegram-harness';

const req = (method: string, path: string, body: unknown = {}): StandInRequest => ({ method, path, query: new URLSearchParams(), headers: {}, body: method === 'GET' ? '' : JSON.stringify(body) });
const call = (h: Harness, method: string, path: string, body?: unknown): { status: number; json: unknown; body: string } => {
  const res = handleTelegramClientApi(h.tg, req(method, path, body));
  return { status: res.status, json: JSON.parse(res.body) as unknown, body: res.body };
};

describe('Telegram stand-in: the chat pane’s routes', () => {
  it('lists people and bots as User objects, without any token or webhook secret', async () => {
    const h = await telegramHarness();
    await h.api.setWebhook({ url: 'https://example.com/hook', secret_token: 'sEcReT_value_123' });
    h.tg.createUser({ firstName: 'Anna', username: 'anna_p' });
    const users = call(h, 'GET', '/users');
    expect(users.status).toBe(200);
    expect(users.json).toEqual(expect.arrayContaining([
      expect.objectContaining({ is_bot: true, username: DEFAULT_BOT.username }), expect.objectContaining({ is_bot: false, first_name: 'Anna' }),
    ]));
    expect(users.body).not.toContain(DEFAULT_BOT.token?.split(':')[1] ?? 'no token');
    expect(users.body).not.toContain('sEcReT_value_123');
  });

  it('opens a person’s private chat with the bot once, and what they send there reaches the bot', async () => {
    const h = await telegramHarness();
    const anna = h.tg.createUser({ firstName: 'Anna' }).id;
    const first = call(h, 'POST', `/users/${anna}/private-chat`);
    const again = call(h, 'POST', `/users/${anna}/private-chat`);
    expect(first.json).toMatchObject({ chat: { id: anna, type: 'private', first_name: 'Anna' } });
    expect(again.json).toEqual(first.json);
    call(h, 'POST', `/chats/${anna}/messages`, { userId: anna, text: '/start lbCODE' });
    const updates = (await h.api.getUpdates({})) as unknown as Array<{ message?: { text?: string } }>;
    expect(updates.map((u) => u.message?.text)).toEqual(['/start lbCODE']);
    expect(call(h, 'POST', '/users/42/private-chat').status).toBe(400);
    expect(call(h, 'POST', `/users/${anna}/private-chat`, { botId: 123 }).json).toEqual({ error: 'Telegram stand-in: no bot 123' });
  });

  it('shows the bot’s answer to a tap, and keeps the ForceReply it sent with a question', async () => {
    const h = await telegramHarness();
    const anna = h.tg.createUser({ firstName: 'Anna' }).id;
    const group = h.tg.createChat('group', 'ACME', [anna], { botStatus: 'administrator' }).id;
    const sent = await h.api.sendMessage({ chat_id: group, text: 'Assign?', reply_markup: { inline_keyboard: [[{ text: 'Assign to me', callback_data: 'as:1' }]] } });
    const tap = call(h, 'POST', `/chats/${group}/buttons`, { messageId: sent.message_id, userId: anna, data: 'as:1' }).json as { callback_query: { id: string } };
    expect(call(h, 'GET', `/callbacks/${tap.callback_query.id}`).json).toMatchObject({ answered: false });
    await h.api.answerCallbackQuery({ callback_query_id: tap.callback_query.id, text: 'Link your account first', show_alert: true });
    expect(call(h, 'GET', `/callbacks/${tap.callback_query.id}`).json).toMatchObject({ answered: true, answerText: 'Link your account first', showAlert: true });
    await h.api.sendMessage({ chat_id: group, text: '❓ When?', reply_markup: { force_reply: true, selective: true, input_field_placeholder: 'e.g. now' } });
    const listed = call(h, 'GET', `/chats/${group}/messages`).json as Array<{ markup?: unknown }>;
    expect(listed.at(-1)?.markup).toEqual({ force_reply: true, selective: true, input_field_placeholder: 'e.g. now' });
  });
});
