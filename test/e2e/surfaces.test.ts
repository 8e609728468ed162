// Every shell page and every UI module of the manifest opens in headless Chromium, in light and dark,
// on the demo data, without a console error, uncaught exception or failed request; each leaves a screenshot.
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { startE2eHost, type E2eHost } from './support/e2e-host';
import { appFrame, openShell, screenshot, seedUser } from './support/shell-page';
import { manifest, NO_UI_TYPES, PLACED_TYPES, SURFACES } from './support/surfaces';

let env: E2eHost;
let browser: Browser;

beforeAll(async () => {
  env = await startE2eHost({ demoData: true }); // the README screenshots show the demo data
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await env?.close();
});

test('the suite places every UI module type the manifest declares', () => {
  const unplaced = manifest.uiModules.filter((m) => !PLACED_TYPES.includes(m.type) && !NO_UI_TYPES.includes(m.type)).map((m) => `${m.type} ${m.key}`);
  expect(unplaced).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  for (const surface of SURFACES) {
    test(`${surface.name} opens cleanly (${theme})`, async () => {
      const shell = await openShell(browser, { role: 'lead', theme });
      try {
        await surface.open(shell.page, env.url);
        expect(await shell.page.getAttribute('html', 'data-color-mode')).toBe(theme);
        await screenshot(shell.page, `${surface.name}-${theme}`);
        expect(shell.problems).toEqual([]);
      } finally {
        await shell.close();
      }
    });
  }
}

for (const theme of ['light', 'dark'] as const) {
  test(`a demo incident shows its description, fields, comments and history (${theme})`, async () => {
    const q = new URLSearchParams({ jql: 'project = SUP AND issuetype = Incident AND status = Resolved ORDER BY updated DESC', maxResults: '1', fields: 'summary' });
    const res = await env.host.jira.handle({ method: 'GET', path: '/rest/api/3/search/jql', query: q, headers: {}, body: '' }, { kind: 'user', accountId: seedUser('lead').accountId });
    const key = (JSON.parse(res.body) as { issues: { key: string }[] }).issues[0]?.key;
    expect(key).toMatch(/^SUP-\d+$/);
    const shell = await openShell(browser, { role: 'lead', theme });
    try {
      await shell.page.goto(`${env.url}/browse/${key ?? ''}`);
      await appFrame(shell.page, 'linebridge-issue-panel');
      await shell.page.click('role=tab[name="All"]');
      await shell.page.waitForSelector('[data-testid="activity-history"]');
      await screenshot(shell.page, `issue-view-demo-${theme}`);
      expect(shell.problems).toEqual([]);
    } finally {
      await shell.close();
    }
  });
}
