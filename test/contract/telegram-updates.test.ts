// How updates reach the bot, driven through the real node-telegram-bot-api v2 client: webhook delivery with
// the secret header and redelivery after a failure, getUpdates (409 while a webhook is set, offsets, long
// poll), privacy mode, command entities, forum topic thread ids and callback queries.
import { apiError, messageOf, telegramHarness, type Harness } from './telegram-harness';

async function team(h: Harness, opts: Parameters<Harness['tg']['createChat']>[3] = {}): Promise<{ chatId: number; anna: number; boris: number }> {
  const anna = h.tg.createUser({ firstName: 'Anna', username: 'anna_l1' }).id;
  const boris = h.tg.createUser({ firstName: 'Boris' }).id;
  const chat = h.tg.createChat(opts.isForum ? 'supergroup' : 'group', 'Support team', [anna, boris], opts);
  return { chatId: chat.id, anna, boris };
}

describe('Telegram stand-in: webhook delivery', () => {
  it('posts each update with the secret header and redelivers after a non-2xx, recording the error', async () => {
    const h = await telegramHarness({ allowInsecureWebhooks: false });
    const { chatId, anna } = await team(h);
    expect(await h.api.setWebhook({ url: 'https://example.atlassian-dev.net/x1/abc', secret_token: 's3cr3t_TOKEN-1' })).toBe(true);
    await h.tg.webhookIdle();
    h.deliveries.length = 0;
    h.webhookAnswers.push(500);
    const posted = h.tg.postAsPerson(chatId, anna, '/ticket Checkout fails');
    await h.tg.webhookIdle();
    expect(h.deliveries).toHaveLength(1);
    expect(h.deliveries[0]?.headers).toMatchObject({ 'x-telegram-bot-api-secret-token': 's3cr3t_TOKEN-1', 'content-type': 'application/json' });
    let info = await h.api.getWebhookInfo();
    expect(info).toMatchObject({ url: 'https://example.atlassian-dev.net/x1/abc', pending_update_count: 1, last_error_message: 'Wrong response from the webhook: 500 Internal Server Error', last_error_date: Math.floor(h.now() / 1000) });
    await h.advance(999);
    expect(h.deliveries).toHaveLength(1);
    await h.advance(1);
    expect(h.deliveries.map((d) => d.update.update_id)).toEqual([posted.update?.update_id, posted.update?.update_id]);
    info = await h.api.getWebhookInfo();
    expect(info.pending_update_count).toBe(0);
  });

  it('refuses insecure URLs and bad secrets with Telegram\'s texts, and answers getUpdates with 409 while set', async () => {
    const h = await telegramHarness();
    expect((await apiError(h.api.setWebhook({ url: 'http://localhost:8080/x1/abc' }))).description).toBe('Bad Request: bad webhook: An HTTPS URL must be provided for webhook');
    expect((await apiError(h.api.setWebhook({ url: 'https://example.com:8080/hook' }))).description).toBe('Bad Request: bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443');
    expect((await apiError(h.api.setWebhook({ url: 'https://example.com/hook', secret_token: 'a+b/c=' }))).description).toBe('Bad Request: secret token contains unallowed characters');
    await h.api.setWebhook({ url: 'https://example.com/hook' });
    const conflict = await apiError(h.api.getUpdates({}));
    expect([conflict.errorCode, conflict.description]).toEqual([409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"]);
    expect(await h.api.deleteWebhook({})).toBe(true);
    expect(await h.api.getUpdates({})).toEqual(expect.any(Array));
  });
});

describe('Telegram stand-in: getUpdates', () => {
  it('confirms updates with offset, keeps the newest N with a negative offset, and long-polls for the next', async () => {
    const h = await telegramHarness();
    const { chatId, anna } = await team(h, { botStatus: 'administrator' });
    await h.api.getUpdates({ offset: -1 });
    const first = (await h.api.getUpdates({}))[0];
    if (!first) throw new Error('expected the my_chat_member update');
    await h.api.getUpdates({ offset: first.update_id + 1 });
    for (const text of ['one', 'two', 'three']) h.tg.postAsPerson(chatId, anna, text);
    const all = await h.api.getUpdates({});
    expect(all.map((u) => messageOf(u)?.text)).toEqual(['one', 'two', 'three']);
    expect(all.map((u) => u.update_id)).toEqual([first.update_id + 1, first.update_id + 2, first.update_id + 3]);
    const second = all[1];
    if (!second) throw new Error('expected three updates');
    expect((await h.api.getUpdates({ offset: second.update_id })).map((u) => messageOf(u)?.text)).toEqual(['two', 'three']);
    expect((await h.api.getUpdates({})).map((u) => messageOf(u)?.text)).toEqual(['two', 'three']);
    expect((await h.api.getUpdates({ offset: -1 })).map((u) => messageOf(u)?.text)).toEqual(['three']);
    expect((await h.api.getUpdates({})).map((u) => messageOf(u)?.text)).toEqual(['three']);
    const waiting = h.api.getUpdates({ offset: all[2] ? all[2].update_id + 1 : 0, timeout: 30 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    h.tg.postAsPerson(chatId, anna, 'four');
    expect((await waiting).map((u) => messageOf(u)?.text)).toEqual(['four']);
  });

  it('ends an older long poll with 409 when a newer one starts', async () => {
    const h = await telegramHarness();
    const older = apiError(h.api.getUpdates({ timeout: 30 }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const newer = h.api.getUpdates({ timeout: 1 });
    expect((await older).description).toBe('Conflict: terminated by other getUpdates request; make sure that only one bot instance is running');
    expect(await newer).toEqual([]);
  });
});

describe('Telegram stand-in: what the bot sees in groups', () => {
  it('delivers only commands, mentions and replies to the bot in privacy mode, everything once it is off', async () => {
    const h = await telegramHarness();
    const { chatId, anna } = await team(h);
    const sent = await h.api.sendMessage({ chat_id: chatId, text: 'SUP-12 resolved' });
    const seen = (text: string, opts = {}): boolean => h.tg.postAsPerson(chatId, anna, text, opts).update !== undefined;
    expect(seen('just chatting')).toBe(false);
    expect(seen('/status SUP-12')).toBe(true);
    expect(seen('/status@linebridge_bot SUP-12')).toBe(true);
    expect(seen('/status@other_bot SUP-12')).toBe(false);
    expect(seen('hey @linebridge_bot look')).toBe(true);
    expect(seen('thanks!', { replyToMessageId: sent.message_id })).toBe(true);
    h.tg.setPrivacy(false);
    expect(seen('just chatting')).toBe(true);
    expect(h.tg.listMessages(chatId).filter((m) => m.sender === 'person')).toHaveLength(7);
  });

  it('marks bot commands and mentions with entities in UTF-16 offsets', async () => {
    const h = await telegramHarness();
    const { chatId, anna } = await team(h);
    const { message } = h.tg.postAsPerson(chatId, anna, '🙂 /ticket@linebridge_bot for @boris_l2');
    expect(message.entities).toEqual([{ type: 'bot_command', offset: 3, length: 22 }, { type: 'mention', offset: 30, length: 9 }]);
    const start = h.tg.postAsPerson(chatId, anna, '/ticket Checkout fails').message;
    expect(start.entities).toEqual([{ type: 'bot_command', offset: 0, length: 7 }]);
  });

  it('puts forum topic messages in their thread, both ways', async () => {
    const h = await telegramHarness();
    const { chatId, anna } = await team(h, { isForum: true, botStatus: 'administrator' });
    const topic = h.tg.createForumTopic(chatId, 'SUP-12 Checkout fails');
    const sent = await h.api.sendMessage({ chat_id: chatId, message_thread_id: topic.threadId, text: 'Status: In Progress' });
    expect(sent).toMatchObject({ message_thread_id: topic.threadId, is_topic_message: true, chat: { is_forum: true }, reply_to_message: { message_id: topic.threadId, forum_topic_created: { name: 'SUP-12 Checkout fails' } } });
    const posted = h.tg.postAsPerson(chatId, anna, 'any news?', { threadId: topic.threadId });
    expect(posted.update?.message).toMatchObject({ message_thread_id: topic.threadId, is_topic_message: true });
    const missing = await apiError(h.api.sendMessage({ chat_id: chatId, message_thread_id: 9999, text: 'x' }));
    expect(missing.description).toBe('Bad Request: message thread not found');
  });
});

describe('Telegram stand-in: callback queries', () => {
  it('turns a button tap into a callback_query the bot answers once, within the time Telegram allows', async () => {
    const h = await telegramHarness();
    const { chatId, boris } = await team(h);
    const sent = await h.api.sendMessage({ chat_id: chatId, text: 'Rate line 2', reply_markup: { inline_keyboard: [[{ text: '5', callback_data: 'csat:SUP-12:5' }]] } });
    const tap = h.tg.pressButton(chatId, sent.message_id, boris, 'csat:SUP-12:5');
    expect(tap?.callback_query).toMatchObject({ from: { id: boris }, data: 'csat:SUP-12:5', message: { message_id: sent.message_id } });
    const id = tap?.callback_query?.id ?? '';
    expect(await h.api.answerCallbackQuery({ callback_query_id: id, text: 'Thanks!' })).toBe(true);
    expect(h.tg.callbackAnswer(id)).toMatchObject({ answered: true, answerText: 'Thanks!' });
    const again = await apiError(h.api.answerCallbackQuery({ callback_query_id: id }));
    expect(again.description).toBe('Bad Request: query is too old and response timeout expired or query ID is invalid');
    const late = h.tg.pressButton(chatId, sent.message_id, boris, 'csat:SUP-12:5');
    await h.advance(16_000);
    expect((await apiError(h.api.answerCallbackQuery({ callback_query_id: late?.callback_query?.id ?? '' }))).errorCode).toBe(400);
  });
});
