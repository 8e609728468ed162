// The transition guard as people meet it in the sandbox shell: a line-2 engineer moving an incident to Open
// without "Error occurred at" is stopped in the transition dialog, which shows the validator's own message
// (the same text REST answers) and marks the field required, and passes once it is filled; a reopen without
// a reason is stopped, and without a comment the validator refuses it in the dialog; the Jira admin sees the
// rules, the overview (a rule naming a deleted field flagged) and the provisioning report.
import type { Browser, Frame } from 'playwright-core';
import type { LocalHost } from '../../sandbox/host/local-host';
import { DEFAULT_TRANSITION_GUARD } from '../../src/domain/model/guard/defaults';
import type { GuardValidatorConfigDto, ProvisionReportDto, Result } from '../../src/shared/contract';
import { launchChromium } from './support/chromium';
import { startE2eHost, type E2eHost } from './support/e2e-host';
import { docScreenshot } from './support/lines';
import { appFrame, openShell, seedUser, type ShellPage } from './support/shell-page';

const GUARD = 'linebridge-transition-guard';
const DIALOG = '[data-testid="transition-dialog"]';
let env: E2eHost;
let browser: Browser;
let fields: Readonly<Record<string, string>>;

async function asAdmin<T>(functionKey: string, payload: unknown): Promise<T> {
  const result = (await env.host.invokeResolver({ moduleKey: 'linebridge-admin', functionKey, payload, accountId: seedUser('admin').accountId, context: {} })) as Result<T>;
  if (!result.ok) throw new Error(`${functionKey}: ${JSON.stringify(result.error)}`);
  return result.value;
}

async function jira(host: LocalHost, role: 'line1' | 'line2', method: string, path: string, body?: unknown): Promise<{ status: number; body: string }> {
  return host.jira.handle({ method, path, query: new URLSearchParams(), headers: {}, body: body === undefined ? '' : JSON.stringify(body) }, { kind: 'user', accountId: seedUser(role).accountId });
}

const adf = (text: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const restMessage = async (key: string, id: string): Promise<string> => {
  const res = await jira(env.host, 'line2', 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id } });
  expect(res.status).toBe(400);
  return (JSON.parse(res.body) as { errorMessages: string[] }).errorMessages[0] ?? '';
};

beforeAll(async () => {
  env = await startE2eHost();
  browser = await launchChromium();
  fields = (await asAdmin<ProvisionReportDto>('templates/provision', {})).resolved;
  const screens = await asAdmin<ProvisionReportDto>('guard/provision-screens', {});
  expect(screens.ok).toBe(true);
  for (const [transitionId, ruleId] of [['11', 'sup-open'], ['71', 'sup-reopen']] as const) {
    const { config } = await asAdmin<{ config: GuardValidatorConfigDto }>('guard/validator-config', { ruleId });
    env.host.jira.setTransitionValidators('SUP', transitionId, [{ moduleKey: GUARD, config }]); // what the workflow editor stores
  }
});

afterAll(async () => {
  await browser?.close();
  await env?.close();
});

async function openIssue(shell: ShellPage, key: string, transitionId: string): Promise<void> {
  await shell.page.goto(`${env.url}/browse/${key}`);
  await shell.page.click('[data-testid="status-button"]');
  await shell.page.click(`[data-testid="transition-${transitionId}"]`);
  await shell.page.waitForSelector(DIALOG);
}

