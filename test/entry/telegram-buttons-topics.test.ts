// "One forum topic per issue" and lost-answer probing with inline keyboards, through the host: the first
// message about an issue opens a topic "KEY summary", later ones go into it, a closed or deleted topic (or
// a bot without the right to open topics) falls back to the route's thread; a send whose answer was lost
// is found again by probing with the identical text *and keyboard*, so it is neither repeated nor edited.
import type { StoredMessage } from '../../sandbox/telegram/telegram-stand-in';
import { botMessages, comment, deliverAll, saveTelegramSettings, teamChat, useTelegramHost } from '../builders/telegram';
import { callbackButtons } from '../builders/telegram-buttons';

const host = useTelegramHost({ timeoutMs: 300 });

/** A forum where the bot is an admin (allowed to manage topics), routed with one topic per issue. */
async function forum(botStatus: 'administrator' | 'member' = 'administrator'): Promise<number> {
  const person = host().telegram.createUser({ firstName: 'Olga', languageCode: 'en' });
  const chat = host().telegram.createChat('supergroup', 'Support forum', [person.id], { isForum: true, ...(botStatus === 'administrator' ? { botStatus } : {}) });
  await host().telegram.webhookIdle();
  await saveTelegramSettings(host(), [{ chatId: chat.id, events: ['commented'], topicPerIssue: true }]);
  return chat.id;
}

const notices = (chat: number): StoredMessage[] => botMessages(host(), chat).filter((m) => m.message.text !== undefined);
const threadOf = (m: StoredMessage | undefined): number | undefined => m?.message.message_thread_id;

describe('one forum topic per issue', () => {
  it('opens a topic named after the issue on its first message and keeps its messages there', async () => {
    const chat = await forum();
    await comment(host(), 'SUP-1', 'First about SUP-1.');
    await deliverAll(host());
    await comment(host(), 'SUP-2', 'First about SUP-2.');
    await deliverAll(host());
    await comment(host(), 'SUP-1', 'Second about SUP-1.');
    await deliverAll(host());
    const topics = host().telegram.topics(chat);
    expect(topics.map((t) => t.name)).toEqual([expect.stringMatching(/^SUP-1 Payment page returns 502/), expect.stringMatching(/^SUP-2 /)]);
    expect(topics.every((t) => t.name.length <= 128)).toBe(true);
    const [a1, b1, a2] = notices(chat);
    expect(threadOf(a1)).toBe(topics[0]?.threadId);
    expect(threadOf(a2)).toBe(topics[0]?.threadId);
    expect(threadOf(b1)).toBe(topics[1]?.threadId);
    // The topic is the thread: no reply chain inside it.
    expect(a2?.message.reply_to_message?.message_id).toBe(topics[0]?.threadId);
  });

  it('falls back to the general thread when the issue’s topic was deleted, and loses nothing', async () => {
    const chat = await forum();
    await comment(host(), 'SUP-1', 'Into the topic.');
    await deliverAll(host());
    const [topic] = host().telegram.topics(chat);
    host().telegram.deleteForumTopic(chat, topic?.threadId ?? 0);
    await comment(host(), 'SUP-1', 'After the topic was deleted.');
    await deliverAll(host());
    const last = notices(chat).at(-1);
    expect(last?.message.text).toContain('After the topic was deleted.');
    expect(threadOf(last)).toBeUndefined();
    expect(host().telegram.topics(chat)).toHaveLength(0);
  });

  it('falls back to the general thread once an admin closed the topic', async () => {
    const chat = await forum();
    await comment(host(), 'SUP-1', 'Into the topic.');
    await deliverAll(host());
    const [topic] = host().telegram.topics(chat);
    host().telegram.setForumTopicClosed(chat, topic?.threadId ?? 0, true);
    await deliverAll(host());
    await comment(host(), 'SUP-1', 'After the topic was closed.');
    await deliverAll(host());
    const last = notices(chat).at(-1);
    expect(last?.message.text).toContain('After the topic was closed.');
    expect(threadOf(last)).toBeUndefined();
  });

  it('uses the general thread when the bot may not open topics', async () => {
    const chat = await forum('member');
    await comment(host(), 'SUP-1', 'No right to open topics.');
    await deliverAll(host());
    expect(host().telegram.topics(chat)).toHaveLength(0);
    expect(notices(chat).map((m) => m.message.text)).toEqual([expect.stringContaining('No right to open topics.')]);
  });
});

describe('lost answers with a keyboard', () => {
  it('finds the message by probing with the identical keyboard: one message, buttons intact, never edited', async () => {
    const chat = await teamChat(host());
    await saveTelegramSettings(host(), [{ chatId: chat }]);
    await comment(host(), 'SUP-1', 'First, so the chat has a known head.');
    await deliverAll(host());
    host().telegram.failNext('sendMessage', 500, { applied: true });
    await comment(host(), 'SUP-1', 'Sent, but the answer was lost.');
    await deliverAll(host(), { virtualMs: 30_000 });
    const copies = host().telegram.listMessages(chat).filter((m) => m.sender === 'bot' && (m.message.text ?? '').includes('Sent, but the answer was lost.'));
    expect(copies).toHaveLength(1);
    expect(copies[0]?.deleted).toBe(false);
    expect(copies[0]?.message.edit_date).toBeUndefined();
    expect(callbackButtons(copies[0] as StoredMessage).map((b) => b.text)).toEqual(['🙋 Assign to me']);
  });
});
