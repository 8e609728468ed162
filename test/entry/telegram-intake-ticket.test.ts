// `/ticket` through the host: a client in a linked group answers the template's questions (ForceReply
// prompts, select by number, "now"), gets the key, priority, SLA target and a link; the issue is in Jira
// with the client ID from the link, the reporter's name and the client's quoted words.
import { asUser, botMessages, useTelegramHost } from '../builders/telegram';
import { answer, lastReplyTo, linkedGroup, post } from '../builders/telegram-intake';

const host = useTelegramHost();

async function issue(key: string): Promise<{ fields: Record<string, unknown>; properties?: Record<string, unknown> }> {
  const res = await asUser(host(), 'admin', 'GET', `/rest/api/3/issue/${key}?properties=linebridge.incident`);
  expect(res.status).toBe(200);
  return JSON.parse(res.body) as { fields: Record<string, unknown> };
}

const keyIn = (text: string): string => /\b(SUP-\d+)\b/.exec(text)?.[1] ?? '';

describe('/ticket in a linked group', () => {
  it('asks the template’s questions one at a time and files the incident with the key, priority and SLA target', async () => {
    const group = await linkedGroup(host(), { clientId: 'ACME-042' });
    const client = group.clients[0] ?? 0;
    await post(host(), group.chatId, client, '/ticket');
    const first = lastReplyTo(host(), group.chatId, client);
    expect(first?.message.text).toContain('Question 1 of 5');
    expect(first?.markup).toMatchObject({ force_reply: true, selective: true });
    await answer(host(), group.chatId, client, 'Invoices <b>do not</b> export & fail');
    const scopePrompt = await answer(host(), group.chatId, client, 'now');
    expect(scopePrompt?.message.text).toContain('1. ');
    await answer(host(), group.chatId, client, '2');
    await answer(host(), group.chatId, client, '-');
    const result = (await answer(host(), group.chatId, client, '-'))?.message.text ?? '';
    expect(result).toMatch(/your request is filed: SUP-\d+/);
    expect(result).toContain('Priority: High');
    expect(result).toContain('Resolution target: 8 h');
    const filed = await issue(keyIn(result));
    expect(filed.fields.priority).toMatchObject({ name: 'High' });
    const property = filed.properties?.['linebridge.incident'] as Record<string, unknown>;
    expect(property).toMatchObject({ source: 'telegram', clientId: 'ACME-042', affectedScope: 'moreThanHalf' });
    const description = JSON.stringify(filed.fields.description);
    expect(description).toContain('Invoices <b>do not</b> export & fail');
    expect(description).toContain('Client1 Person (@client_1');
    expect(description).toContain('Acme — support');
    const link = botMessages(host(), group.chatId).at(-1)?.message.entities?.find((e) => e.type === 'text_link');
    expect(link?.url).toMatch(/\/browse\/SUP-\d+$/);
  });

  it('re-asks a wrong answer with the template validator’s error and keeps the draft', async () => {
    const group = await linkedGroup(host(), { clientId: 'ACME-042' });
    const client = group.clients[0] ?? 0;
    await post(host(), group.chatId, client, '/ticket');
    await answer(host(), group.chatId, client, 'The portal is down');
    const future = await answer(host(), group.chatId, client, '2099-01-01 10:00');
    expect(future?.message.text).toContain('This moment lies in the future');
    expect(future?.message.text).toContain('Question 2 of 5');
    const garbled = await answer(host(), group.chatId, client, 'sometime last week');
    expect(garbled?.message.text).toContain('could not read this as a date');
    await answer(host(), group.chatId, client, 'yesterday 09:15');
    const option = await answer(host(), group.chatId, client, '7');
    expect(option?.message.text).toContain('a number from 1 to 4');
    await answer(host(), group.chatId, client, 'All clients');
    await answer(host(), group.chatId, client, '-');
    const result = (await answer(host(), group.chatId, client, '-'))?.message.text ?? '';
    expect(result).toContain('Priority: Critical');
  });

  it('quotes the client’s message that /ticket replies to, and asks for the client ID when the link has none', async () => {
    const group = await linkedGroup(host(), { clients: 2 });
    const [laura = 0, agent = 0] = group.clients;
    const original = await post(host(), group.chatId, laura, 'Teachers cannot export the gradebook, it spins and says timeout.');
    await post(host(), group.chatId, agent, '/ticket', { replyTo: original });
    const first = lastReplyTo(host(), group.chatId, agent);
    expect(first?.message.text).toContain('quoted');
    expect(first?.message.text).toContain('Question 1 of 6');
    await answer(host(), group.chatId, agent, '-');
    await answer(host(), group.chatId, agent, 'GREEN-7');
    await answer(host(), group.chatId, agent, 'now');
    await answer(host(), group.chatId, agent, '3');
    await answer(host(), group.chatId, agent, '-');
    const result = (await answer(host(), group.chatId, agent, '-'))?.message.text ?? '';
    const filed = await issue(keyIn(result));
    const description = JSON.stringify(filed.fields.description);
    expect(description).toContain('Teachers cannot export the gradebook');
    expect(description).toContain('own words');
    expect(filed.properties?.['linebridge.incident']).toMatchObject({ clientId: 'GREEN-7' });
  });
});