test('moving an incident to Open without "Error occurred at" is refused in the dialog with the REST message, and passes once filled', async () => {
  const created = await jira(env.host, 'line1', 'POST', '/rest/api/3/issue', { fields: { project: { key: 'SUP' }, issuetype: { name: 'Incident' }, summary: 'Checkout answers 500', description: adf('Checkout answers 500 since 9:00') } });
  const key = (JSON.parse(created.body) as { key: string }).key;
  const message = await restMessage(key, '11');
  expect(message).toBe('Before the incident moves to Open, fill in: Error occurred at');

  const shell = await openShell(browser, { role: 'line2' });
  try {
    await openIssue(shell, key, '11');
    const occurred = `${DIALOG} [data-testid="form-field-${fields.errorOccurredAt ?? ''}"]`;
    await shell.page.waitForSelector(`${occurred} >> text=${message}`); // the UI modification: the validator's words
    await shell.page.waitForSelector(`${occurred} >> text=*`); // and the field marked required
    await shell.page.click(`${DIALOG} [data-testid="transition-submit"]`);
    await shell.page.waitForSelector(`[data-testid="field-error-${fields.errorOccurredAt ?? ''}"]`);
    await docScreenshot(shell.page, 'transition-guard-refused-light');

    await shell.page.fill(`${occurred} input`, '2026-01-15T09:00');
    await shell.page.waitForSelector(`${occurred} >> text=${message}`, { state: 'detached' });
    await shell.page.click(`${DIALOG} [data-testid="transition-submit"]`);
    await shell.page.waitForSelector(DIALOG, { state: 'detached' });
    await shell.page.waitForSelector('[data-testid="status-button"] >> text=Open');
    expect(shell.problems).toEqual([]);
  } finally {
    await shell.close();
  }

  for (const id of ['21', '51']) expect((await jira(env.host, 'line2', 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id } })).status).toBe(204);
  const reopenShell = await openShell(browser, { role: 'line2' });
  try {
    await openIssue(reopenShell, key, '71');
    const reason = `${DIALOG} [data-testid="form-field-${fields.reopenReason ?? ''}"]`;
    await reopenShell.page.waitForSelector(`${reason} >> text=A reopen needs a reason. Fill in: Reopen reason, Comment`);
    await reopenShell.page.click(`${DIALOG} [data-testid="transition-submit"]`);
    await reopenShell.page.waitForSelector(`[data-testid="field-error-${fields.reopenReason ?? ''}"]`); // no reason: refused

    await reopenShell.page.click(`${reason} input`);
    await reopenShell.page.keyboard.type('Not fixed');
    await reopenShell.page.keyboard.press('Enter');
    await reopenShell.page.click(`${DIALOG} [data-testid="transition-submit"]`);
    await reopenShell.page.waitForSelector(`${DIALOG} [data-testid="form-errors"] >> text=A reopen needs a reason. Fill in: Comment`); // the validator, in the dialog
    await docScreenshot(reopenShell.page, 'transition-guard-reopen-light');

    await reopenShell.page.fill('[data-testid="transition-comment"]', 'The checkout still answers 500 after the fix.');
    await reopenShell.page.click(`${DIALOG} [data-testid="transition-submit"]`);
    await reopenShell.page.waitForSelector(DIALOG, { state: 'detached' });
    await reopenShell.page.waitForSelector('[data-testid="status-button"] >> text=Open');
    expect(reopenShell.problems).toEqual([]);
  } finally {
    await reopenShell.close();
  }
});

async function guardSection(shell: ShellPage): Promise<Frame> {
  await shell.page.goto(`${env.url}/jira/settings/apps/linebridge-admin`);
  const frame = await appFrame(shell.page, 'linebridge-admin');
  await frame.click('[data-testid="nav-transitionGuard"]');
  await frame.waitForSelector('[data-testid="guard-rule-list"]');
  return frame;
}

test('the admin section shows the rules, flags a rule naming a deleted field, validates inline and provisions', async () => {
  const gone = { ref: { kind: 'jira', fieldId: 'customfield_99999' }, check: 'nonEmpty', label: { en: 'Root cause', ru: 'Причина' } };
  const rules = [...DEFAULT_TRANSITION_GUARD.rules, { ...DEFAULT_TRANSITION_GUARD.rules[0], id: 'sup-root-cause', priorityNames: ['Critical', 'High'], fields: [gone] }];
  await asAdmin('settings/save', { section: 'transitionGuard', value: { ...DEFAULT_TRANSITION_GUARD, rules }, expectedVersion: 0 });

  const shell = await openShell(browser, { role: 'admin' });
  try {
    const frame = await guardSection(shell);
    expect(await frame.$$eval('[data-testid="guard-rule-list"] li', (items) => items.length)).toBe(4);
    await frame.waitForSelector('[data-testid="guard-overview-row"][data-rule="sup-root-cause"][data-flagged="true"] >> text=no longer exists on this site: customfield_99999');
    await frame.waitForSelector('[data-testid="guard-overview-row"][data-rule="sup-open"][data-flagged="false"] >> text=/0\\/10 expensive operations/');
    await frame.waitForSelector('[data-testid="guard-overview-row"][data-rule="sup-reopen"] >> text=/1\\/10 expensive operations/');
    await docScreenshot(shell.page, 'transition-guard-admin-light');
    await (await frame.$('[data-testid="guard-overview"]'))?.scrollIntoViewIfNeeded();
    await docScreenshot(shell.page, 'transition-guard-overview-light');

    await frame.fill('[data-testid="guard-input-rules.0.message.en"]', 'Fill in the fields first');
    await frame.click('[data-testid="save-guard"]');
    await frame.waitForSelector('[data-testid="guard-error-rules.0.message"]');
    await frame.waitForSelector('[data-testid="guard-error-list"] >> text=must contain {fields}');

    await frame.click('[data-testid="guard-provision-run"]');
    await frame.waitForSelector('[data-testid="guard-provision-step"][data-outcome="exists"]');
    await (await frame.$('[data-testid="guard-provision-report"]'))?.scrollIntoViewIfNeeded();
    await docScreenshot(shell.page, 'transition-guard-provision-light');
    expect(shell.problems).toEqual([]);
  } finally {
    await shell.close();
  }
});
