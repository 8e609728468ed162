// "Client chats" in the Telegram section of the admin page, in the browser: the admin makes a link code
// (a bad client ID is refused at its field), sees it once with the exact `/link CODE` to paste, a group
// administrator sends it, the linked group is listed, and Unlink removes it.
import type { Browser } from 'playwright-core';
import { adminCall, connectBot, deliverAll } from '../builders/telegram';
import { launchChromium } from './support/chromium';
import { startE2eHost, type E2eHost } from './support/e2e-host';
import { appFrame, openShell, pollFrame, screenshot } from './support/shell-page';

const ADMIN = 'linebridge-admin';
let env: E2eHost;
let browser: Browser;

beforeAll(async () => {
  env = await startE2eHost();
  browser = await launchChromium();
  await connectBot(env.host);
});

afterAll(async () => {
  await browser?.close();
  await env?.close();
});

test('the admin makes a link code, a group links itself with it, and the admin unlinks it', async () => {
  const shell = await openShell(browser, { role: 'admin' });
  try {
    await shell.page.goto(`${env.url}/jira/settings/apps/${ADMIN}`);
    const frame = await appFrame(shell.page, ADMIN);
    await frame.click('[data-testid="nav-telegram"]');
    await frame.waitForSelector('[data-testid="telegram-links"]');
    await frame.fill('[data-testid="telegram-link-client"]', 'not a client id!');
    await frame.click('[data-testid="telegram-link-create"]');
    await frame.waitForSelector('#telegram-link-client-error');
    await frame.fill('[data-testid="telegram-link-client"]', 'ACME-042');
    await frame.click('[data-testid="telegram-link-create"]');
    await frame.waitForSelector('[data-testid="telegram-link-code"]');
    const command = (await frame.textContent('[data-testid="telegram-link-code"] code')) ?? '';
    expect(command).toMatch(/^\/link [A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await screenshot(shell.page, 'admin-telegram-links-light');

    const admin = env.host.telegram.createUser({ firstName: 'Irina', username: 'irina_nw' });
    const chat = env.host.telegram.createChat('group', 'Northwind — support', [admin.id], { admins: [admin.id] });
    env.host.telegram.postAsPerson(chat.id, admin.id, command);
    await deliverAll(env.host, { virtualMs: 10_000 });
    const linked = (await adminCall(env.host, 'telegram/links/list', {})) as { ok: boolean; value: { links: unknown[] } };
    expect(linked.value.links).toHaveLength(1);
    await frame.click('[data-testid="telegram-links-refresh"]');
    await pollFrame(frame, `document.querySelector('[data-testid="telegram-links-table"]')?.innerText.includes('Northwind — support')`);
    expect(await frame.textContent('[data-testid="telegram-links-table"]')).not.toContain(command.slice(6));

    await frame.click(`[data-testid="telegram-unlink-${chat.id}"]`);
    await pollFrame(frame, `!document.querySelector('[data-testid="telegram-links-table"]')`);
    const listed = (await adminCall(env.host, 'telegram/links/list', {})) as { ok: boolean; value: { links: unknown[] } };
    expect(listed.value.links).toEqual([]);
    expect(shell.problems).toEqual([]);
  } finally {
    await shell.close();
  }
});
