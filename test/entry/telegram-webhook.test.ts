// The telegram-webhook web trigger through the host, as Telegram calls it: the secret header checked
// (403 and nothing done otherwise), update_id deduplicated, /start answered in the person's language,
// commands for other bots ignored, and chats the bot joins listed for the admin page.
import { botMessages, deliverAll, teamChat, telegramStatus, useTelegramHost } from '../builders/telegram';

const host = useTelegramHost();

async function post(update: unknown, secret: string | undefined) {
  const url = new URL(host().webTriggerUrl('telegram-webhook') ?? '');
  const id = url.pathname.split('/').pop() ?? '';
  const res = await callWebhook(id, url, update, secret);
  // The web trigger queues the update (telegram-updates): let the consumer handle it.
  await deliverAll(host());
  return res;
}

function callWebhook(id: string, url: URL, update: unknown, secret: string | undefined) {
  return host().callWebTrigger(id, {
    method: 'POST', path: url.pathname, query: new URLSearchParams(),
    headers: { 'content-type': 'application/json', ...(secret === undefined ? {} : { 'x-telegram-bot-api-secret-token': secret }) },
    body: JSON.stringify(update),
  });
}

const startUpdate = (updateId: number, chatId: number) => ({
  update_id: updateId,
  message: { message_id: 5, date: 1_700_000_000, chat: { id: chatId, type: 'private', first_name: 'Ivan' }, from: { id: chatId, is_bot: false, first_name: 'Ivan', language_code: 'ru' }, text: '/start', entities: [{ type: 'bot_command', offset: 0, length: 6 }] },
});

describe('the Telegram webhook', () => {
  it('answers 403 to a request without the right secret and does nothing', async () => {
    const person = host().telegram.createUser({ firstName: 'Ivan', languageCode: 'ru' });
    host().telegram.createChat('private', '', [person.id]);
    const kvsWrites = () => host().calls.filter((c) => c.target.type === 'kvs' && /set/.test(c.path)).length;
    const before = kvsWrites();
    expect((await post(startUpdate(900, person.id), undefined)).status).toBe(403);
    expect((await post(startUpdate(900, person.id), 'wrong-secret')).status).toBe(403);
    expect(kvsWrites()).toBe(before);
    expect(botMessages(host(), person.id)).toHaveLength(0);
    // The same update with the right secret is still new: the refused ones left no trace.
    expect((await post(startUpdate(900, person.id), host().telegram.bot().webhookSecret)).status).toBe(200);
    expect(botMessages(host(), person.id)).toHaveLength(1);
    expect(kvsWrites()).toBeGreaterThan(before);
  });

  it('handles a redelivered update once', async () => {
    const person = host().telegram.createUser({ firstName: 'Ivan', languageCode: 'ru' });
    host().telegram.createChat('private', '', [person.id]);
    const secret = host().telegram.bot().webhookSecret;
    const first = await post(startUpdate(901, person.id), secret);
    const again = await post(startUpdate(901, person.id), secret);
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(JSON.parse(again.body)).toMatchObject({ outcome: 'duplicate' });
    expect(botMessages(host(), person.id)).toHaveLength(1);
  });

  it('answers /start politely in the person’s language and tells the chat id; ignores commands for other bots', async () => {
    const chat = await teamChat(host());
    const person = host().telegram.createUser({ firstName: 'Пётр', languageCode: 'ru' });
    host().telegram.addMember(chat, person.id);
    host().telegram.postAsPerson(chat, person.id, '/start@some_other_bot');
    host().telegram.postAsPerson(chat, person.id, '/ticket Printer is on fire');
    host().telegram.postAsPerson(chat, person.id, `/start@${host().telegram.bot().username}`);
    await deliverAll(host());
    // /ticket in a chat that is not linked gets the intake's one polite answer (telegram-intake-link.test.ts).
    const replies = botMessages(host(), chat).filter((m) => !(m.message.text ?? '').includes('/link'));
    expect(replies).toHaveLength(1);
    expect(replies[0]?.message.text).toContain('Здравствуйте');
    expect(replies[0]?.message.text).toContain(String(chat));
    expect(host().telegram.bot().lastErrorMessage).toBeNull();
  });

  it('lists the chats the bot was added to for the admin page', async () => {
    const chat = await teamChat(host(), 'supergroup', { title: 'Support <team> & co' });
    const status = await telegramStatus(host());
    expect(status.knownChats).toEqual([expect.objectContaining({ chatId: chat, title: 'Support <team> & co', type: 'supergroup', botStatus: 'member' })]);
  });

  it('stores nothing for an update it cannot read, and says so', async () => {
    const writes = () => host().calls.filter((c) => c.target.type === 'kvs' && /set/.test(c.path)).length;
    const before = writes();
    const res = await post({ hello: 'world' }, host().telegram.bot().webhookSecret);
    expect(res.status).toBe(400);
    expect(writes()).toBe(before);
  });
});
