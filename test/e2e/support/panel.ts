// Reads the LineBridge issue panel inside its frame: the status it shows and its history count (the
// summary part; the SLA clocks below it are read by sla-issue.test.ts). Polls, because after a change the
// panel reloads (JIRA_ISSUE_CHANGED) and the resolver answers asynchronously.
import type { Page } from 'playwright-core';
import { appFrame } from './shell-page';

export const PANEL = 'linebridge-issue-panel';

export async function panelText(page: Page): Promise<string> {
  const frame = await appFrame(page, PANEL);
  await frame.waitForSelector('[data-testid="issue-summary"], [data-testid="error-state"]');
  return (await frame.textContent('[data-testid="issue-summary"], [data-testid="error-state"]')) ?? '';
}

export async function waitForPanel(page: Page, expected: { status: string; history: number }, timeout = 20000): Promise<string> {
  const until = Date.now() + timeout;
  let last = '';
  while (Date.now() < until) {
    try {
      last = await panelText(page);
      const count = /(\d+)\s*$/.exec(last.trim())?.[1];
      if (last.includes(expected.status) && Number(count) === expected.history) return last;
    } catch {
      // the frame was re-rendered while we read it: read again
    }
    await page.waitForTimeout(150);
  }
  throw new Error(`panel never showed ${JSON.stringify(expected)}; last text: ${last}`);
}
