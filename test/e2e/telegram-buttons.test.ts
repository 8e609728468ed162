// In the browser on the demo data: a line-2 engineer links Telegram from the handoff issue panel ("Connect
// Telegram" → one-time deep link → /start in the bot's chat → linked, then unlinked), and a lead opens the CSAT
// comments behind the panel's CSAT figure while a line-1 agent is told they are for leads. Axe finds no
// serious violation; light and dark screenshots.
import { seriousViolations } from './support/axe';
import { e2eSuite } from './support/e2e-suite';
import { buildFigures, docScreenshot, HANDOFF_PANEL, PROJECT_PAGE } from './support/lines';
import { appFrame, openShell } from './support/shell-page';

const suite = e2eSuite({ demoData: true, prepare: buildFigures });

test('a line-2 engineer links and unlinks Telegram from the issue panel', async () => {
  const shell = await openShell(suite.browser, { role: 'line2', theme: 'light' });
  try {
    await shell.page.goto(`${suite.env.url}/browse/SUP-1`);
    let frame = await appFrame(shell.page, HANDOFF_PANEL);
    await frame.waitForSelector('[data-testid="telegram-connect"]');
    await frame.click('[data-testid="telegram-connect"]');
    const href = (await (await frame.waitForSelector('[data-testid="telegram-deep-link"]')).getAttribute('href')) ?? '';
    expect(href).toMatch(/^https:\/\/t\.me\/[A-Za-z0-9_]+\?start=lb[A-Za-z0-9_-]{32}$/);
    expect(await seriousViolations(frame)).toEqual([]);
    await docScreenshot(shell.page, 'handoff-telegram-link-light');
    // What Telegram does with the link: the person's app sends /start <code> to the bot.
    const person = suite.env.host.telegram.createUser({ firstName: 'Chen', languageCode: 'en' });
    suite.env.host.telegram.createChat('private', '', [person.id]);
    suite.env.host.telegram.postAsPerson(person.id, person.id, `/start ${new URL(href).searchParams.get('start') ?? ''}`);
    await suite.env.host.telegram.webhookIdle();
    await suite.env.host.settle();
    await shell.page.reload();
    frame = await appFrame(shell.page, HANDOFF_PANEL);
    expect(await (await frame.waitForSelector('[data-testid="telegram-link-state"]')).textContent()).toContain('Linked to Telegram as Chen');
    await frame.click('[data-testid="telegram-unlink"]');
    await frame.waitForSelector('[data-testid="telegram-connect"]');
    expect(shell.problems).toEqual([]);
  } finally {
    await shell.close();
  }
});

for (const theme of ['light', 'dark'] as const) {
  test(`a lead reads the CSAT comments of the period (${theme})`, async () => {
    const shell = await openShell(suite.browser, { role: 'lead', theme });
    try {
      await shell.page.goto(`${suite.env.url}/jira/software/c/projects/SUP/apps/${PROJECT_PAGE}`);
      const frame = await appFrame(shell.page, PROJECT_PAGE);
      await frame.waitForSelector('[data-testid="lines-kpis"]');
      await frame.click('[data-testid="csat-comments-show"]');
      await frame.waitForSelector('[data-testid="csat-comments"] tbody tr');
      const rows = await frame.$$('[data-testid="csat-comments"] tbody tr');
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.length).toBeLessThanOrEqual(10);
      expect(await frame.textContent('[data-testid="csat-comments"] tbody')).toMatch(/SUP-\d+/);
      expect(await seriousViolations(frame)).toEqual([]);
      await (await frame.$('[data-testid="csat-comments"]'))?.scrollIntoViewIfNeeded();
      await docScreenshot(shell.page, `lines-csat-comments-${theme}`);
      expect(shell.problems).toEqual([]);
    } finally {
      await shell.close();
    }
  });
}

test('a line-1 agent is told the comments are for leads', async () => {
  const shell = await openShell(suite.browser, { role: 'line1', theme: 'light' });
  try {
    await shell.page.goto(`${suite.env.url}/jira/software/c/projects/SUP/apps/${PROJECT_PAGE}`);
    const frame = await appFrame(shell.page, PROJECT_PAGE);
    await frame.waitForSelector('[data-testid="lines-kpis"]');
    await frame.click('[data-testid="csat-comments-show"]');
    const alert = await frame.waitForSelector('[data-testid="csat-comments"] [role="alert"]');
    expect(await alert.textContent()).toMatch(/leads and Jira admins only|руководителям поддержки/);
    expect(await frame.$('[data-testid="csat-comments"] table')).toBeNull();
  } finally {
    await shell.close();
  }
});
