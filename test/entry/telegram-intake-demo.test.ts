// The demo seed links the Greenleaf client group to SUP (client CL-10529) through the admin page's code
// and `/link CODE` by the group's creator, so a newcomer can file with `/ticket` in the chat pane at once.
import type { LocalHost } from '../../sandbox/host/local-host';
import { seedDemoData } from '../../sandbox/seed/demo-seed';
import { startHost } from '../builders/host';
import { botMessages, deliverAll } from '../builders/telegram';
import { fileTicket } from '../builders/telegram-intake';

let host: LocalHost;
beforeAll(async () => {
  process.env.LINEBRIDGE_TELEGRAM_TIMEOUT_MS = '2000';
  host = await startHost();
  // An anchor a minute ago: the seed's `/link` is then well within Telegram's 24 h retention at any hour.
  await seedDemoData(host, { anchor: Date.now() - (Date.now() % 60_000), issueCount: 20 });
  await deliverAll(host, { virtualMs: 30_000 });
}, 60_000);
afterAll(async () => {
  await host.close();
});

describe('demo: a linked client group', () => {
  it('is linked to SUP, and /ticket there files an incident for the group’s client', async () => {
    const chat = host.telegram.chats().find((c) => c.title === 'Greenleaf Schools — support');
    expect(chat).toBeDefined();
    const chatId = chat?.id ?? 0;
    expect(botMessages(host, chatId).at(-1)?.message.text).toContain('for client CL-10529');
    const laura = host.telegram.members(chatId).find((m) => m.user.first_name === 'Laura')?.user.id ?? 0;
    expect(await fileTicket(host, chatId, laura)).toContain('your request is filed');
  });
});
