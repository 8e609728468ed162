// The shell's Telegram pane on the demo data: it lists the seeded chats with their last messages, a status
// change of a SUP issue (made over REST as a line-2 engineer) shows up in the team chat as the bot's
// notification with its emoji and link button, and a person can post from the composer. Light and dark.
import type { Browser } from 'playwright-core';
import { jiraRequest, seededUser } from '../builders/host';
import { launchChromium } from './support/chromium';
import { startE2eHost, type E2eHost } from './support/e2e-host';
import { docScreenshot } from './support/lines';
import { openShell } from './support/shell-page';

let env: E2eHost;
let browser: Browser;
let team = 0;

beforeAll(async () => {
  env = await startE2eHost({ demoData: true });
  browser = await launchChromium();
  team = env.host.telegram.chats().find((c) => c.title === 'SUP support team')?.id ?? 0;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await env?.close();
});

async function botMessageIn(chatId: number, pattern: RegExp): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const found = env.host.telegram.listMessages(chatId).find((m) => m.sender === 'bot' && pattern.test(m.message.text ?? ''));
    if (found) return found.message.text ?? '';
    await env.host.settle();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no bot message matching ${pattern} in ${chatId}`);
}

test('the pane lists the seeded chats and shows their messages', async () => {
  const shell = await openShell(browser, { role: 'line2' });
  try {
    await shell.page.goto(`${env.url}/jira/software/c/projects/SUP/issues`);
    await shell.page.click('[data-testid="nav-telegram"]');
    await shell.page.waitForSelector(`[data-testid="tg-chat-${team}"]`);
    const list = await shell.page.innerText('[aria-label="Chats"]');
    for (const title of ['SUP support team', 'Greenleaf Schools — support', 'Northwind — поддержка']) expect(list).toContain(title);
    expect(list).toContain('Supergroup');
    await shell.page.click(`[data-testid="tg-chat-${team}"]`);
    await shell.page.waitForSelector('[data-testid="tg-reply"]');
    expect(await shell.page.innerText('[data-testid="tg-messages"]')).toContain('Беру. Похоже, истёк сертификат на шлюзе.');
    expect(shell.problems).toEqual([]);
  } finally {
    await shell.close();
  }
}, 60_000);

test('a status change reaches the team chat as the bot notification, and a person can answer', async () => {
  const res = await env.host.jira.handle(jiraRequest('POST', '/rest/api/3/issue/SUP-2/transitions', { transition: { id: '41' } }), { kind: 'user', accountId: seededUser('line2').accountId });
  expect(res.status).toBe(204);
  expect(await botMessageIn(team, /^🔄 SUP-2 /)).toContain('→ In Progress');
  for (const theme of ['light', 'dark'] as const) {
    const shell = await openShell(browser, { role: 'line2', theme });
    try {
      await shell.page.goto(`${env.url}/jira/telegram/${team}`);
      const bot = shell.page.locator('[data-testid="tg-bot-message"]', { hasText: '🔄 SUP-2' });
      await bot.waitFor({ timeout: 10_000 }); // the pane polls every 2 s
      expect(await bot.locator('.lb-tg-from').innerText()).toContain('LineBridge');
      expect(await bot.locator('a.lb-tg-button').getAttribute('href')).toMatch(/\/browse\/SUP-2$/);
      expect(await bot.locator('strong, a').count()).toBeGreaterThan(0); // entities rendered as elements
      if (theme === 'light') {
        await shell.page.fill('[data-testid="tg-input"]', 'Thanks, I am on it.');
        await shell.page.click('[data-testid="tg-send"]');
        await shell.page.locator('[data-testid="tg-message"]', { hasText: 'Thanks, I am on it.' }).waitFor();
      }
      await docScreenshot(shell.page, `telegram-pane-${theme}`);
      expect(shell.problems).toEqual([]);
    } finally {
      await shell.close();
    }
  }
}, 90_000);
