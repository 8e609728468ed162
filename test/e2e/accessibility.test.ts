// axe-core inside the app's own frames on every surface (light and dark): no serious or critical
// violation. The shell page around them is checked too, so the Jira look-alike does not hide problems.
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { launchChromium } from './support/chromium';
import { startE2eHost, type E2eHost } from './support/e2e-host';
import { openShell } from './support/shell-page';
import { SURFACES } from './support/surfaces';

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

async function appFrameViolations(page: Page): Promise<string[]> {
  const out: string[] = [];
  for (const handle of await page.$$('[data-testid="forge-frame"][data-phase="ready"] iframe')) {
    const frame = await handle.contentFrame();
    if (frame) out.push(...(await seriousViolations(frame)).map((v) => `${frame.url().split('?')[0] ?? ''}: ${v}`));
  }
  return out;
}

for (const theme of ['light', 'dark'] as const) {
  for (const surface of SURFACES) {
    test(`${surface.name} (${theme}): no serious axe violation in the app frames or the shell`, async () => {
      const shell = await openShell(browser, { role: 'lead', theme });
      try {
        await surface.open(shell.page, env.url);
        expect(await appFrameViolations(shell.page)).toEqual([]);
        expect(await seriousViolations(shell.page.mainFrame())).toEqual([]);
      } finally {
        await shell.close();
      }
    });
  }
}
