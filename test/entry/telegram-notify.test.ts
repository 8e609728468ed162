// Status changes, comments and resolutions of seeded issues reach the team chat through the shipped
// trigger, outbox and consumer: the right emoji, threaded as replies to the first message, an
// "Open in Jira" button, forum topics, client chats without internal comments, languages per chat.
import type { StoredMessage } from '../../sandbox/telegram/telegram-stand-in';
import { botMessages, comment, deliverAll, saveTelegramSettings, teamChat, transition, useTelegramHost } from '../builders/telegram';

const host = useTelegramHost();

const textOf = (m: StoredMessage | undefined): string => m?.message.text ?? '';

describe('notifications in the team chat', () => {
  it('posts a comment, a status change and a resolution with their emoji, threaded per issue', async () => {
    const chat = await teamChat(host());
    await saveTelegramSettings(host(), [{ chatId: chat }]);
    await comment(host(), 'SUP-1', 'Rolled back the payment gateway.');
    await deliverAll(host());
    await transition(host(), 'SUP-1', '51', { resolution: { name: 'Done' } });
    await deliverAll(host());
    await transition(host(), 'SUP-2', '41');
    await deliverAll(host());
    const [first, resolved, status] = botMessages(host(), chat);
    expect(textOf(first)).toMatch(/^💬 SUP-1 · .*Payment page returns 502/);
    expect(textOf(first)).toContain('Rolled back the payment gateway.');
    expect(textOf(resolved)).toMatch(/^✅ SUP-1 /);
    expect(textOf(resolved)).toContain('Resolved: In Progress → Resolved');
    expect(resolved?.message.reply_to_message?.message_id).toBe(first?.message.message_id);
    expect(textOf(status)).toMatch(/^🔄 SUP-2 /);
    expect(textOf(status)).toContain('Waiting for customer → In Progress');
    expect(status?.message.reply_to_message).toBeUndefined();
    expect(first?.message.reply_markup?.inline_keyboard[0]?.[0]).toMatchObject({ text: 'Open in Jira', url: expect.stringMatching(/\/browse\/SUP-1$/) as unknown });
    expect(first?.message.entities?.some((e) => e.type === 'text_link' || e.type === 'bold')).toBe(true);
  });

  it('follows the route filters: event types, priorities and projects', async () => {
    const chat = await teamChat(host());
    await saveTelegramSettings(host(), [{ chatId: chat, events: ['resolved'], priorities: ['Critical'] }, { chatId: chat, projectKey: 'OPS' }]);
    await comment(host(), 'SUP-1', 'Not routed: comments are off.');
    await transition(host(), 'SUP-2', '41');
    await deliverAll(host());
    await transition(host(), 'SUP-1', '51', { resolution: { name: 'Done' } });
    await deliverAll(host());
    expect(botMessages(host(), chat).map(textOf)).toEqual([expect.stringMatching(/^✅ SUP-1 /)]);
  });

  it('uses the emoji the admin chose and the language of the chat', async () => {
    const chat = await teamChat(host());
    await saveTelegramSettings(host(), [{ chatId: chat, locale: 'ru' }], { emojis: { commented: '🗨️' } });
    await comment(host(), 'SUP-2', 'Клиент ответил.');
    await deliverAll(host());
    const [message] = botMessages(host(), chat);
    expect(textOf(message)).toMatch(/^🗨️ SUP-2/);
    expect(textOf(message)).toContain('пишет:');
    expect(message?.message.reply_markup?.inline_keyboard[0]?.[0]?.text).toBe('Открыть в Jira');
  });

  it('keeps internal comments and team-only fields out of a client chat', async () => {
    const team = await teamChat(host());
    const client = await teamChat(host(), 'supergroup', { title: 'Client ACME' });
    await saveTelegramSettings(host(), [{ chatId: team }, { chatId: client, publicOnly: true, events: ['commented', 'statusChanged', 'resolved'] }]);
    await comment(host(), 'SUP-2', 'Internal: the client is on the legacy plan.', { internal: true });
    await comment(host(), 'SUP-2', 'Role-restricted note.', { visibility: { type: 'role', value: 'Members' } });
    await comment(host(), 'SUP-2', 'We are looking into it.');
    await deliverAll(host());
    const clientTexts = botMessages(host(), client).map(textOf);
    expect(clientTexts).toHaveLength(1);
    expect(clientTexts[0]).toContain('We are looking into it.');
    expect(clientTexts[0]).not.toMatch(/Priority/);
    expect(botMessages(host(), team).map(textOf).join('\n')).toContain('Internal: the client is on the legacy plan.');
    expect(botMessages(host(), team)).toHaveLength(3);
  });

  it('posts into a forum topic', async () => {
    const forum = await teamChat(host(), 'supergroup', { isForum: true, title: 'Support forum' });
    const topic = host().telegram.createForumTopic(forum, 'SUP notifications');
    await saveTelegramSettings(host(), [{ chatId: forum, topicId: topic.threadId }]);
    await comment(host(), 'SUP-1', 'Topic message.');
    await deliverAll(host());
    const [message] = botMessages(host(), forum);
    expect(message?.message.message_thread_id).toBe(topic.threadId);
  });

  it('coalesces a burst for one chat into a digest that covers each notification once', async () => {
    const chat = await teamChat(host());
    await saveTelegramSettings(host(), [{ chatId: chat, events: ['commented'] }], { digest: { enabled: true, threshold: 2 } });
    for (let i = 0; i < 8; i++) await comment(host(), `SUP-${(i % 3) + 1}`, `burst item ${i}.`);
    await deliverAll(host(), { virtualMs: 30_000 });
    const all = botMessages(host(), chat).map(textOf).join('\n');
    for (let i = 0; i < 8; i++) expect(all.split(`burst item ${i}.`)).toHaveLength(2);
    expect(botMessages(host(), chat).length).toBeLessThan(8);
    expect(all).toMatch(/📦 \d+ updates/);
  });
});
