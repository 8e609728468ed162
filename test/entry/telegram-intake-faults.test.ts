// The intake's faults through the host: commands for another bot, messages from bots, a spam burst (one
// clear reply per window, then silence), huge answers (refused with the validator's reason, the draft kept),
// a group that becomes a supergroup mid-conversation (the draft follows), duplicate updates (filed once),
// forged webhook calls (403, nothing queued), the 30-minute timeout, forum topics and several people at once.
import { botMessages, deliverAll, useTelegramHost } from '../builders/telegram';
import { issuesLabelled } from '../builders/incident-host';
import { answer, DEFAULT_ANSWERS, fileTicket, lastReplyTo, linkedGroup, post } from '../builders/telegram-intake';

const host = useTelegramHost();

function webhook(update: unknown, secret: string | undefined) {
  const url = new URL(host().webTriggerUrl('telegram-webhook') ?? '');
  return host().callWebTrigger(url.pathname.split('/').pop() ?? '', {
    method: 'POST', path: url.pathname, query: new URLSearchParams(),
    headers: { 'content-type': 'application/json', ...(secret === undefined ? {} : { 'x-telegram-bot-api-secret-token': secret }) },
    body: JSON.stringify(update),
  });
}

const ticketUpdate = (updateId: number, chatId: number, userId: number, opts: { isBot?: boolean; text?: string; replyTo?: { id: number; text: string } } = {}) => ({
  update_id: updateId,
  message: {
    message_id: 9000 + updateId, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: 'group', title: 'Acme — support' },
    from: { id: userId, is_bot: opts.isBot === true, first_name: 'Client1', language_code: 'en' }, text: opts.text ?? '/ticket',
    ...(opts.text === undefined ? { entities: [{ type: 'bot_command', offset: 0, length: 7 }] } : {}),
    ...(opts.replyTo ? { reply_to_message: { message_id: opts.replyTo.id, date: 1, chat: { id: chatId, type: 'group' }, from: { id: host().telegram.bot().id, is_bot: true, first_name: 'LineBridge' }, text: opts.replyTo.text } } : {}),
  },
});

const filedKeys = (text: string): string[] => text.match(/SUP-\d+/g) ?? [];

