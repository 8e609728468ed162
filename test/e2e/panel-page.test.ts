// The support-lines project page on the demo data, after the figures were built from history: KPI tiles
// with threshold colours, weekly trends and the sortable table by engineer; a KPI drills down to the issues
// in Jira's navigator; filters narrow the figures. Light and dark screenshots for the README.
import type { Frame, Page } from 'playwright-core';
import { e2eSuite } from './support/e2e-suite';
import { buildFigures, docScreenshot, PROJECT_PAGE } from './support/lines';
import { appFrame, openShell, pollFrame } from './support/shell-page';

const suite = e2eSuite({ demoData: true, prepare: buildFigures });

async function openPanel(frameOf: (key: string) => Promise<Frame>, page: Page): Promise<Frame> {
  await page.goto(`${suite.env.url}/jira/software/c/projects/SUP/apps/${PROJECT_PAGE}`);
  const frame = await frameOf(PROJECT_PAGE);
  await frame.waitForSelector('[data-testid="lines-kpis"]');
  await frame.waitForSelector('[data-testid="lines-people"] tbody tr');
  return frame;
}

for (const theme of ['light', 'dark'] as const) {
  test(`a lead sees the KPIs, trends and the table by engineer (${theme})`, async () => {
    const shell = await openShell(suite.browser, { role: 'lead', theme });
    try {
      const frame = await openPanel((key) => appFrame(shell.page, key), shell.page);
      const reopen = (await frame.textContent('[data-testid="kpi-reopen-number"]')) ?? '';
      expect(reopen).toMatch(/\d+(\.\d)?\s?%/);
      expect(await frame.textContent('[data-testid="kpi-csat-number"]')).toMatch(/^[1-5]\.\d{1,2}$|^[1-5]$/);
      expect(await frame.$$('[data-testid^="trend-"] svg')).toHaveLength(5);
      const rows = await frame.evaluate<string[]>('[...document.querySelectorAll(\'[data-testid="lines-people"] tbody tr\')].map((tr) => tr.textContent)');
      expect(rows.some((r) => r.includes('Chen Wei'))).toBe(true);
      await docScreenshot(shell.page, `lines-project-page-${theme}`);
      expect(shell.problems).toEqual([]);
    } finally {
      await shell.close();
    }
  });
}

test('the table sorts by a column and a KPI drills down to the issues behind it', async () => {
  const shell = await openShell(suite.browser, { role: 'lead' });
  try {
    const frame = await openPanel((key) => appFrame(shell.page, key), shell.page);
    const loads = (): Promise<number[]> => frame.evaluate<number[]>('[...document.querySelectorAll(\'[data-testid="lines-people"] tbody tr\')].map((tr) => Number(tr.querySelectorAll("td")[2].textContent))');
    const before = await loads();
    expect(before).toEqual([...before].sort((a, b) => b - a));
    await frame.click('[data-testid="lines-people"] th:nth-child(3) button');
    await pollFrame(frame, `(() => { const v = [...document.querySelectorAll('[data-testid="lines-people"] tbody tr')].map((tr) => Number(tr.querySelectorAll('td')[2].textContent)); return v.every((x, i) => i === 0 || v[i - 1] <= x); })()`);
    await frame.click('[data-testid="kpi-reopen-value"]');
    await shell.page.waitForURL(/\/issues\?jql=/);
    const jql = new URL(shell.page.url()).searchParams.get('jql') ?? '';
    expect(jql).toContain('lbReopenCount > 0');
    await shell.page.waitForSelector('[data-testid^="issue-link-SUP-"]');
    expect(shell.problems).toEqual([]);
  } finally {
    await shell.close();
  }
});

test('a filter narrows the figures (line 2 only, High priority)', async () => {
  const shell = await openShell(suite.browser, { role: 'lead' });
  try {
    const frame = await openPanel((key) => appFrame(shell.page, key), shell.page);
    const detail = async (): Promise<string> => (await frame.textContent('[data-testid="kpi-reopen"] .lb-kpi-detail')) ?? '';
    const all = await detail();
    await frame.click('#lb-f-priority');
    await frame.click('text=High');
    await pollFrame(frame, `!document.querySelector('[data-testid="lines-panel"]').getAttribute('aria-busy') || document.querySelector('[data-testid="lines-panel"]').getAttribute('aria-busy') === 'false'`);
    await pollFrame(frame, `document.querySelector('[data-testid="kpi-reopen"] .lb-kpi-detail').textContent !== ${JSON.stringify(all)}`);
    const denominator = (s: string): number => Number(/of (\d+)/.exec(s)?.[1] ?? NaN);
    expect(denominator(await detail())).toBeLessThan(denominator(all));
    expect(shell.problems).toEqual([]);
  } finally {
    await shell.close();
  }
});
