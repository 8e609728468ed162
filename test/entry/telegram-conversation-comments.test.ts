// The two-way conversation, Telegram → Jira: a client's reply to the bot's message about an issue becomes one
// Jira comment attributed to the person, with their files as attachments; redeliveries and a crash between
// the comment and its record never comment twice; an edit edits the comment; replies about another client's
// issue are refused politely; files over the 20 MB download limit are explained; huge texts are cut safely.
import { kvs } from '@forge/kvs';
import type { LocalHost } from '../../sandbox/host/local-host';
import { adfText } from '../../src/adapters/jira-lines-json';
import { asApp } from '../builders/sla-host';
import { saveTelegramSettings, useTelegramHost } from '../builders/telegram';
import {
  attachments, botTexts, clientIssue, comments, deliverAll, fromTelegram, linkedClientChat, postUpdate, publicNotice, routeToClient,
  type ClientChat,
} from '../builders/telegram-conversation';

const host = useTelegramHost();
let client: ClientChat;

beforeEach(async () => {
  client = await linkedClientChat(host());
  await routeToClient(host(), client.chatId);
});

async function reply(to: number, text: string, opts: Parameters<LocalHost['telegram']['postAsPerson']>[3] = {}) {
  const posted = host().telegram.postAsPerson(client.chatId, client.person.id, text, { replyToMessageId: to, ...opts });
  await host().telegram.webhookIdle();
  await deliverAll(host(), { virtualMs: 10_000 });
  return posted;
}