describe('intake faults', () => {
  it('ignores /ticket for another bot and /ticket sent by a bot', async () => {
    const group = await linkedGroup(host());
    const client = group.clients[0] ?? 0;
    const before = botMessages(host(), group.chatId).length;
    await post(host(), group.chatId, client, '/ticket@some_other_bot');
    const secret = host().telegram.bot().webhookSecret;
    expect((await webhook(ticketUpdate(77_001, group.chatId, 555, { isBot: true }), secret)).status).toBe(200);
    await deliverAll(host());
    expect(botMessages(host(), group.chatId)).toHaveLength(before);
  });

  it('refuses a forged webhook call with 403 and queues nothing', async () => {
    const group = await linkedGroup(host());
    const pushes = () => host().calls.filter((c) => /queue\/publish/.test(c.path)).length;
    const before = pushes();
    expect((await webhook(ticketUpdate(77_002, group.chatId, group.clients[0] ?? 0), 'forged')).status).toBe(403);
    expect((await webhook(ticketUpdate(77_003, group.chatId, group.clients[0] ?? 0), undefined)).status).toBe(403);
    await deliverAll(host());
    expect(pushes()).toBe(before);
    const malformed = await host().callWebTrigger(new URL(host().webTriggerUrl('telegram-webhook') ?? '').pathname.split('/').pop() ?? '', {
      method: 'POST', path: '/', query: new URLSearchParams(), headers: { 'x-telegram-bot-api-secret-token': host().telegram.bot().webhookSecret }, body: '{not json',
    });
    expect(malformed.status).toBe(400);
    expect(pushes()).toBe(before);
  });

  it('files once when Telegram delivers the same updates twice', async () => {
    const group = await linkedGroup(host(), { clientId: 'ACME-042' });
    const client = group.clients[0] ?? 0;
    const secret = host().telegram.bot().webhookSecret;
    const start = ticketUpdate(78_000, group.chatId, client);
    expect(JSON.parse((await webhook(start, secret)).body)).toMatchObject({ outcome: 'queued' });
    expect(JSON.parse((await webhook(start, secret)).body)).toMatchObject({ outcome: 'duplicate' });
    await deliverAll(host(), { virtualMs: 10_000 });
    let id = 78_001;
    for (const text of DEFAULT_ANSWERS) {
      const prompt = botMessages(host(), group.chatId).at(-1);
      const update = ticketUpdate(id++, group.chatId, client, { text, replyTo: { id: prompt?.message.message_id ?? 0, text: prompt?.message.text ?? '' } });
      await webhook(update, secret);
      await webhook(update, secret);
      await deliverAll(host(), { virtualMs: 10_000 });
    }
    const texts = botMessages(host(), group.chatId).map((m) => m.message.text ?? '');
    expect(texts.filter((t) => t.includes('Question 1 of'))).toHaveLength(1);
    const keys = texts.flatMap(filedKeys);
    expect(new Set(keys).size).toBe(1);
    expect((await issuesLabelled(host(), 'linebridge')).filter((k) => k === keys[0])).toHaveLength(1);
  });

  it('limits new tickets per chat with one clear reply, then silence', async () => {
    const group = await linkedGroup(host(), { clients: 12 });
    for (const person of group.clients) host().telegram.postAsPerson(group.chatId, person, '/ticket');
    await deliverAll(host(), { virtualMs: 120_000, stepMs: 1000 });
    const texts = botMessages(host(), group.chatId).map((m) => m.message.text ?? '');
    expect(texts.filter((t) => t.includes('Question 1 of'))).toHaveLength(10);
    expect(texts.filter((t) => t.includes('many requests in a short time'))).toHaveLength(1);
  });

  it('answers a burst of messages within Telegram’s limits: one clear reply over the message limit, then silence', async () => {
    const group = await linkedGroup(host());
    const client = group.clients[0] ?? 0;
    let refused = 0;
    const handle = host().telegram.handle.bind(host().telegram);
    host().telegram.handle = async (req) => {
      const res = await handle(req);
      if (res.status === 429) refused++;
      return res;
    };
    // Limits count per calendar minute: start the burst at the beginning of one.
    await host().clock.advance(60_000 - (host().clock.now() % 60_000) + 1);
    for (let i = 0; i < 45; i++) host().telegram.postAsPerson(group.chatId, client, '/my');
    await deliverAll(host(), { virtualMs: 300_000, stepMs: 1000 });
    const texts = botMessages(host(), group.chatId).map((m) => m.message.text ?? '');
    expect(texts.filter((t) => t.includes('Too many messages'))).toHaveLength(1);
    expect(texts.filter((t) => t.includes('no open requests'))).toHaveLength(40);
    expect(refused).toBe(0);
  });

  it('keeps the draft when an answer is too long, and caps what it echoes', async () => {
    const group = await linkedGroup(host(), { clientId: 'ACME-042' });
    const client = group.clients[0] ?? 0;
    await post(host(), group.chatId, client, '/ticket');
    for (const text of DEFAULT_ANSWERS.slice(0, 4)) await answer(host(), group.chatId, client, text);
    const refused = await answer(host(), group.chatId, client, 'x'.repeat(4000));
    expect(refused?.message.text).toContain('This text is too long');
    expect(refused?.message.text).toContain('Question 5 of 5');
    const done = await answer(host(), group.chatId, client, 'call +1 555 0100');
    expect(done?.message.text).toContain('your request is filed');
  });

  it('follows a group that becomes a supergroup mid-conversation', async () => {
    const group = await linkedGroup(host(), { clientId: 'ACME-042' });
    const client = group.clients[0] ?? 0;
    await post(host(), group.chatId, client, '/ticket');
    await answer(host(), group.chatId, client, 'Printer queue stuck');
    const newId = host().telegram.migrateToSupergroup(group.chatId);
    await deliverAll(host(), { virtualMs: 10_000 });
    const reasked = lastReplyTo(host(), newId, client) ?? botMessages(host(), newId).at(-1);
    expect(reasked?.message.text).toContain('Question 2 of 5');
    await post(host(), newId, client, 'now', { replyTo: reasked?.message.message_id ?? 0 });
    for (const text of DEFAULT_ANSWERS.slice(2)) await answer(host(), newId, client, text);
    const result = lastReplyTo(host(), newId, client)?.message.text ?? '';
    expect(result).toContain('your request is filed');
    await post(host(), newId, client, `/status ${filedKeys(result)[0] ?? ''}`);
    expect(lastReplyTo(host(), newId, client)?.message.text).toContain('Printer queue stuck');
  });

  it('drops a draft after 30 minutes of silence and says so on the next message', async () => {
    const group = await linkedGroup(host(), { clientId: 'ACME-042' });
    const client = group.clients[0] ?? 0;
    await post(host(), group.chatId, client, '/ticket');
    await host().clock.advance(31 * 60_000);
    const late = await answer(host(), group.chatId, client, 'Something broke');
    expect(late?.message.text).toContain('dropped after 30 minutes');
    await post(host(), group.chatId, client, '/cancel');
    expect(lastReplyTo(host(), group.chatId, client)?.message.text).toContain('dropped after 30 minutes');
  });

  it('keeps separate drafts for several people, in forum topics too, and /cancel stops only one', async () => {
    const group = await linkedGroup(host(), { clients: 2, clientId: 'ACME-042', type: 'supergroup', isForum: true });
    const [ann = 0, bob = 0] = group.clients;
    const topic = host().telegram.createForumTopic(group.chatId, 'Billing', ann);
    await post(host(), group.chatId, ann, '/ticket', { threadId: topic.threadId });
    await post(host(), group.chatId, bob, '/ticket');
    expect(lastReplyTo(host(), group.chatId, ann)?.message.message_thread_id).toBe(topic.threadId);
    await answer(host(), group.chatId, ann, 'Invoice total is wrong', topic.threadId);
    await answer(host(), group.chatId, bob, 'Login page is blank');
    await post(host(), group.chatId, bob, '/cancel');
    expect(lastReplyTo(host(), group.chatId, bob)?.message.text).toContain('Request cancelled');
    for (const text of DEFAULT_ANSWERS.slice(1)) await answer(host(), group.chatId, ann, text, topic.threadId);
    const result = lastReplyTo(host(), group.chatId, ann);
    expect(result?.message.text).toContain('your request is filed');
    expect(result?.message.message_thread_id).toBe(topic.threadId);
    expect(await fileTicket(host(), group.chatId, bob)).toContain('your request is filed');
  });
});
