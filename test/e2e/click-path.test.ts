// A line-2 engineer's path through the product: open an issue from the list, move it with and without a
// transition screen, hit the workflow validator's error, fix it, and watch the app's issue panel follow
// (status and history count); a bad JQL query and a comment on the way. No console error.
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { startE2eHost, type E2eHost } from './support/e2e-host';
import { waitForPanel } from './support/panel';
import { openShell, screenshot, type ShellPage } from './support/shell-page';

let env: E2eHost;
let browser: Browser;
let shell: ShellPage;

beforeAll(async () => {
  env = await startE2eHost();
  browser = await launchChromium();
  shell = await openShell(browser, { role: 'line2' });
});

afterAll(async () => {
  await shell?.close();
  await browser?.close();
  await env?.close();
});

async function chooseTransition(id: string): Promise<void> {
  await shell.page.click('[data-testid="status-button"]');
  await shell.page.click(`[data-testid="transition-${id}"]`);
}

test("a bad JQL query shows Jira's message under the search box", async () => {
  await shell.page.goto(`${env.url}/jira/software/c/projects/SUP/issues`);
  await shell.page.fill('[data-testid="jql-input"]', 'project = = SUP');
  await shell.page.click('[data-testid="jql-search"]');
  await shell.page.waitForSelector('[data-testid="jql-error"] >> text=Error in the JQL Query');
  await screenshot(shell.page, 'jql-error-light');
});

test('opening an issue from the navigator shows it with the app panel', async () => {
  await shell.page.goto(`${env.url}/jira/software/c/projects/SUP/issues`);
  await shell.page.click('[data-testid="issue-link-SUP-1"]');
  await shell.page.waitForSelector('[data-testid="issue-view"]');
  expect(new URL(shell.page.url()).pathname).toBe('/browse/SUP-1');
  await waitForPanel(shell.page, { status: 'In Progress', history: 2 });
});

test('a transition without a screen moves the issue and the panel follows', async () => {
  await chooseTransition('31');
  await waitForPanel(shell.page, { status: 'Waiting for customer', history: 3 });
  expect(await shell.page.textContent('[data-testid="status-button"]')).toContain('Waiting for customer');
});

test('the validator error appears in the transition dialog as Jira shows it, and a fixed form passes', async () => {
  env.host.jira.setTransitionValidators('SUP', '51', [
    { moduleKey: 'e2e-validator', config: { expression: 'issue.description != null && issue.description.plainText.includes("root cause") ? true : "Describe the root cause before resolving."' } },
  ]);
  env.host.jira.setScreenFieldRequired(2, 'resolution', true);
  await chooseTransition('41');
  await waitForPanel(shell.page, { status: 'In Progress', history: 4 });

  await chooseTransition('51');
  const dialog = '[data-testid="transition-dialog"]';
  await shell.page.waitForSelector(`${dialog} [data-testid="form-field-resolution"] >> text=*`);
  await shell.page.click(`${dialog} [data-testid="transition-submit"]`);
  await shell.page.waitForSelector('[data-testid="field-error-resolution"]');

  await shell.page.click(`${dialog} [data-testid="form-field-resolution"] input`);
  await shell.page.keyboard.type('Done');
  await shell.page.keyboard.press('Enter');
  await shell.page.click(`${dialog} [data-testid="transition-submit"]`);
  await shell.page.waitForSelector(`${dialog} [data-testid="form-errors"] >> text=Describe the root cause before resolving.`);
  await screenshot(shell.page, 'transition-validator-error-light');

  await shell.page.fill(`${dialog} textarea`, 'Payment gateway certificate expired: root cause found and fixed.');
  await shell.page.click(`${dialog} [data-testid="transition-submit"]`);
  await shell.page.waitForSelector(dialog, { state: 'detached' });
  await waitForPanel(shell.page, { status: 'Resolved', history: 5 });
});

test('a comment posted from the issue view appears in its activity', async () => {
  await shell.page.click('#add-comment');
  await shell.page.fill('#add-comment', 'Client confirmed the payment page works again.');
  await shell.page.click('text=Save');
  await shell.page.waitForSelector('[data-testid="activity-comment"] >> text=Client confirmed the payment page works again.');
});

test('the issue view shows the new history and no console error happened', async () => {
  await shell.page.click('role=tab[name="History"]');
  await shell.page.waitForSelector('[data-testid="activity-history"] >> text=Resolved');
  await screenshot(shell.page, 'issue-view-after-transitions-light');
  expect(shell.problems).toEqual([]);
});
