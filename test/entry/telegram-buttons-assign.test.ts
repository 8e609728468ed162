// Telegram ↔ Jira account links and "Assign to me" through the host: the issue panel's one-time deep link,
// `/start <code>` in the bot's private chat, a tap in the team chat by a linked person (assigned by the app
// only when Jira says they are assignable), by an unlinked one (told how to link), again (harmless), and
// client chats without the button. Nobody sees another person's link; admins see how many exist.
import { exchangeProblems } from '../contract/exchange-problems';
import { seededUser } from '../builders/host';
import { ALL_TEAM_EVENTS, asUser, botMessages, comment, deliverAll, saveTelegramSettings, teamChat, telegramStatus, useTelegramHost } from '../builders/telegram';
import { accountLink, callbackButtons, joinChat, linkedPerson, messageStarting, startInPrivate, tap } from '../builders/telegram-buttons';

const host = useTelegramHost();
const chen = seededUser('line2', 0);
const anna = seededUser('line1', 0);

async function assigneeOf(key: string): Promise<string | null> {
  const res = await asUser(host(), 'admin', 'GET', `/rest/api/3/issue/${key}?fields=assignee`);
  return (JSON.parse(res.body) as { fields: { assignee: { accountId: string } | null } }).fields.assignee?.accountId ?? null;
}

async function notifiedTeamChat(): Promise<{ chat: number; client: number }> {
  const chat = await teamChat(host());
  const client = await teamChat(host(), 'supergroup', { title: 'Client ACME' });
  await saveTelegramSettings(host(), [{ chatId: chat, events: ALL_TEAM_EVENTS }, { chatId: client, publicOnly: true, events: ['commented'] }]);
  await comment(host(), 'SUP-2', 'Please take this one.');
  await deliverAll(host());
  return { chat, client };
}

describe('linking a Telegram account to Jira', () => {
  it('links through a one-time deep link, shows only the caller’s own link, and unlinks', async () => {
    const before = await accountLink(host(), chen.accountId, 'status');
    expect(before).toMatchObject({ botConnected: true, linked: false, deepLink: null });
    const created = await accountLink(host(), chen.accountId, 'create');
    expect(created.deepLink).toMatch(new RegExp(`^https://t\\.me/${host().telegram.bot().username}\\?start=lb[A-Za-z0-9_-]{32}$`));
    expect(Date.parse(created.expiresAt ?? '') - Date.now()).toBeLessThanOrEqual(600_000);
    const code = new URL(created.deepLink ?? '').searchParams.get('start') ?? '';
    const person = host().telegram.createUser({ firstName: 'Chen', lastName: 'W', languageCode: 'en' });
    const replies = await startInPrivate(host(), person.id, code);
    expect(replies.at(-1)?.message.text).toContain('linked to the Jira account Chen Wei');
    expect(await accountLink(host(), chen.accountId, 'status')).toMatchObject({ linked: true, telegramName: 'Chen W', deepLink: null });
    expect(await accountLink(host(), anna.accountId, 'status')).toMatchObject({ linked: false, telegramName: null });
    expect((await telegramStatus(host())).accountLinks).toBe(1);

    // The code works once: a second /start with it (even by someone else) links nothing.
    const other = host().telegram.createUser({ firstName: 'Mallory', languageCode: 'en' });
    expect((await startInPrivate(host(), other.id, code)).at(-1)?.message.text).toContain('expired or was already used');
    expect((await telegramStatus(host())).accountLinks).toBe(1);

    expect(await accountLink(host(), chen.accountId, 'remove')).toMatchObject({ linked: false });
    expect((await telegramStatus(host())).accountLinks).toBe(0);
  });

  it('refuses an expired code, and answers a plain /start as before', async () => {
    const created = await accountLink(host(), chen.accountId, 'create');
    await host().clock.advance(11 * 60_000);
    const person = host().telegram.createUser({ firstName: 'Late', languageCode: 'en' });
    const code = new URL(created.deepLink ?? '').searchParams.get('start') ?? '';
    expect((await startInPrivate(host(), person.id, code)).at(-1)?.message.text).toContain('expired');
    expect((await startInPrivate(host(), person.id, 'hello')).at(-1)?.message.text).toContain('I am the LineBridge bot');
    expect(await accountLink(host(), chen.accountId, 'status')).toMatchObject({ linked: false });
  });

  it('refuses an unknown action', async () => {
    const result = await host().invokeResolver({ moduleKey: 'linebridge-handoff-panel', functionKey: 'telegram/account-link', payload: { action: 'steal' }, accountId: chen.accountId, context: {} });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });
});

