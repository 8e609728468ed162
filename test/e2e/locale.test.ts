// The signed-in person's Jira locale and time zone reach the frames' Forge context: a ru_RU agent gets
// `ru-RU` and sees the panel in Russian; switching user re-renders the frame as the new person; switching
// the theme re-themes the frames that turned Jira theming on, live.
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { startE2eHost, type E2eHost } from './support/e2e-host';
import { PANEL, panelText } from './support/panel';
import { appFrame, openShell, pollFrame, seedUser } from './support/shell-page';

let env: E2eHost;
let browser: Browser;

beforeAll(async () => {
  env = await startE2eHost();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await env?.close();
});

test('a ru_RU agent gets ru-RU in the context and a Russian panel; switching user changes both', async () => {
  const anna = seedUser('line1', 0);
  const ben = seedUser('line1', 1);
  const shell = await openShell(browser, { role: 'line1' });
  try {
    await shell.page.goto(`${env.url}/browse/SUP-1`);
    const frame = await appFrame(shell.page, PANEL);
    const context = await frame.evaluate<{ locale: string; timezone: string; accountId: string; extension: { issue: { key: string } } }>('window.__bridge.callBridge("getContext")');
    expect(context).toMatchObject({ locale: 'ru-RU', timezone: anna.timeZone, accountId: anna.accountId, extension: { issue: { key: 'SUP-1' } } });
    expect(await panelText(shell.page)).toContain('Статус');

    await shell.page.click('[data-testid="user-switcher"]');
    await shell.page.click(`[data-testid="user-line1-${ben.accountId}"]`);
    await shell.page.waitForFunction(`document.querySelector('[data-testid="user-switcher"]').textContent.includes(${JSON.stringify(ben.displayName)})`);
    expect(await panelText(shell.page)).toContain('Status');
    expect(shell.problems).toEqual([]);
  } finally {
    await shell.close();
  }
});

test('the theme switch re-themes the shell and the app frames without reloading them', async () => {
  const shell = await openShell(browser, { role: 'line2', theme: 'light' });
  try {
    await shell.page.goto(`${env.url}/browse/SUP-1`);
    const frame = await appFrame(shell.page, PANEL);
    expect(await frame.getAttribute('html', 'data-color-mode')).toBe('light');
    await shell.page.click('[data-testid="theme-switch"]');
    expect(await shell.page.getAttribute('html', 'data-color-mode')).toBe('dark');
    await pollFrame(frame, 'document.documentElement.getAttribute("data-color-mode") === "dark"', 5000);
    expect(await frame.evaluate<string>('window.__bridge.callBridge("getContext").then((c) => c.theme.colorMode)')).toBe('dark');
    expect(shell.problems).toEqual([]);
  } finally {
    await shell.close();
  }
});
