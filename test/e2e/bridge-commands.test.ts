// The Custom UI bridge against a fixture app with every module kind the shell hosts: invoke (and its
// error), requestJira as the signed-in user, flags, modals, events between frames, JIRA_ISSUE_CHANGED,
// the router, view.createHistory, CreateIssueModal, gadget edit mode, and UI modifications in the create
// and transition dialogs through the real @forge/jira-bridge.
import type { Browser, Frame } from 'playwright-core';
import { launchChromium } from './support/chromium';
import type { E2eHost } from './support/e2e-host';
import { startFixtureHost } from './support/fixture-app';
import { appFrame, openShell, pollFrame, screenshot, seedUser, type ShellPage } from './support/shell-page';

let env: E2eHost;
let browser: Browser;
let shell: ShellPage;

beforeAll(async () => {
  env = await startFixtureHost();
  const res = await env.host.jira.handle(
    { method: 'POST', path: '/rest/api/3/uiModifications', query: new URLSearchParams(), headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'fixture', data: '{"v":1}', contexts: [{ projectId: '10000', viewType: 'GIC' }, { projectId: '10000', viewType: 'IssueTransition' }] }) },
    { kind: 'app' },
  );
  expect(res.status).toBe(201);
  browser = await launchChromium();
  shell = await openShell(browser, { role: 'line2' });
});

afterAll(async () => {
  await shell?.close();
  await browser?.close();
  await env?.close();
});

async function clickAndRead(frame: Frame, id: string): Promise<string> {
  await frame.click(`#${id}`);
  await pollFrame(frame, `document.getElementById('${id}-result').textContent !== ''`, 10000);
  return (await frame.textContent(`#${id}-result`)) ?? '';
}

test('an issue-context frame gets its context and reaches the resolver and Jira as the signed-in user', async () => {
  const chen = seedUser('line2');
  await shell.page.goto(`${env.url}/browse/SUP-1`);
  const frame = await appFrame(shell.page, 'fx-context');
  expect(JSON.parse((await frame.textContent('#context')) ?? '{}')).toMatchObject({ type: 'jira:issueContext', moduleKey: 'fx-context', locale: 'en-US', accountId: chen.accountId, issue: { key: 'SUP-1' }, project: { key: 'SUP' } });
  expect(JSON.parse(await clickAndRead(frame, 'invoke'))).toEqual({ payload: { n: 1 }, accountId: chen.accountId, moduleKey: 'fx-context' });
  expect(await clickAndRead(frame, 'boom')).toContain('There was an error invoking the function');
  expect(await clickAndRead(frame, 'jira')).toBe(chen.displayName);
});

test('flags, app modals (closing with a payload) and events between frames work as in Jira', async () => {
  const frame = await appFrame(shell.page, 'fx-context');
  await frame.click('#flag');
  await shell.page.waitForSelector('[data-testid="flag"] >> text=Fixture flag');
  await frame.click('#modal');
  await shell.page.waitForSelector('[data-testid="app-modal"] iframe');
  const modalFrame = await (await shell.page.$('[data-testid="app-modal"] iframe'))?.contentFrame();
  if (!modalFrame) throw new Error('no modal frame');
  await pollFrame(modalFrame, "document.getElementById('modal-done') !== null");
  expect(await modalFrame.textContent('#context')).toContain('"modal":{"from":"fx-context"}');
  await modalFrame.click('#modal-done');
  await shell.page.waitForSelector('[data-testid="app-modal"]', { state: 'detached' });
  await pollFrame(frame, "document.getElementById('modal-result').textContent.includes('picked')"); // the opener's onClose got the payload

  await shell.page.click('[data-testid="issue-actions"]');
  await shell.page.click('[data-testid="issue-action-fx-action"]');
  const action = await (await shell.page.waitForSelector('[data-testid="issue-action-modal"] iframe')).contentFrame();
  if (!action) throw new Error('no action frame');
  await pollFrame(action, "document.getElementById('emit') !== null");
  await action.click('#emit');
  await pollFrame(frame, "document.getElementById('ping').textContent.includes('fx-action')");
  await action.click('#close');
  await shell.page.waitForSelector('[data-testid="issue-action-modal"]', { state: 'detached' });
});

