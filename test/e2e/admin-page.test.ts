// The app's admin page under Apps → Manage apps: the Jira admin saves a setting and it survives a
// reload; a line-1 agent sees the same page read-only (no Save, inputs read-only), in their language.
import { ADMIN_PAGE, e2eSuite } from './support/e2e-suite';
import { appFrame, openShell, screenshot } from './support/shell-page';

const suite = e2eSuite();

test('the Jira admin reaches the page from Manage apps and saves a setting that persists', async () => {
  const shell = await openShell(suite.browser, { role: 'admin' });
  try {
    await shell.page.goto(`${suite.env.url}/jira/settings/apps`);
    await shell.page.click('[data-testid="configure-app"]');
    let frame = await appFrame(shell.page, ADMIN_PAGE);
    await frame.fill('input[name="line1Group"]', 'support-line-1-e2e');
    await frame.click('[data-testid="save-general"]');
    await frame.waitForSelector('[data-testid="save-banner"] >> text=Saved');
    // Who changed it reads as a person, not an account id.
    await frame.waitForSelector('[data-testid="version-line"] >> text=Gustav Berg');
    await screenshot(shell.page, 'admin-page-saved-light');

    await shell.page.reload();
    frame = await appFrame(shell.page, ADMIN_PAGE);
    expect(await frame.inputValue('input[name="line1Group"]')).toBe('support-line-1-e2e');
    expect(shell.problems).toEqual([]);
  } finally {
    await shell.close();
  }
});

test('a line-1 agent sees the settings read-only, in Russian', async () => {
  const shell = await openShell(suite.browser, { role: 'line1' });
  try {
    await shell.page.goto(`${suite.env.url}/jira/settings/apps/${ADMIN_PAGE}`);
    const frame = await appFrame(shell.page, ADMIN_PAGE);
    await frame.waitForSelector('[data-testid="read-only-notice"]');
    expect(await frame.textContent('[data-testid="read-only-notice"]')).toMatch(/[а-яА-Я]/);
    expect(await frame.$('[data-testid="save-general"]')).toBeNull();
    expect(await frame.getAttribute('input[name="line1Group"]', 'readonly')).not.toBeNull();
    await screenshot(shell.page, 'admin-page-read-only-light');
    expect(shell.problems).toEqual([]);
  } finally {
    await shell.close();
  }
});
