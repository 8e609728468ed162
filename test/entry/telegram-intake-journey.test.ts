// Issue 9's "Done when", end to end through the host with no shortcuts: a group linked with a real code and
// `/link`, `/ticket` answered in the chat, the key returned; the client's reply to that answer becomes a Jira
// comment; line 2's public comment reaches the chat (no route configured by hand: the link does it) and an
// internal one does not; a reply while the issue waits for the customer resumes the SLA clock.
import { drain, saveDefaultSla, slaProperty, transition } from '../builders/sla-host';
import { botMessages, comment, saveTelegramSettings, teamChat, useTelegramHost } from '../builders/telegram';
import { comments, fromTelegram, statusOf } from '../builders/telegram-conversation';
import { fileTicket, linkedGroup, post, settleChat } from '../builders/telegram-intake';

const host = useTelegramHost();
beforeEach(async () => {
  await saveDefaultSla(host());
  await drain(host());
});

const keyIn = (text: string): string => /\b(SUP-\d+)\b/.exec(text)?.[1] ?? '';
const texts = (chatId: number): string[] => botMessages(host(), chatId).map((m) => m.message.text ?? '');
const plain = (adf: unknown): string => JSON.stringify(adf);

describe('a linked client group, from /ticket to a conversation with line 2', () => {
  it('files with /ticket, keeps the conversation on the issue both ways and resumes the SLA on a reply', async () => {
    const team = await teamChat(host());
    await saveTelegramSettings(host(), [{ chatId: team, events: ['created'] }]);
    const group = await linkedGroup(host(), { clientId: 'ACME-042' });
    const client = group.clients[0] ?? 0;
    const result = await fileTicket(host(), group.chatId, client);
    const key = keyIn(result);
    expect(key).not.toBe('');
    // The team hears about it although the app filed it (its own product events never reach its triggers),
    // and the issue has its SLA state at once; the client chat got the key and no "created" copy.
    await settleChat(host());
    expect(texts(team).filter((t) => t.includes(key))).toHaveLength(1);
    expect(await slaProperty(host(), key)).toMatchObject({ resolution: { state: 'running' } });
    expect(texts(group.chatId).filter((t) => t.includes(key))).toHaveLength(1);

    // The client answers the bot's "filed" message: that reply is about the new issue.
    const filedMessage = botMessages(host(), group.chatId).at(-1)?.message.message_id ?? 0;
    await post(host(), group.chatId, client, 'Also: exports of March fail the same way', { replyTo: filedMessage });
    const fromChat = (await comments(host(), key)).filter(fromTelegram);
    expect(fromChat).toHaveLength(1);
    expect(plain(fromChat[0]?.body)).toContain('Also: exports of March fail the same way');

    // Line 2 moves it to Open and asks publicly: the question reaches the chat; an internal note does not.
    await transition(host(), key, '11', 'line1');
    await comment(host(), key, 'Which browser do your teachers use?');
    await comment(host(), key, 'internal: probably the CSV worker again', { internal: true });
    await settleChat(host());
    const chat = texts(group.chatId);
    expect(chat.some((t) => t.includes('Which browser do your teachers use?'))).toBe(true);
    expect(chat.some((t) => t.includes('CSV worker'))).toBe(false);

    // Line 2 starts work, then waits for the customer; the client's reply comes back and the clock runs again.
    await transition(host(), key, '21', 'line2');
    await transition(host(), key, '31', 'line2');
    await settleChat(host());
    expect(await slaProperty(host(), key)).toMatchObject({ resolution: { state: 'paused' } });
    const question = botMessages(host(), group.chatId).filter((m) => (m.message.text ?? '').includes('Which browser')).at(-1)?.message.message_id ?? 0;
    await post(host(), group.chatId, client, 'Chrome 131 on Windows', { replyTo: question });
    await settleChat(host());
    expect((await comments(host(), key)).filter(fromTelegram).map((c) => plain(c.body)).some((b) => b.includes('Chrome 131 on Windows'))).toBe(true);
    expect(await statusOf(host(), key)).not.toBe('Waiting for customer');
    expect(await slaProperty(host(), key)).toMatchObject({ resolution: { state: 'running' } });
  });
});
