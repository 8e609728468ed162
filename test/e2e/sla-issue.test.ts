// The SLA clocks on the issue, in the shell: a Critical incident left untouched counts down its first
// response in business hours, turns "at risk" at 75 % and "breached" at the target as the host clock is
// fast-forwarded through /__host/clock/advance (the demo of issue #6); the issue context shows the same
// clocks; a transition made in the shell pauses the clocks without a page reload (JIRA_ISSUE_CHANGED);
// a reopen shows the earlier cycle. Russian for a Russian-speaking engineer. Screenshots light and dark.
import type { Browser, Frame } from 'playwright-core';
import { DEFAULT_SLA_DEFINITIONS } from '../../src/domain/model/sla/defaults';
import { DEFAULT_CALENDAR } from '../../src/domain/model/sla/calendar';
import { launchChromium } from './support/chromium';
import { startE2eHost, type E2eHost } from './support/e2e-host';
import { docScreenshot } from './support/lines';
import { appFrame, openShell, pollFrame, seedUser, type ShellPage } from './support/shell-page';

const PANEL = 'linebridge-issue-panel';
const CONTEXT = 'linebridge-sla-context';
const MINUTE = 60_000;

let env: E2eHost;
let browser: Browser;
let key: string;

async function hostApi(path: string, body: unknown): Promise<unknown> {
  const res = await fetch(`${env.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(res.status).toBe(200);
  return res.json();
}

/** Fast-forwards the host clock a minute at a time (each step lets the due timers run). */
async function advance(ms: number): Promise<void> {
  for (let done = 0; done < ms; done += MINUTE) await hostApi('/__host/clock/advance', { ms: Math.min(MINUTE, ms - done) });
}

async function jira(method: string, path: string, who: string, body?: unknown): Promise<{ status: number; body: string }> {
  const url = new URL(path, 'http://local');
  return env.host.jira.handle(
    { method, path: url.pathname, query: url.searchParams, headers: { 'content-type': 'application/json' }, body: body === undefined ? '' : JSON.stringify(body) },
    { kind: 'user', accountId: who },
  );
}

async function transition(id: string, who: string, fields: Record<string, unknown> = {}): Promise<void> {
  const res = await jira('POST', `/rest/api/3/issue/${key}/transitions`, who, { transition: { id }, fields });
  expect(res.status).toBe(204);
}

const clockState = (frame: Frame, metric: string): Promise<string | null> =>
  frame.getAttribute(`[data-testid="sla-clock-${metric}"]`, 'data-state');

async function openIssue(shell: ShellPage, moduleKey = PANEL): Promise<Frame> {
  await shell.page.goto(`${env.url}/browse/${key}`);
  const frame = await appFrame(shell.page, moduleKey);
  await frame.waitForSelector('[data-testid="sla-clocks"]');
  return frame;
}

beforeAll(async () => {
  env = await startE2eHost();
  browser = await launchChromium();
  // Office hours (Mon–Fri 09:00–18:00 UTC): move the host clock to the next Monday, 10:00 UTC.
  const now = env.host.clock.now();
  const day = new Date(now);
  const toMonday = (8 - day.getUTCDay()) % 7 || 7;
  const monday = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + toMonday, 10, 0, 0);
  await hostApi('/__host/clock/advance', { ms: monday - now });
  const saved = (await env.host.invokeResolver({
    moduleKey: 'linebridge-admin', functionKey: 'settings/save', accountId: seedUser('admin').accountId,
    payload: { section: 'sla', value: { definitions: DEFAULT_SLA_DEFINITIONS, calendar: { ...DEFAULT_CALENDAR, name: 'Support office' } }, expectedVersion: 0 },
    context: { extension: { type: 'jira:adminPage' } },
  })) as { ok: boolean };
  expect(saved.ok).toBe(true);
  const body = { fields: { project: { key: 'SUP' }, issuetype: { name: 'Incident' }, summary: 'Checkout is down for every client', priority: { name: 'Critical' } } };
  const created = await jira('POST', '/rest/api/3/issue', seedUser('line1').accountId, body);
  expect(created.status).toBe(201);
  key = (JSON.parse(created.body) as { key: string }).key;
  await hostApi('/__host/clock/advance', { ms: 0 });
});

afterAll(async () => {
  await browser?.close();
  await env?.close();
});

test('an untouched Critical incident counts down, warns at 75 % and breaches as time is fast-forwarded', async () => {
  const shell = await openShell(browser, { role: 'line2', theme: 'light' });
  try {
    let frame = await openIssue(shell);
    expect(await clockState(frame, 'firstResponse')).toBe('running');
    expect(await clockState(frame, 'resolution')).toBe('running');
    expect(await frame.textContent('[data-testid="sla-remaining-firstResponse"]')).toMatch(/^(30 min|29 min \d+ s) left$/);
    expect(await frame.textContent('[data-testid="sla-calendar-note"]')).toContain('Business hours of "Support office" (UTC)');
    const context = await appFrame(shell.page, CONTEXT);
    await context.waitForSelector('[data-testid="sla-clock-firstResponse"]');
    expect(await clockState(context, 'firstResponse')).toBe('running');
    await docScreenshot(shell.page, 'sla-issue-running-light');

    await advance(23 * MINUTE); // past the 75 % warning (22.5 min) of the first response
    frame = await openIssue(shell);
    expect(await clockState(frame, 'firstResponse')).toBe('atRisk');
    expect(await frame.textContent('[data-testid="sla-remaining-firstResponse"]')).toMatch(/^(7 min|6 min \d+ s) left$/);

    await advance(8 * MINUTE); // past the 30-minute target
    frame = await openIssue(shell);
    expect(await clockState(frame, 'firstResponse')).toBe('breached');
    expect(await frame.textContent('[data-testid="sla-breached-firstResponse"]')).toMatch(/^Breached (1 minute ago|\d+ seconds ago)$/);
    expect(await clockState(frame, 'resolution')).toBe('running');
    await docScreenshot(shell.page, 'sla-issue-breached-light');
    expect(shell.problems).toEqual([]);
  } finally {
    await shell.close();
  }
});

test('the host recorded the warning and the breach as domain events, and the stored state is indexed', async () => {
  const res = await jira('POST', '/rest/api/3/search/jql', seedUser('admin').accountId, { jql: 'firstResponseBreached = "true"', fields: ['summary'], maxResults: 50 });
  expect((JSON.parse(res.body) as { issues: { key: string }[] }).issues.map((i) => i.key)).toContain(key);
  const status = (await (await fetch(`${env.url}/__host/status`)).json()) as { deadLetters: number; triggerFailures: number };
  expect(status).toMatchObject({ deadLetters: 0, triggerFailures: 0 });
});

test('a transition made in the shell pauses the clocks without a reload; a reopen shows the earlier cycle', async () => {
  const shell = await openShell(browser, { role: 'line2', theme: 'dark' });
  try {
    await transition('11', seedUser('line1').accountId);
    const frame = await openIssue(shell);
    await shell.page.click('[data-testid="status-button"]');
    await shell.page.click('[data-testid="transition-31"]'); // Wait for customer, through the shell's UI
    await pollFrame(frame, `document.querySelector('[data-testid="sla-clock-resolution"]')?.dataset.state === 'paused'`);
    expect(await frame.textContent('[data-testid="sla-clock-resolution"]')).toContain('Paused: Waiting for customer');
    await pollFrame(frame, `document.querySelector('[data-testid="issue-summary"]')?.textContent.includes('Waiting for customer')`);
    await docScreenshot(shell.page, 'sla-issue-paused-dark');

    await transition('41', seedUser('line2').accountId);
    await transition('51', seedUser('line2').accountId, { resolution: { name: 'Done' } });
    await transition('71', seedUser('line2').accountId);
    await hostApi('/__host/clock/advance', { ms: 0 });
    const reopened = await openIssue(shell);
    await reopened.waitForSelector('[data-testid="sla-cycle-resolution-1"]');
    expect(await reopened.textContent('[data-testid="sla-cycle-resolution-1"]')).toContain('Cycle 1: Met');
    expect(await reopened.textContent('[data-testid="sla-clock-resolution"]')).toContain('Cycle 2');
    expect(shell.problems).toEqual([]);
  } finally {
    await shell.close();
  }
});

test('a Russian-speaking engineer reads the clocks in Russian', async () => {
  const shell = await openShell(browser, { role: 'line2', theme: 'light' });
  try {
    const dmitri = seedUser('line2', 1);
    await shell.page.goto(`${env.url}/browse/${key}`);
    await shell.page.click('[data-testid="user-switcher"]');
    await shell.page.click(`[data-testid="user-line2-${dmitri.accountId}"]`);
    const frame = await appFrame(shell.page, PANEL);
    await frame.waitForSelector('[data-testid="sla-clocks"]');
    expect(await frame.textContent('[data-testid="sla-clocks"]')).toContain('Решение');
    expect(await frame.textContent('[data-testid="sla-calendar-note"]')).toContain('Рабочие часы календаря');
    expect(shell.problems).toEqual([]);
  } finally {
    await shell.close();
  }
});
