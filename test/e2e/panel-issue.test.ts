// The handoff issue panel: the line-1 agent who escalated a resolved issue rates line 2's handling (score,
// comment, anonymity) and sees it saved; a line-2 engineer on the same issue gets the refusal sentence and
// no form, and does not see the comment. Light and dark screenshots.
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { startE2eHost, type E2eHost } from './support/e2e-host';
import { docScreenshot, HANDOFF_PANEL, unratedIssueOf } from './support/lines';
import { appFrame, openShell, seedUser } from './support/shell-page';

let env: E2eHost;
let browser: Browser;
let issueKey: string;

beforeAll(async () => {
  env = await startE2eHost({ demoData: true });
  issueKey = await unratedIssueOf(env, seedUser('line1', 1).accountId);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await env?.close();
});

test('the line-1 agent rates the resolution in the issue panel', async () => {
  const shell = await openShell(browser, { role: 'line1', theme: 'light' });
  try {
    // Ben Ortiz (en_US) is the second line-1 agent: switch to him through the user menu.
    const ben = seedUser('line1', 1);
    await shell.page.goto(`${env.url}/browse/${issueKey}`);
    await shell.page.click('[data-testid="user-switcher"]');
    await shell.page.click(`[data-testid="user-line1-${ben.accountId}"]`);
    let frame = await appFrame(shell.page, HANDOFF_PANEL);
    await frame.waitForSelector('[data-testid="csat-form"]');
    await frame.click('input[name="score"][value="2"]');
    await frame.fill('#csat-comment', '=HYPERLINK("x") The fix needed two rounds; please test before resolving.');
    await frame.check('input[name="anonymous"]');
    await docScreenshot(shell.page, 'lines-issue-csat-form-light');
    await frame.click('[data-testid="csat-submit"]');
    await frame.waitForSelector('[data-testid="csat-saved"]');
    frame = await appFrame(shell.page, HANDOFF_PANEL);
    const rating = (await frame.textContent('[data-testid$="-rating"]')) ?? '';
    expect(rating).toContain('2/5');
    expect(rating).toContain('please test before resolving');
    expect(shell.problems).toEqual([]);
  } finally {
    await shell.close();
  }
});

for (const theme of ['light', 'dark'] as const) {
  test(`a line-2 engineer sees the refusal instead of the form, without the comment (${theme})`, async () => {
    const shell = await openShell(browser, { role: 'line2', theme });
    try {
      await shell.page.goto(`${env.url}/browse/${issueKey}`);
      const frame = await appFrame(shell.page, HANDOFF_PANEL);
      await frame.waitForSelector('[data-testid="csat-notLine1"]');
      expect(await frame.$('[data-testid="csat-form"]')).toBeNull();
      const text = (await frame.textContent('[data-testid="handoff-panel"]')) ?? '';
      expect(text).not.toContain('please test before resolving');
      expect(text).toMatch(/rated anonymously|2\/5/);
      await docScreenshot(shell.page, `lines-issue-refusal-${theme}`);
      expect(shell.problems).toEqual([]);
    } finally {
      await shell.close();
    }
  });
}

test('the rating form in the dark theme', async () => {
  const other = await unratedIssueOf(env, seedUser('line1', 1).accountId);
  const shell = await openShell(browser, { role: 'line1', theme: 'dark' });
  try {
    const ben = seedUser('line1', 1);
    await shell.page.goto(`${env.url}/browse/${other}`);
    await shell.page.click('[data-testid="user-switcher"]');
    await shell.page.click(`[data-testid="user-line1-${ben.accountId}"]`);
    const frame = await appFrame(shell.page, HANDOFF_PANEL);
    await frame.waitForSelector('[data-testid="csat-form"]');
    await frame.click('input[name="score"][value="4"]');
    await docScreenshot(shell.page, 'lines-issue-csat-form-dark');
    expect(shell.problems).toEqual([]);
  } finally {
    await shell.close();
  }
});
