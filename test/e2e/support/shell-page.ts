// A browser page on the shell as one seeded person and theme, recording every console error, uncaught
// exception and failed request of the page and its app frames, plus helpers to wait for an app frame.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { SEED_USERS, type SeedRole } from '../../../sandbox/jira/seed-users';
import { REPO_ROOT } from './e2e-host';

export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-artifacts/screenshots');

export type ShellPage = { readonly page: Page; readonly context: BrowserContext; readonly problems: string[]; readonly close: () => Promise<void> };

export function seedUser(role: SeedRole, index = 0): (typeof SEED_USERS)[number] {
  const user = SEED_USERS.filter((u) => u.role === role)[index];
  if (!user) throw new Error(`no seeded ${role} #${index}`);
  return user;
}

export async function openShell(browser: Browser, opts: { readonly role?: SeedRole; readonly theme?: 'light' | 'dark'; readonly bypassCSP?: boolean } = {}): Promise<ShellPage> {
  const user = seedUser(opts.role ?? 'line2');
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: opts.bypassCSP ?? false, colorScheme: opts.theme ?? 'light' });
  await context.addInitScript(`localStorage.setItem('lb.account', ${JSON.stringify(user.accountId)}); localStorage.setItem('lb.theme', ${JSON.stringify(opts.theme ?? 'light')});`);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console.error ${m.location().url}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught ${e.message}`));
  page.on('requestfailed', (r) => {
    const reason = r.failure()?.errorText ?? '';
    // ERR_ABORTED is a load the page itself cancelled (navigation, a frame unmounted): not a failure.
    if (reason !== 'net::ERR_ABORTED') problems.push(`request failed ${r.url()}: ${reason}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 500) problems.push(`HTTP ${r.status()} ${r.url()}`);
  });
  return { page, context, problems, close: () => context.close() };
}

/** Waits until the app frame of `moduleKey` has loaded and rendered something other than a spinner. */
export async function appFrame(page: Page, moduleKey: string, timeout = 30000): Promise<Frame> {
  const selector = `[data-testid="forge-frame"][data-module-key="${moduleKey}"]`;
  await page.waitForSelector(`${selector}[data-phase="ready"] iframe`, { timeout });
  const handle = await page.$(`${selector} iframe`);
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`no frame for ${moduleKey}`);
  await pollFrame(frame, 'document.body.innerText.trim() !== "" && !document.querySelector(\'[data-testid="loading-state"]\')', timeout);
  return frame;
}

/**
 * Polls a JS expression in an app frame until it is truthy. Playwright's waitForFunction compiles its
 * predicate with eval inside the page, which Forge's CSP (no 'unsafe-eval') forbids; evaluate does not.
 */
export async function pollFrame(frame: Frame, expression: string, timeout = 30000): Promise<void> {
  const until = Date.now() + timeout;
  for (;;) {
    if (await frame.evaluate(expression).catch(() => false)) return;
    if (Date.now() > until) throw new Error(`timed out after ${timeout} ms waiting for ${expression} in ${frame.url()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.waitForTimeout(300); // let iframes settle their height
  await page.screenshot({ path: file });
  return file;
}