describe('a client reply becomes a Jira comment', () => {
  it('attributes it to the Telegram person with name and username, quotes the words and attaches the file', async () => {
    const issue = await clientIssue(host(), '4711');
    const notice = await publicNotice(host(), client.chatId, issue.key);
    await reply(notice, 'Here is the log from this morning', { document: { fileName: 'checkout.log', mimeType: 'text/plain', content: 'ERROR 500 at /pay\n' } });

    const made = (await comments(host(), issue.key)).filter(fromTelegram);
    expect(made).toHaveLength(1);
    const text = adfText(made[0]?.body);
    expect(text).toContain('Ivan Petrov (@ivan_p) wrote in Telegram (Acme <support>):');
    expect(text).toContain('Here is the log from this morning');
    expect(text).toContain('checkout.log');
    expect(made[0]?.properties).toEqual(expect.arrayContaining([{ key: 'linebridge.telegram', value: expect.objectContaining({ chatId: client.chatId, username: 'ivan_p' }) as unknown }]));
    const files = await attachments(host(), issue.key);
    expect(files).toEqual([expect.objectContaining({ filename: 'checkout.log', size: 'ERROR 500 at /pay\n'.length })]);
    expect(JSON.stringify(made[0]?.body)).toContain(`/attachment/content/${files[0]?.id ?? 'none'}`);
    // The comment made from Telegram is not sent back to the chat.
    expect(botTexts(host(), client.chatId).filter((t) => t.includes('Here is the log'))).toEqual([]);
  });

  it('comments once when Telegram delivers the update again, and once after a crash between comment and record', async () => {
    const issue = await clientIssue(host(), '4711');
    const notice = await publicNotice(host(), client.chatId, issue.key);
    const posted = await reply(notice, 'Still failing for us');
    const update = posted.update;
    expect(update).toBeDefined();

    expect(JSON.parse((await postUpdate(host(), update)).body)).toMatchObject({ outcome: 'duplicate' });
    // The update's dedupe mark is gone (a later step failed, Telegram redelivers): the record still holds.
    await asApp(host(), () => kvs.delete(`tg:upd:${update?.update_id ?? 0}`));
    expect((await postUpdate(host(), update)).status).toBe(200);
    // A claim without its comment id (stopped right after posting the comment): found by its origin property.
    const record = `tg:cin:${client.chatId}:${posted.message.message_id}`;
    const stored = await asApp(host(), () => kvs.get<Record<string, unknown>>(record));
    await asApp(host(), () => kvs.set(record, { ...stored, commentId: null, followedUp: false }));
    await asApp(host(), () => kvs.delete(`tg:upd:${update?.update_id ?? 0}`));
    expect((await postUpdate(host(), update)).status).toBe(200);
    await deliverAll(host());

    expect((await comments(host(), issue.key)).filter(fromTelegram)).toHaveLength(1);
  });

  it('edits the comment when the client edits the message', async () => {
    const issue = await clientIssue(host(), '4711');
    const notice = await publicNotice(host(), client.chatId, issue.key);
    const posted = await reply(notice, 'The error code is 5OO');
    host().telegram.editAsPerson(client.chatId, posted.message.message_id, client.person.id, 'The error code is 500');
    await host().telegram.webhookIdle();
    await deliverAll(host());

    const made = (await comments(host(), issue.key)).filter(fromTelegram);
    expect(made).toHaveLength(1);
    expect(adfText(made[0]?.body)).toContain('The error code is 500');
    expect(adfText(made[0]?.body)).toContain('edited');
  });

  it('refuses politely a reply about an issue of another client, and comments nothing', async () => {
    const other = await clientIssue(host(), '9000');
    // A route sends the other client's issue to this chat by mistake; the link decides what is accepted.
    const notice = await publicNotice(host(), client.chatId, other.key);
    await reply(notice, 'Is this ours?');

    expect((await comments(host(), other.key)).filter(fromTelegram)).toHaveLength(0);
    expect(botTexts(host(), client.chatId).at(-1)).toContain('another project or client');
  });

  it('explains a file over the 20 MB download limit and still makes the comment', async () => {
    const issue = await clientIssue(host(), '4711');
    const notice = await publicNotice(host(), client.chatId, issue.key);
    await reply(notice, 'Full screen recording attached', { document: { fileName: 'recording.mp4', mimeType: 'video/mp4', size: 25 * 1024 * 1024 } });

    const made = (await comments(host(), issue.key)).filter(fromTelegram);
    expect(made).toHaveLength(1);
    expect(adfText(made[0]?.body)).toContain('Not attached: recording.mp4 (25.0 MB) is larger than the 20 MB');
    expect(await attachments(host(), issue.key)).toEqual([]);
    const answer = botTexts(host(), client.chatId).at(-1) ?? '';
    expect(answer).toContain(`Your message was added to ${issue.key}`);
    expect(answer).toContain('recording.mp4 (25.0 MB)');
  });

  it('copies a photo (its largest size) as an attachment', async () => {
    const issue = await clientIssue(host(), '4711');
    const notice = await publicNotice(host(), client.chatId, issue.key);
    const posted = await reply(notice, 'Screenshot', { photo: { size: 4096 } });

    expect(await attachments(host(), issue.key)).toEqual([expect.objectContaining({ filename: `photo-${posted.message.message_id}.jpg` })]);
  });

  it('keeps a 4,096-character message whole, and cuts one longer than Jira allows without breaking an emoji', async () => {
    const issue = await clientIssue(host(), '4711');
    const notice = await publicNotice(host(), client.chatId, issue.key);
    const full = 'Ошибка 😀 '.repeat(455).slice(0, 4096);
    await reply(notice, full);
    // Telegram caps texts at 4,096 characters; the handler does not rely on it.
    await reply(notice, 'Лог 😀 '.repeat(8000));

    const made = (await comments(host(), issue.key)).filter(fromTelegram).map((c) => adfText(c.body));
    expect(made).toHaveLength(2);
    expect(made[0]).toContain(full.trim());
    expect(made[1]?.length).toBeLessThan(32_767);
    expect(made[1]).toContain('[cut: the message was longer than a Jira comment may be]');
    expect(made[1]).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('takes a message posted in the issue’s forum topic as a reply about that issue', async () => {
    const person = host().telegram.createUser({ firstName: 'Olga', username: 'olga_k', languageCode: 'en' });
    const forum = host().telegram.createChat('supergroup', 'Acme forum', [person.id], { isForum: true, botStatus: 'administrator' });
    await host().telegram.webhookIdle();
    await asApp(host(), () => kvs.set(`tg:in:link:${forum.id}`, { v: 1, chatId: forum.id, title: 'Acme forum', projectKey: 'SUP', clientId: '4711', linkedAt: 0, linkedBy: { id: person.id, name: 'Olga', username: null }, migratedFrom: [] }));
    await saveTelegramSettings(host(), [{ chatId: forum.id, publicOnly: true, events: ['commented'], topicPerIssue: true }]);
    const issue = await clientIssue(host(), '4711');
    await publicNotice(host(), forum.id, issue.key);
    const topic = host().telegram.topics(forum.id)[0];
    expect(topic).toBeDefined();

    host().telegram.postAsPerson(forum.id, person.id, 'Same problem on our second site', { threadId: topic?.threadId ?? 0 });
    await host().telegram.webhookIdle();
    await deliverAll(host(), { virtualMs: 10_000 });

    const made = (await comments(host(), issue.key)).filter(fromTelegram);
    expect(made.map((c) => adfText(c.body))).toEqual([expect.stringContaining('Olga (@olga_k) wrote in Telegram (Acme forum):')]);
  });

  it('stays silent in a chat that is not linked', async () => {
    const issue = await clientIssue(host(), '4711');
    const notice = await publicNotice(host(), client.chatId, issue.key);
    await asApp(host(), () => kvs.delete(`tg:in:link:${client.chatId}`));
    const before = botTexts(host(), client.chatId).length;
    await reply(notice, 'Hello?');

    expect((await comments(host(), issue.key)).filter(fromTelegram)).toHaveLength(0);
    expect(botTexts(host(), client.chatId).length - before).toBeLessThanOrEqual(1);
  });
});
