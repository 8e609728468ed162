// A linked client group hears, "public only", about the issues it filed — and about nothing else of the
// project: another client's issue, internal comments and internal events never reach it.
import { botMessages, comment, deliverAll, useTelegramHost } from '../builders/telegram';
import { fileTicket, linkedGroup } from '../builders/telegram-intake';

const host = useTelegramHost();

describe('notifications to a linked group', () => {
  it('carries public comments on the group’s own issues, never internal ones or other issues', async () => {
    const group = await linkedGroup(host(), { clientId: 'ACME-042' });
    const client = group.clients[0] ?? 0;
    const key = /\b(SUP-\d+)\b/.exec(await fileTicket(host(), group.chatId, client))?.[1] ?? '';
    await comment(host(), key, 'We found the cause, a fix is on its way.');
    await comment(host(), key, 'Internal: blame the cache again', { visibility: { type: 'role', value: 'Members' } });
    await comment(host(), 'SUP-1', 'Another client’s issue moves on.');
    await deliverAll(host(), { virtualMs: 30_000 });
    const texts = botMessages(host(), group.chatId).map((m) => m.message.text ?? '').join('\n');
    expect(texts).toContain('We found the cause, a fix is on its way.');
    expect(texts).not.toContain('blame the cache');
    expect(texts).not.toContain('Another client’s issue');
  });
});
