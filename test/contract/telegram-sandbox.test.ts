// The Telegram stand-in as the sandbox uses it: multipart uploads and commands from the real client,
// leaving a chat, state that survives a restart on the same SQLite database, webhook delivery to the host's
// web triggers, and the JSON client API behind the shell's chat pane.
import { InputFile } from 'node-telegram-bot-api';
import { SqliteDb } from '../../sandbox/db/sqlite';
import { jsonResponse, type StandInRequest } from '../../sandbox/http-types';
import { handleTelegramClientApi } from '../../sandbox/telegram/telegram-client-api';
import { deliverToWebTriggers } from '../../sandbox/telegram/telegram-host-glue';
import { TelegramStandIn } from '../../sandbox/telegram/telegram-stand-in';
import { apiError, telegramHarness } from './telegram-harness';

const post = (path: string, body: unknown): StandInRequest => ({ method: 'POST', path, query: new URLSearchParams(), headers: {}, body: JSON.stringify(body) });

describe('Telegram stand-in in the sandbox', () => {
  it('accepts a multipart sendDocument with an HTML caption from the real client', async () => {
    const h = await telegramHarness();
    const anna = h.tg.createUser({ firstName: 'Anna' }).id;
    const dm = h.tg.createChat('private', '', [anna]).id;
    const sent = await h.api.sendDocument({ chat_id: dm, document: new InputFile(new TextEncoder().encode('key,metric\nSUP-1,3'), { filename: 'panel.csv', contentType: 'text/csv' }), caption: '<b>Weekly</b> panel', parse_mode: 'HTML' });
    expect(sent).toMatchObject({ document: { file_name: 'panel.csv', mime_type: 'text/csv', file_size: 18 }, caption: 'Weekly panel', caption_entities: [{ type: 'bold', offset: 0, length: 6 }] });
    expect((await apiError(h.api.sendDocument({ chat_id: dm, document: 'x', caption: 'c'.repeat(1025) }))).description).toBe('Bad Request: message caption is too long');
  });

  it('keeps commands per scope and language, and refuses invalid ones', async () => {
    const h = await telegramHarness();
    await h.api.setMyCommands({ commands: [{ command: 'ticket', description: 'File a request' }, { command: 'status', description: 'Issue status' }] });
    await h.api.setMyCommands({ commands: [{ command: 'ticket', description: 'Создать заявку' }], language_code: 'ru' });
    expect((await h.api.getMyCommands({})).map((c) => c.command)).toEqual(['ticket', 'status']);
    expect(await h.api.getMyCommands({ language_code: 'ru' })).toEqual([{ command: 'ticket', description: 'Создать заявку' }]);
    expect((await apiError(h.api.setMyCommands({ commands: [{ command: 'Bad-Command', description: 'x' }] }))).description).toBe('Bad Request: BOT_COMMAND_INVALID');
  });

  it('lets the bot leave a group, after which Telegram says it is not a member', async () => {
    const h = await telegramHarness();
    const group = h.tg.createChat('group', 'Old client', [h.tg.createUser({ firstName: 'Anna' }).id]).id;
    expect(await h.api.leaveChat({ chat_id: group })).toBe(true);
    expect((await apiError(h.api.sendMessage({ chat_id: group, text: 'x' }))).description).toBe('Forbidden: bot is not a member of the group chat');
  });

  it('keeps chats, messages and pending updates in SQLite and resumes webhook delivery after a restart', async () => {
    const db = await SqliteDb.open(null);
    const first = new TelegramStandIn({ db, deliver: async () => ({ status: 503 }), schedule: () => () => undefined });
    const anna = first.createUser({ firstName: 'Anna' }).id;
    const dm = first.createChat('private', '', [anna]).id;
    await first.handle({ method: 'POST', path: `/bot${first.bot().token}/setWebhook`, query: new URLSearchParams(), headers: {}, body: 'url=https://example.com/hook' });
    first.postAsPerson(dm, anna, '/start');
    await first.webhookIdle();
    const delivered: string[] = [];
    const second = new TelegramStandIn({ db, deliver: async (_url, _h, body) => { delivered.push(body); return { status: 200 }; } });
    await second.webhookIdle();
    expect(second.listMessages(dm).map((m) => m.message.text)).toEqual(['/start']);
    expect(delivered.map((b) => (JSON.parse(b) as { message?: { text?: string } }).message?.text)).toEqual(['/start']);
  });

  it('delivers webhooks to the host\'s web triggers and cannot reach any other URL', async () => {
    const calls: StandInRequest[] = [];
    const deliver = deliverToWebTriggers('http://localhost:8080', async (id, req) => { calls.push(req); return jsonResponse(id === 'good' ? 200 : 404, {}); });
    expect(await deliver('http://localhost:8080/x1/good', { 'x-telegram-bot-api-secret-token': 's' }, '{"update_id":1}')).toEqual({ status: 200 });
    expect(calls[0]).toMatchObject({ method: 'POST', path: '/x1/good', headers: { 'x-telegram-bot-api-secret-token': 's' }, body: '{"update_id":1}' });
    await expect(deliver('https://example.com/x1/good', {}, '{}')).rejects.toThrow(/Connection refused/);
    const h = await telegramHarness({ deliver, allowInsecureWebhooks: true });
    await h.api.setWebhook({ url: 'http://localhost:8080/x1/missing' });
    const ann = h.tg.createUser({ firstName: 'Ann' }).id;
    h.tg.postAsPerson(h.tg.createChat('private', '', [ann]).id, ann, 'hi');
    await h.tg.webhookIdle();
    expect((await h.api.getWebhookInfo()).last_error_message).toBe('Wrong response from the webhook: 404 Not Found');
  });

  it('serves the chat pane: post as a person, tap a button, list the chat', async () => {
    const h = await telegramHarness();
    const anna = (JSON.parse(handleTelegramClientApi(h.tg, post('/users', { firstName: 'Anna' })).body) as { id: number }).id;
    const created = JSON.parse(handleTelegramClientApi(h.tg, post('/chats', { type: 'group', title: 'ACME', members: [anna], options: { botStatus: 'administrator' } })).body) as { id: number };
    const sent = await h.api.sendMessage({ chat_id: created.id, text: 'Rate', reply_markup: { inline_keyboard: [[{ text: '5', callback_data: 'r5' }]] } });
    const posted = handleTelegramClientApi(h.tg, post(`/chats/${created.id}/messages`, { userId: anna, text: 'hello', replyToMessageId: sent.message_id }));
    expect(JSON.parse(posted.body)).toMatchObject({ message: { text: 'hello', reply_to_message: { message_id: sent.message_id } }, update: { message: { text: 'hello' } } });
    const tap = handleTelegramClientApi(h.tg, post(`/chats/${created.id}/buttons`, { messageId: sent.message_id, userId: anna, data: 'r5' }));
    expect(JSON.parse(tap.body)).toMatchObject({ callback_query: { data: 'r5' } });
    const list = handleTelegramClientApi(h.tg, { ...post(`/chats/${created.id}/messages`, {}), method: 'GET', body: '' });
    expect((JSON.parse(list.body) as Array<{ sender: string }>).map((m) => m.sender)).toEqual(['bot', 'person']);
    expect(handleTelegramClientApi(h.tg, post('/chats/1/messages', { userId: 'x' })).status).toBe(400);
  });
});
