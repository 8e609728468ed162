// Bad input at the frame boundary: a resolver that throws or runs past its time limit, and an app bundle
// that fails to load, end in an error state inside the frame (the app's or Jira's), never a blank page.
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { startE2eHost, type E2eHost } from './support/e2e-host';
import { PANEL } from './support/panel';
import { appFrame, openShell, screenshot } from './support/shell-page';

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

async function panelShowsErrorState(name: string): Promise<void> {
  const shell = await openShell(browser, { role: 'line2' });
  try {
    await shell.page.goto(`${env.url}/browse/SUP-1`);
    const frame = await appFrame(shell.page, PANEL);
    await frame.waitForSelector('[data-testid="error-state"]');
    expect((await frame.textContent('[data-testid="error-state"]'))?.trim()).not.toBe('');
    await screenshot(shell.page, name);
  } finally {
    await shell.close();
  }
}

test('a resolver that throws shows the error state in the panel', async () => {
  const original = env.host.invokeResolver.bind(env.host);
  env.host.invokeResolver = async () => {
    throw new Error('resolver exploded');
  };
  try {
    await panelShowsErrorState('panel-resolver-threw-light');
  } finally {
    env.host.invokeResolver = original;
  }
});

test('a resolver past its time limit shows the error state in the panel', async () => {
  const jira = env.host.jira;
  const handle = jira.handle.bind(jira);
  jira.handle = async (req, actor) => {
    await new Promise((resolve) => setTimeout(resolve, 200)); // a slow Jira...
    return handle(req, actor);
  };
  env.host.invoker.timeScale = 0.002; // ...and a 50 ms resolver limit (25 s scaled): the panel's resolver times out
  try {
    await panelShowsErrorState('panel-resolver-timeout-light');
  } finally {
    env.host.invoker.timeScale = 1;
    jira.handle = handle;
  }
});

test("an app bundle that cannot load shows Jira's error state instead of a blank frame", async () => {
  const shell = await openShell(browser, { role: 'line2' });
  try {
    await shell.page.route('**/resources/issue-panel/assets/**', (route) => route.abort());
    await shell.page.goto(`${env.url}/browse/SUP-1`);
    await shell.page.waitForSelector(`[data-testid="forge-frame"][data-module-key="${PANEL}"] [data-testid="frame-error"]`);
    expect(await shell.page.textContent('[data-testid="frame-error"]')).toContain('Something went wrong');
    await screenshot(shell.page, 'panel-bundle-failed-light');
  } finally {
    await shell.close();
  }
});
