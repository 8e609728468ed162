// `/status KEY` and `/my` through the host: only issues of the chat's project that belong to the chat
// (filed from it, or carrying the link's client ID); anything else — another client's issue, another
// project's key, a key that does not exist — gets the same "not found", so a chat cannot probe keys.
import type { FiledIncidentDto } from '../../src/shared/contract';
import { callAs, formAnswers } from '../builders/incident-host';
import { useTelegramHost } from '../builders/telegram';
import { fileTicket, lastReplyTo, linkedGroup, post } from '../builders/telegram-intake';

const host = useTelegramHost();

const keyIn = (text: string): string => /\b(SUP-\d+)\b/.exec(text)?.[1] ?? '';

async function fileInJira(clientId: string, key: string): Promise<string> {
  const filed = await callAs<FiledIncidentDto>(host(), 'line1', 'incidents/create', {
    idempotencyKey: key, templateId: 'sup-incident-en', projectKey: 'SUP', issueTypeName: 'Incident', answers: formAnswers({ clientId }),
  });
  if (!filed.ok) throw new Error(JSON.stringify(filed.error));
  return filed.value.issueKey;
}

describe('/status and /my', () => {
  it('shows the chat’s own issues and answers "not found" alike for others, other projects and missing keys', async () => {
    const group = await linkedGroup(host(), { clientId: 'ACME-042' });
    const client = group.clients[0] ?? 0;
    const mine = keyIn(await fileTicket(host(), group.chatId, client));
    const sameClient = await fileInJira('ACME-042', 'status-same-client-1');
    const otherClient = await fileInJira('OTHER-9', 'status-other-client-1');
    const ask = async (args: string): Promise<string> => {
      await post(host(), group.chatId, client, `/status ${args}`);
      return lastReplyTo(host(), group.chatId, client)?.message.text ?? '';
    };
    expect(await ask(mine)).toContain(`${mine} — `);
    expect(await ask(sameClient.toLowerCase())).toContain(`${sameClient} — `);
    const refusals = [await ask(otherClient), await ask('SUP-99999'), await ask('OPS-1')];
    expect(refusals.map((t) => t.replace(/\b[A-Z]+-\d+\b/, 'KEY'))).toEqual(Array(3).fill('I could not find KEY among this chat’s requests.'));
    expect(await ask('what?')).toContain('/status SUP-123');

    await post(host(), group.chatId, client, '/my');
    const my = lastReplyTo(host(), group.chatId, client)?.message.text ?? '';
    expect(my).toContain(mine);
    expect(my).toContain(sameClient);
    expect(my).not.toContain(otherClient);
  });

  it('without a client ID, a chat sees only what it filed', async () => {
    const group = await linkedGroup(host());
    const client = group.clients[0] ?? 0;
    await post(host(), group.chatId, client, '/my');
    expect(lastReplyTo(host(), group.chatId, client)?.message.text).toContain('no open requests');
    const theirs = await fileInJira('ACME-042', 'status-no-client-1');
    await post(host(), group.chatId, client, `/status ${theirs}`);
    expect(lastReplyTo(host(), group.chatId, client)?.message.text).toContain('could not find');
  });
});
