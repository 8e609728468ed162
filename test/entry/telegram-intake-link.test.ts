// Linking a client group through the host: the admin page makes a one-time code (Jira admins only; the code
// is never listed back), `/link CODE` binds the group only when a group administrator sends it (asked from
// Telegram with getChatMember), codes expire after 24 h and work once, `/unlink` and the admin page unbind,
// and a chat that is not linked gets one polite answer, then silence.
import type { Result, TelegramLinksDto } from '../../src/shared/contract';
import { DEFAULT_BOT } from '../../sandbox/telegram/telegram-stand-in';
import { seededUser } from '../builders/host';
import { adminCall, botMessages, useTelegramHost } from '../builders/telegram';
import { lastReplyTo, linkCode, linkedGroup, post } from '../builders/telegram-intake';

const host = useTelegramHost();

async function links(): Promise<TelegramLinksDto> {
  const result = (await adminCall(host(), 'telegram/links/list', {})) as Result<TelegramLinksDto>;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

function group(title = 'Northwind — support'): { chatId: number; admin: number; member: number } {
  const admin = host().telegram.createUser({ firstName: 'Irina', username: 'irina_nw', languageCode: 'ru' }).id;
  const member = host().telegram.createUser({ firstName: 'Pavel', username: 'psmirnov', languageCode: 'en' }).id;
  const chat = host().telegram.createChat('group', title, [admin, member], { admins: [admin] });
  return { chatId: chat.id, admin, member };
}

describe('linking a client group', () => {
  it('binds the group when its administrator sends the code, lists it for the admin page, never lists the code', async () => {
    const g = group();
    const code = await linkCode(host(), 'SUP', 'NW-1');
    expect(code.command).toBe(`/link ${code.code}`);
    expect(Date.parse(code.expiresAt) - host().clock.now()).toBeGreaterThan(23.9 * 3600_000);
    await post(host(), g.chatId, g.admin, code.command);
    expect(lastReplyTo(host(), g.chatId, g.admin)?.message.text).toContain('SUP');
    const overview = await links();
    expect(overview.links).toEqual([expect.objectContaining({ chatId: g.chatId, projectKey: 'SUP', clientId: 'NW-1', title: 'Northwind — support', linkedBy: 'Irina @irina_nw' })]);
    expect(JSON.stringify(overview)).not.toContain(code.code);
    const stored = host().calls.filter((c) => c.target.type === 'kvs').map((c) => JSON.stringify(c)).join('\n');
    expect(stored).not.toContain(code.code);
  });

  it('refuses a code sent by a member who is not a group administrator, and keeps the code for the administrator', async () => {
    const g = group();
    const code = await linkCode(host());
    await post(host(), g.chatId, g.member, code.command);
    expect(lastReplyTo(host(), g.chatId, g.member)?.message.text).toContain('Only an administrator');
    expect((await links()).links).toHaveLength(0);
    await post(host(), g.chatId, g.admin, code.command);
    expect((await links()).links).toHaveLength(1);
  });

  it('accepts a code once, and not after 24 hours', async () => {
    const first = group('First');
    const second = group('Second');
    const code = await linkCode(host());
    await post(host(), first.chatId, first.admin, code.command);
    await post(host(), second.chatId, second.admin, code.command);
    expect(lastReplyTo(host(), second.chatId, second.admin)?.message.text).toMatch(/не подходит|not valid/);
    const late = await linkCode(host());
    await host().clock.advance(24 * 3600_000 + 1000);
    await post(host(), second.chatId, second.admin, `/link ${late.code.toLowerCase()}`);
    expect(lastReplyTo(host(), second.chatId, second.admin)?.message.text).toMatch(/не подходит|not valid/);
    expect((await links()).links.map((l) => l.title)).toEqual(['First']);
  });

  it('makes codes for Jira admins only', async () => {
    const refused = (await adminCall(host(), 'telegram/links/createCode', { projectKey: 'SUP' }, seededUser('line1').accountId)) as Result<unknown>;
    expect(refused).toMatchObject({ ok: false, error: { code: 'PERMISSION' } });
    const noTemplate = (await adminCall(host(), 'telegram/links/createCode', { projectKey: 'NOPE' })) as Result<unknown>;
    expect(noTemplate).toMatchObject({ ok: false, error: { code: 'VALIDATION', fieldErrors: { projectKey: 'tg.links.error.noTemplate' } } });
    const badClient = (await adminCall(host(), 'telegram/links/createCode', { projectKey: 'SUP', clientId: 'no spaces allowed!' })) as Result<unknown>;
    expect(badClient).toMatchObject({ ok: false, error: { code: 'VALIDATION', fieldErrors: { clientId: 'validation.clientId' } } });
    const listed = (await adminCall(host(), 'telegram/links/list', {}, seededUser('line2').accountId)) as Result<unknown>;
    expect(listed).toMatchObject({ ok: false, error: { code: 'PERMISSION' } });
  });

  it('unlinks from the group (administrators only) and from the admin page', async () => {
    const linked = await linkedGroup(host());
    const member = linked.clients[0] ?? 0;
    await post(host(), linked.chatId, member, '/unlink');
    expect(lastReplyTo(host(), linked.chatId, member)?.message.text).toContain('Only an administrator');
    await post(host(), linked.chatId, linked.admin, '/unlink');
    expect(lastReplyTo(host(), linked.chatId, linked.admin)?.message.text).toContain('no longer linked');
    expect((await links()).links).toHaveLength(0);
    const again = await linkedGroup(host(), { title: 'Again' });
    const result = (await adminCall(host(), 'telegram/links/unlink', { chatId: again.chatId })) as Result<TelegramLinksDto>;
    expect(result).toMatchObject({ ok: true, value: { links: [] } });
  });

  it('answers once, politely, in a chat that is not linked, then stays silent', async () => {
    const g = group();
    await post(host(), g.chatId, g.member, '/ticket');
    await post(host(), g.chatId, g.member, '/ticket');
    await post(host(), g.chatId, g.admin, '/status SUP-1');
    await post(host(), g.chatId, g.member, '/my');
    const replies = botMessages(host(), g.chatId);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.message.text).toContain('not linked');
  });

  it('sets the bot’s command menu in English and Russian when the bot is connected', async () => {
    const menu = async (languageCode?: string): Promise<unknown> => {
      const res = await host().telegram.handle({
        method: 'POST', path: `/bot${DEFAULT_BOT.token}/getMyCommands`, query: new URLSearchParams(), headers: { 'content-type': 'application/json' },
        body: JSON.stringify(languageCode ? { language_code: languageCode } : {}),
      });
      return (JSON.parse(res.body) as { result: unknown }).result;
    };
    expect(await menu()).toEqual(expect.arrayContaining([{ command: 'ticket', description: 'File a support request' }, expect.objectContaining({ command: 'link' })]));
    expect(await menu('ru')).toEqual(expect.arrayContaining([{ command: 'ticket', description: 'Создать заявку в поддержку' }]));
  });

  it('links groups only', async () => {
    const person = host().telegram.createUser({ firstName: 'Solo', languageCode: 'en' });
    host().telegram.createChat('private', '', [person.id]);
    const code = await linkCode(host());
    await post(host(), person.id, person.id, code.command);
    expect(botMessages(host(), person.id).at(-1)?.message.text).toContain('Only a group can be linked');
  });
});
