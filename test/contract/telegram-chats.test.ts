// Chat life and failures as Telegram answers them, through the real node-telegram-bot-api v2 client: flood
// control per chat, per group and when hammered; group → supergroup migration; a kicked or blocked bot;
// admins; replies, edits and deletes; injected 429/500/timeouts.
import { Api, TimeoutError } from 'node-telegram-bot-api';
import { apiError, messageOf, myChatMemberOf, telegramHarness, type Harness } from './telegram-harness';

async function people(h: Harness): Promise<{ anna: number; boris: number }> {
  return { anna: h.tg.createUser({ firstName: 'Anna' }).id, boris: h.tg.createUser({ firstName: 'Boris', username: 'boris_l2' }).id };
}

describe('Telegram stand-in: flood control', () => {
  it('tolerates a short burst in one chat, then answers 429 with retry_after', async () => {
    const h = await telegramHarness();
    const { anna } = await people(h);
    const dm = h.tg.createChat('private', '', [anna]).id;
    for (let i = 0; i < 3; i++) await h.api.sendMessage({ chat_id: dm, text: `burst ${i}` });
    const limited = await apiError(h.api.sendMessage({ chat_id: dm, text: 'one too many' }));
    expect([limited.errorCode, limited.description, limited.retryAfter]).toEqual([429, 'Too Many Requests: retry after 1', 1]);
    await h.advance(1000);
    expect((await h.api.sendMessage({ chat_id: dm, text: 'after the wait' })).text).toBe('after the wait');
  });

  it('allows 20 messages a minute in a group and names the wait until the window frees', async () => {
    const h = await telegramHarness();
    const { anna } = await people(h);
    const group = h.tg.createChat('group', 'Clients', [anna]).id;
    for (let i = 0; i < 20; i++) {
      await h.api.sendMessage({ chat_id: group, text: `event ${i}` });
      await h.advance(1000);
    }
    const limited = await apiError(h.api.sendMessage({ chat_id: group, text: 'event 20' }));
    expect(limited.retryAfter).toBe(40);
    await h.advance(40_000);
    expect((await h.api.sendMessage({ chat_id: group, text: 'event 20' })).message_id).toBe(21);
  });

  it('makes the wait grow when the bot keeps calling before it is over', async () => {
    const h = await telegramHarness();
    const { anna } = await people(h);
    const dm = h.tg.createChat('private', '', [anna]).id;
    for (let i = 0; i < 3; i++) await h.api.sendMessage({ chat_id: dm, text: `${i}` });
    const waits: number[] = [];
    for (let i = 0; i < 10; i++) waits.push((await apiError(h.api.sendMessage({ chat_id: dm, text: 'again' }))).retryAfter ?? 0);
    expect(waits[0]).toBe(1);
    expect(waits[9]).toBeGreaterThanOrEqual(40);
    expect(waits).toEqual([...waits].sort((a, b) => a - b));
  });

  it('caps one bot at about 30 messages a second across chats', async () => {
    const h = await telegramHarness();
    const chats = Array.from({ length: 31 }, () => h.tg.createChat('private', '', [h.tg.createUser({ firstName: 'P' }).id]).id);
    for (const chat of chats.slice(0, 30)) await h.api.sendMessage({ chat_id: chat, text: 'hi' });
    expect((await apiError(h.api.sendMessage({ chat_id: chats[30] ?? 0, text: 'hi' }))).retryAfter).toBe(1);
  });
});

describe('Telegram stand-in: chats that change under the bot', () => {
  it('answers a migrated group with migrate_to_chat_id and shows the migration on both ids', async () => {
    const h = await telegramHarness();
    const { anna } = await people(h);
    const group = h.tg.createChat('group', 'ACME', [anna], { botStatus: 'administrator' }).id;
    await h.api.getUpdates({ offset: -1 });
    const supergroup = h.tg.migrateToSupergroup(group);
    expect(String(supergroup)).toMatch(/^-100\d{10}$/);
    const error = await apiError(h.api.sendMessage({ chat_id: group, text: 'SUP-1 resolved' }));
    expect([error.errorCode, error.description, error.migrateToChatId]).toEqual([400, 'Bad Request: group chat was upgraded to a supergroup chat', supergroup]);
    const updates = await h.api.getUpdates({ offset: -2 });
    expect(updates.map((u) => [messageOf(u)?.chat.id, messageOf(u)?.migrate_to_chat_id, messageOf(u)?.migrate_from_chat_id])).toEqual([[group, supergroup, undefined], [supergroup, undefined, group]]);
    expect((await h.api.sendMessage({ chat_id: supergroup, text: 'SUP-1 resolved' })).chat).toMatchObject({ id: supergroup, type: 'supergroup', title: 'ACME' });
  });

  it('answers 403 once the bot is kicked from a group or blocked in a private chat, and tells the bot', async () => {
    const h = await telegramHarness();
    const { anna, boris } = await people(h);
    const group = h.tg.createChat('supergroup', 'ACME', [anna]).id;
    h.tg.kickBot(group);
    const kicked = await apiError(h.api.sendMessage({ chat_id: group, text: 'hello?' }));
    expect([kicked.errorCode, kicked.description]).toEqual([403, 'Forbidden: bot was kicked from the supergroup chat']);
    const basic = h.tg.createChat('group', 'Old', [anna]).id;
    h.tg.kickBot(basic);
    expect((await apiError(h.api.sendMessage({ chat_id: basic, text: 'x' }))).description).toBe('Forbidden: bot was kicked from the group chat');
    const dm = h.tg.createChat('private', '', [boris]).id;
    h.tg.kickBot(dm);
    expect((await apiError(h.api.sendMessage({ chat_id: dm, text: 'x' }))).description).toBe('Forbidden: bot was blocked by the user');
    const statuses = (await h.api.getUpdates({})).flatMap((u) => (myChatMemberOf(u) ? [myChatMemberOf(u)?.new_chat_member.status] : []));
    expect(statuses).toEqual(['member', 'kicked', 'member', 'kicked', 'kicked']);
  });

  it('lists group admins (people only) and their rights for "/link by an admin"', async () => {
    const h = await telegramHarness();
    const { anna, boris } = await people(h);
    const group = h.tg.createChat('supergroup', 'ACME', [anna, boris], { botStatus: 'administrator' }).id;
    expect((await h.api.getChatMember({ chat_id: group, user_id: boris })).status).toBe('member');
    h.tg.setAdmin(group, boris, true);
    const admins = await h.api.getChatAdministrators({ chat_id: group });
    expect(admins.map((a) => [a.user.id, a.status])).toEqual([[anna, 'creator'], [boris, 'administrator']]);
    expect((await h.api.getChatMember({ chat_id: group, user_id: h.tg.bot().id })).status).toBe('administrator');
  });
});