test('a listening module hears JIRA_ISSUE_CHANGED after a transition instead of being re-rendered', async () => {
  const frame = await appFrame(shell.page, 'fx-context');
  await shell.page.click('[data-testid="status-button"]');
  await shell.page.click('[data-testid="transition-31"]');
  await pollFrame(frame, "document.getElementById('changed').textContent.includes('updated')");
  expect(JSON.parse((await frame.textContent('#changed')) ?? '{}')).toMatchObject({ issueId: '10000', projectId: '10000', changes: [{ changeType: 'updated' }] });
});

test('UI modifications run in the transition dialog', async () => {
  await shell.page.click('[data-testid="status-button"]');
  await shell.page.click('[data-testid="transition-41"]');
  await shell.page.waitForSelector('[data-testid="status-button"] >> text=In Progress');
  await shell.page.click('[data-testid="status-button"]');
  await shell.page.click('[data-testid="transition-51"]');
  await shell.page.waitForSelector('[data-testid="transition-dialog"] [data-testid="form-field-description"] >> text=Required by the fixture app');
  await shell.page.click('[data-testid="transition-dialog"] >> text=Cancel');
});

test('CreateIssueModal opens the create dialog prefilled, with UI modifications applied, and reports the new issue', async () => {
  const frame = await appFrame(shell.page, 'fx-context');
  await frame.click('#create');
  const dialog = '[data-testid="create-dialog"]';
  await shell.page.waitForSelector(`${dialog} [data-testid="form-field-description"] >> text=Required by the fixture app`);
  expect(await shell.page.inputValue(`${dialog} [data-testid="field-summary"]`)).toBe('Filed from the fixture app');
  expect(await shell.page.textContent(`${dialog} [data-testid="form-field-priority"]`)).toContain('High');
  expect(await shell.page.$(`${dialog} [data-testid="form-field-labels"]`)).toBeNull();
  await screenshot(shell.page, 'create-dialog-ui-modifications-light');
  await shell.page.click(`${dialog} [data-testid="create-submit"]`);
  await shell.page.waitForSelector(`${dialog} >> text=Description is required.`);
  await shell.page.fill(`${dialog} textarea`, 'Steps: open the fixture, press Create.');
  await shell.page.click(`${dialog} [data-testid="create-submit"]`);
  await shell.page.waitForSelector(dialog, { state: 'detached' });
  await pollFrame(frame, "document.getElementById('create-result').textContent.includes('issueId')");
  await shell.page.waitForSelector('[data-testid="flag"] >> text=SUP-4');
});

test('router.navigate goes where Jira would', async () => {
  const frame = await appFrame(shell.page, 'fx-context');
  await frame.click('#navigate');
  await shell.page.waitForURL(`${env.url}/browse/SUP-2`);
});

test('a dashboard gadget opens in edit mode, saves its configuration with view.submit and shows it', async () => {
  await shell.page.goto(`${env.url}/jira/dashboards/10000`);
  let frame = await appFrame(shell.page, 'fx-gadget');
  expect(await frame.textContent('#context')).toContain('"entryPoint":"edit"');
  await frame.fill('#color', 'teal');
  await frame.click('#save');
  await shell.page.waitForSelector('[data-testid="gadget-fx-gadget"][data-mode="view"]');
  frame = await appFrame(shell.page, 'fx-gadget');
  await pollFrame(frame, "document.getElementById('context').textContent.includes('\"config\":{\"color\":\"teal\"}')");
  await shell.page.reload();
  frame = await appFrame(shell.page, 'fx-gadget');
  expect(await frame.textContent('#context')).toContain('"config":{"color":"teal"}');
  await screenshot(shell.page, 'dashboard-gadget-light');
});

test('global and project pages render with their context, and view.createHistory drives the address bar', async () => {
  await shell.page.goto(`${env.url}/jira/apps/fx-global`);
  const global = await appFrame(shell.page, 'fx-global');
  expect(await global.textContent('#context')).toContain('"type":"jira:globalPage"');
  expect(await clickAndRead(global, 'history')).toBe('/sub/page');
  expect(new URL(shell.page.url()).pathname).toBe('/jira/apps/fx-global/sub/page');

  await shell.page.goto(`${env.url}/jira/software/c/projects/SUP/issues`);
  await shell.page.click('[data-testid="project-page-fx-project"]');
  const project = await appFrame(shell.page, 'fx-project');
  expect(await project.textContent('#context')).toContain('"project":{"id":"10000","key":"SUP","type":"software"}');
});

test('no console error on the whole path', () => {
  expect(shell.problems).toEqual([]);
});