describe('"Assign to me" in the team chat', () => {
  it('is under team notifications only, never in a client chat', async () => {
    const { chat, client } = await notifiedTeamChat();
    expect(callbackButtons(messageStarting(host(), chat, '💬 SUP-2'))).toEqual([{ text: '🙋 Assign to me', data: expect.stringMatching(/^as:\d+$/) as unknown }]);
    expect(botMessages(host(), client)).toHaveLength(1);
    expect(callbackButtons(messageStarting(host(), client, '💬 SUP-2'))).toEqual([]);
  });

  it('assigns the issue to the linked person, once, and tells the team', async () => {
    const { chat } = await notifiedTeamChat();
    const person = await linkedPerson(host(), chen.accountId, 'Chen');
    joinChat(host(), chat, person);
    const message = messageStarting(host(), chat, '💬 SUP-2');
    const answer = await tap(host(), message, person, '🙋 Assign to me');
    expect(answer).toMatchObject({ answered: true, answerText: 'SUP-2 is now assigned to you.' });
    expect(answer.showAlert).toBeFalsy();
    expect(await assigneeOf('SUP-2')).toBe(chen.accountId);
    expect(messageStarting(host(), chat, '👤 SUP-2').message.text).toContain('Chen Wei');
    const again = await tap(host(), message, person, '🙋 Assign to me');
    expect(again).toMatchObject({ answered: true, answerText: 'SUP-2 is already assigned to you.' });
    expect(botMessages(host(), chat).filter((m) => (m.message.text ?? '').startsWith('👤 SUP-2'))).toHaveLength(1);
    // The app's Jira calls on the person's behalf (permissions/check, PUT assignee) are documented ones.
    const mine = host().jiraExchanges.filter((x) => /permissions\/check|\/assignee$/.test(x.request.path));
    expect(mine.map((x) => `${x.request.method} ${x.request.path.replace(/\d+/g, 'N')}`)).toEqual(expect.arrayContaining(['POST /rest/api/N/permissions/check', 'PUT /rest/api/N/issue/N/assignee']));
    expect(exchangeProblems(mine)).toEqual([]);
  });

  it('tells an unlinked person how to link, and changes nothing', async () => {
    const { chat } = await notifiedTeamChat();
    const stranger = host().telegram.createUser({ firstName: 'Stranger', languageCode: 'ru' });
    joinChat(host(), chat, stranger.id);
    const before = await assigneeOf('SUP-2');
    const answer = await tap(host(), messageStarting(host(), chat, '💬 SUP-2'), stranger.id, '🙋 Assign to me');
    expect(answer).toMatchObject({ answered: true, showAlert: true, answerText: expect.stringContaining('Подключить Telegram') as unknown });
    expect(await assigneeOf('SUP-2')).toBe(before);
  });

  it('refuses a linked person Jira does not allow to be assigned the issue', async () => {
    const { chat } = await notifiedTeamChat();
    host().jira.setProjectRoles('SUP', anna.accountId, ['Viewers']);
    const person = await linkedPerson(host(), anna.accountId, 'Anna');
    joinChat(host(), chat, person);
    const before = await assigneeOf('SUP-2');
    const answer = await tap(host(), messageStarting(host(), chat, '💬 SUP-2'), person, '🙋 Assign to me');
    expect(answer).toMatchObject({ showAlert: true, answerText: expect.stringContaining('You cannot be assigned SUP-2') as unknown });
    expect(await assigneeOf('SUP-2')).toBe(before);
  });
});