describe('Telegram stand-in: replies, edits and deletes', () => {
  it('threads replies, refuses a missing target unless allowed, edits and deletes the bot\'s own messages', async () => {
    const h = await telegramHarness();
    const { anna } = await people(h);
    const group = h.tg.createChat('group', 'ACME', [anna]).id;
    const first = await h.api.sendMessage({ chat_id: group, text: 'SUP-7 created', reply_markup: { inline_keyboard: [[{ text: 'Assign to me', callback_data: 'assign:SUP-7' }]] } });
    const reply = await h.api.sendMessage({ chat_id: group, text: 'SUP-7 → In Progress', reply_parameters: { message_id: first.message_id } });
    expect(reply.reply_to_message).toMatchObject({ message_id: first.message_id, text: 'SUP-7 created' });
    await h.advance(2000);
    expect((await apiError(h.api.sendMessage({ chat_id: group, text: 'x', reply_parameters: { message_id: 999 } }))).description).toBe('Bad Request: message to be replied not found');
    expect((await h.api.sendMessage({ chat_id: group, text: 'x', reply_parameters: { message_id: 999, allow_sending_without_reply: true } })).reply_to_message).toBeUndefined();
    const edited = await h.api.editMessageText({ chat_id: group, message_id: first.message_id, text: '<b>SUP-7</b> created', parse_mode: 'HTML' });
    expect(edited).toMatchObject({ text: 'SUP-7 created', entities: [{ type: 'bold', offset: 0, length: 5 }] });
    expect(edited).toHaveProperty('edit_date', Math.floor(h.now() / 1000));
    expect(edited).not.toHaveProperty('reply_markup');
    expect((await apiError(h.api.editMessageText({ chat_id: group, message_id: first.message_id, text: '<b>SUP-7</b> created', parse_mode: 'HTML' }))).description).toMatch(/^Bad Request: message is not modified/);
    expect(await h.api.deleteMessage({ chat_id: group, message_id: reply.message_id })).toBe(true);
    expect((await apiError(h.api.deleteMessage({ chat_id: group, message_id: reply.message_id }))).description).toBe('Bad Request: message to delete not found');
    expect((await apiError(h.api.editMessageText({ chat_id: group, message_id: 999, text: 'x' }))).description).toBe('Bad Request: message to edit not found');
  });
});

describe('Telegram stand-in: injected faults', () => {
  it('answers the next call with a 429, a 500 or a hang, with or without doing the work', async () => {
    const h = await telegramHarness({ hangMs: 200 });
    const { anna } = await people(h);
    const dm = h.tg.createChat('private', '', [anna]).id;
    h.tg.failNext('sendMessage', 429, { retryAfter: 7 });
    expect((await apiError(h.api.sendMessage({ chat_id: dm, text: 'a' }))).retryAfter).toBe(7);
    h.tg.failNext('sendMessage', 500, { applied: true });
    expect((await apiError(h.api.sendMessage({ chat_id: dm, text: 'lost reply' }))).errorCode).toBe(500);
    h.tg.failNext('sendMessage', 'timeout');
    const impatient = new Api(h.tg.bot().token, { fetch: h.fetch, maxRetries: 0, timeoutMs: 50 });
    await expect(impatient.sendMessage({ chat_id: dm, text: 'never' })).rejects.toBeInstanceOf(TimeoutError);
    expect(h.tg.listMessages(dm).map((m) => m.message.text)).toEqual(['lost reply']);
  });
});
