// The support-lines dashboard gadget: unconfigured it opens in Jira's edit mode; the lead picks a project,
// a period and the KPIs, saves (view.submit), and the gadget shows exactly those KPIs; Edit brings the
// saved choice back and Cancel leaves it unchanged. Light and dark screenshots of both modes.
import { e2eSuite } from './support/e2e-suite';
import { buildFigures, docScreenshot, GADGET } from './support/lines';
import { appFrame, openShell, pollFrame } from './support/shell-page';

const suite = e2eSuite({ demoData: true, prepare: buildFigures });

const GADGET_BOX = `[data-testid="gadget-${GADGET}"]`;

test('configure the gadget in edit mode, save, and see only the chosen KPIs; Edit shows the saved choice', async () => {
  const shell = await openShell(suite.browser, { role: 'lead' });
  try {
    await shell.page.goto(`${suite.env.url}/jira/dashboards/10000`);
    let frame = await appFrame(shell.page, GADGET);
    await frame.waitForSelector('[data-testid="lines-gadget-edit"]');
    await docScreenshot(shell.page, 'lines-gadget-edit-light');
    await frame.click('#lb-g-project');
    await frame.click('text=Support (SUP)');
    await frame.click('#lb-g-period');
    await frame.click('text=Last 4 weeks');
    for (const kpi of ['sla', 'handoff', 'reaction', 'repeatContacts', 'fcr']) await frame.uncheck(`input[name="kpi-${kpi}"]`);
    await frame.click('[data-testid="gadget-save"]');
    await shell.page.waitForSelector(`${GADGET_BOX}[data-mode="view"]`);
    frame = await appFrame(shell.page, GADGET);
    await frame.waitForSelector('[data-testid="lines-gadget"] [data-testid="kpi-reopen-value"]');
    expect(await frame.$('[data-testid="kpi-csat"]')).not.toBeNull();
    expect(await frame.$('[data-testid="kpi-fcr"]')).toBeNull();
    expect(await frame.$('[data-testid^="kpi-sla-"]')).toBeNull();
    expect(await frame.textContent('[data-testid="lines-gadget"]')).toContain('SUP');
    await docScreenshot(shell.page, 'lines-gadget-light');

    await shell.page.click(`${GADGET_BOX} button[aria-haspopup="menu"]`);
    await shell.page.click('[data-testid="gadget-edit"]');
    frame = await appFrame(shell.page, GADGET);
    await frame.waitForSelector('[data-testid="lines-gadget-edit"]');
    await pollFrame(frame, `document.querySelector('[data-testid="lines-gadget-edit"]').textContent.includes('Support (SUP)')`);
    expect(await frame.isChecked('input[name="kpi-fcr"]')).toBe(false);
    expect(await frame.isChecked('input[name="kpi-csat"]')).toBe(true);
    await frame.click('[data-testid="gadget-cancel"]');
    await shell.page.waitForSelector(`${GADGET_BOX}[data-mode="view"]`);
    frame = await appFrame(shell.page, GADGET);
    await frame.waitForSelector('[data-testid="kpi-reopen-value"]');
    expect(await frame.$('[data-testid="kpi-fcr"]')).toBeNull();
    expect(shell.problems).toEqual([]);
  } finally {
    await shell.close();
  }
});

test('the configured gadget in the dark theme', async () => {
  const shell = await openShell(suite.browser, { role: 'lead', theme: 'dark' });
  try {
    await shell.page.goto(`${suite.env.url}/jira/dashboards/10000`);
    const frame = await appFrame(shell.page, GADGET);
    await frame.waitForSelector('[data-testid="lines-gadget"] [data-testid="kpi-reopen-value"]');
    await docScreenshot(shell.page, 'lines-gadget-dark');
    await shell.page.click(`${GADGET_BOX} button[aria-haspopup="menu"]`);
    await shell.page.click('[data-testid="gadget-edit"]');
    await (await appFrame(shell.page, GADGET)).waitForSelector('[data-testid="lines-gadget-edit"]');
    await docScreenshot(shell.page, 'lines-gadget-edit-dark');
    expect(shell.problems).toEqual([]);
  } finally {
    await shell.close();
  }
});
