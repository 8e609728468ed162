// The Telegram section of the admin page in the browser: the admin pastes the bot token (it is never
// shown again, only a mask), the chat the bot joined appears with its id, a route is added and saved,
// a comment in Jira reaches the chat, and the health table counts it. Field errors sit at their inputs.
// "Client conversations": an older stored value is shown and, once saved, lives in the section.
import { kvs } from '@forge/kvs';
import type { Frame } from 'playwright-core';
import { asApp } from '../builders/sla-host';
import { jiraRequest, seededUser } from '../builders/host';
import { DEFAULT_BOT } from '../../sandbox/telegram/telegram-stand-in';
import { ADMIN_PAGE as ADMIN, e2eSuite } from './support/e2e-suite';
import { appFrame, openShell, pollFrame, screenshot } from './support/shell-page';

const SECRET_PART = (DEFAULT_BOT.token ?? '').split(':')[1] ?? '';
const suite = e2eSuite();

const text = (frame: Frame): Promise<string> => frame.evaluate<string>('document.body.innerText');

test('the admin connects the bot, routes a project to a chat, and sees the delivery', async () => {
  const shell = await openShell(suite.browser, { role: 'admin' });
  try {
    await shell.page.goto(`${suite.env.url}/jira/settings/apps/${ADMIN}`);
    const frame = await appFrame(shell.page, ADMIN);
    await frame.click('[data-testid="nav-telegram"]');
    await frame.fill('[data-testid="telegram-token"]', DEFAULT_BOT.token ?? '');
    await frame.click('[data-testid="telegram-connect"]');
    await frame.waitForSelector('[data-testid="telegram-bot-connected"]');
    expect(await frame.textContent('[data-testid="telegram-bot-connected"]')).toContain('7000000001:…0001');
    expect(await frame.inputValue('[data-testid="telegram-token"]')).toBe('');
    expect(await frame.content()).not.toContain(SECRET_PART);

    const person = suite.env.host.telegram.createUser({ firstName: 'Olga' });
    const chat = suite.env.host.telegram.createChat('supergroup', 'Support team', [person.id]);
    await suite.env.host.telegram.webhookIdle();
    await frame.click('[data-testid="telegram-refresh"]');
    await pollFrame(frame, `document.querySelector('[data-testid="telegram-known-chats"]')?.innerText.includes('${chat.id}')`);

    await frame.click('[data-testid="telegram-add-route"]');
    await frame.fill('[data-testid="telegram-route-0-projectKey"]', 'SUP');
    await frame.fill('[data-testid="telegram-route-0-chatId"]', 'not a chat');
    await frame.click('[data-testid="save-telegram"]');
    await frame.waitForSelector('#telegram-route-0-chatId-error');
    await frame.fill('[data-testid="telegram-route-0-chatId"]', String(chat.id));
    await frame.click('[data-testid="save-telegram"]');
    await frame.waitForSelector('[data-testid="save-banner"] >> text=Saved');

    const body = { body: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Seen from the browser test.' }] }] } };
    await suite.env.host.jira.handle(jiraRequest('POST', '/rest/api/3/issue/SUP-1/comment', body), { kind: 'user', accountId: seededUser('line2').accountId });
    for (let i = 0; i < 100 && !suite.env.host.telegram.listMessages(chat.id).some((m) => m.sender === 'bot'); i++) {
      await suite.env.host.settle();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(suite.env.host.telegram.listMessages(chat.id).find((m) => m.sender === 'bot')?.message.text).toMatch(/^💬 SUP-1 .*Seen from the browser test\./s);

    await frame.click('[data-testid="telegram-refresh"]');
    await pollFrame(frame, `document.querySelector('[data-testid="telegram-chat-${chat.id}"]')?.innerText.includes('1')`);
    expect(await text(frame)).not.toContain(SECRET_PART);
    await screenshot(shell.page, 'admin-telegram-light');
    expect(shell.problems).toEqual([]);
  } finally {
    await shell.close();
  }
});

test('the admin sees the older conversation settings, gets inline errors and saves them into the section', async () => {
  await asApp(suite.env.host, () => kvs.set('tg:conv:settings', { resumeOnClientReply: false, repeatAfterMinutes: 30 }));
  const shell = await openShell(suite.browser, { role: 'admin' });
  try {
    await shell.page.goto(`${suite.env.url}/jira/settings/apps/${ADMIN}`);
    const frame = await appFrame(shell.page, ADMIN);
    await frame.click('[data-testid="nav-telegram"]');
    await frame.waitForSelector('[data-testid="telegram-conversation-legacy"]');
    await pollFrame(frame, `document.querySelector('[data-testid="telegram-conv-repeat"]')?.value === '30'`);

    await frame.fill('[data-testid="telegram-conv-repeat"]', 'soon');
    await frame.fill('[data-testid="telegram-conv-resume-to"]', ' ');
    await frame.click('[data-testid="save-telegram"]');
    await frame.waitForSelector('#telegram-conv-repeat-error');
    await frame.waitForSelector('#telegram-conv-resume-to-error');
    expect(await frame.textContent('#telegram-conv-repeat-error')).toContain('whole minutes');

    await frame.fill('[data-testid="telegram-conv-repeat"]', '90');
    await frame.fill('[data-testid="telegram-conv-resume-to"]', 'In Progress');
    await frame.fill('[data-testid="telegram-conv-waiting"]', 'Waiting for customer, On hold');
    await frame.click('[data-testid="save-telegram"]');
    await frame.waitForSelector('[data-testid="save-banner"] >> text=Saved');
    await frame.waitForSelector('[data-testid="telegram-conversation-legacy"]', { state: 'detached' });
    const saved = (await suite.env.host.invokeResolver({
      moduleKey: ADMIN, functionKey: 'telegram/conversation/settings', payload: {}, accountId: seededUser('admin').accountId, context: { extension: { type: 'jira:adminPage' } },
    })) as { ok: boolean; value?: unknown };
    expect(saved).toEqual({ ok: true, value: { source: 'settings', value: { resumeOnClientReply: false, waitingStatuses: ['Waiting for customer', 'On hold'], resumeTo: 'In Progress', repeatAfterMinutes: 90 } } });
    await (await frame.$('[data-testid="telegram-conversation"]'))?.scrollIntoViewIfNeeded();
    await screenshot(shell.page, 'admin-telegram-conversation-light');
    expect(shell.problems).toEqual([]);
  } finally {
    await shell.close();
  }
});
