// "Client chats" in the Telegram section of the admin page, in the browser: the admin makes a link code
// (a bad client ID is refused at its field), sees it once with the exact `/link CODE` to paste, a group
// administrator sends it, the linked group is listed, and Unlink removes it.
import { adminCall, connectBot, deliverAll } from '../builders/telegram';
import { ADMIN_PAGE, e2eSuite } from './support/e2e-suite';
import { appFrame, openShell, pollFrame, screenshot } from './support/shell-page';

const suite = e2eSuite({ prepare: (env) => connectBot(env.host) });

test('the admin makes a link code, a group links itself with it, and the admin unlinks it', async () => {
  const shell = await openShell(suite.browser, { role: 'admin' });
  try {
    await shell.page.goto(`${suite.env.url}/jira/settings/apps/${ADMIN_PAGE}`);
    const frame = await appFrame(shell.page, ADMIN_PAGE);
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

    const admin = suite.env.host.telegram.createUser({ firstName: 'Irina', username: 'irina_nw' });
    const chat = suite.env.host.telegram.createChat('group', 'Northwind — support', [admin.id], { admins: [admin.id] });
    suite.env.host.telegram.postAsPerson(chat.id, admin.id, command);
    await deliverAll(suite.env.host, { virtualMs: 10_000 });
    const linked = (await adminCall(suite.env.host, 'telegram/links/list', {})) as { ok: boolean; value: { links: unknown[] } };
    expect(linked.value.links).toHaveLength(1);
    await frame.click('[data-testid="telegram-links-refresh"]');
    await pollFrame(frame, `document.querySelector('[data-testid="telegram-links-table"]')?.innerText.includes('Northwind — support')`);
    expect(await frame.textContent('[data-testid="telegram-links-table"]')).not.toContain(command.slice(6));

    await frame.click(`[data-testid="telegram-unlink-${chat.id}"]`);
    await pollFrame(frame, `!document.querySelector('[data-testid="telegram-links-table"]')`);
    const listed = (await adminCall(suite.env.host, 'telegram/links/list', {})) as { ok: boolean; value: { links: unknown[] } };
    expect(listed.value.links).toEqual([]);
    expect(shell.problems).toEqual([]);
  } finally {
    await shell.close();
  }
});
