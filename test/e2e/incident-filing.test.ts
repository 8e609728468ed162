// Both filing paths in the sandbox shell, as a line-1 agent: the "File incident" form (keyboard-first:
// autofocus, Tab order, live priority, duplicate warning, a pasted screenshot attached to the created issue,
// a failed upload retried, the created key as a link, the draft surviving a reload) and Jira's own create
// dialog (template prefill and required marks from the UI modification; the issue then has the property).
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import type { FiledIncidentDto, ProvisionReportDto, Result, SettingsSectionDto } from '../../src/shared/contract';
import { DEFAULT_TEMPLATES } from '../../src/domain/model/template/defaults';
import { launchChromium } from './support/chromium';
import { REPO_ROOT, startE2eHost, type E2eHost } from './support/e2e-host';
import { appFrame, openShell, pollFrame, screenshot, seedUser, type ShellPage } from './support/shell-page';

const FORM = 'linebridge-file-incident-global';
const DOCS = path.join(REPO_ROOT, 'docs/screenshots');
// A real 1×1 PNG: the bytes must arrive in Jira unchanged.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

let env: E2eHost;
let browser: Browser;
let resolved: Readonly<Record<string, string>>;

async function asRole<T>(role: 'admin' | 'line1', moduleKey: string, functionKey: string, payload: unknown): Promise<T> {
  const result = (await env.host.invokeResolver({ moduleKey, functionKey, payload, accountId: seedUser(role).accountId, context: { extension: { type: 'jira:globalPage' } } })) as Result<T>;
  if (!result.ok) throw new Error(`${functionKey}: ${JSON.stringify(result.error)}`);
  return result.value;
}

async function jira<T>(pathAndQuery: string): Promise<T> {
  const url = new URL(pathAndQuery, 'http://local');
  const res = await env.host.jira.handle({ method: 'GET', path: url.pathname, query: url.searchParams, headers: {}, body: '' }, { kind: 'app' });
  if (res.status !== 200) throw new Error(`GET ${pathAndQuery}: ${res.status}`);
  return JSON.parse(res.body) as T;
}

async function docShot(page: Page, name: string): Promise<void> {
  const file = await screenshot(page, name);
  fs.mkdirSync(DOCS, { recursive: true });
  fs.copyFileSync(file, path.join(DOCS, `${name}.png`));
}

const active = (frame: Frame) => frame.evaluate('document.activeElement ? document.activeElement.id || document.activeElement.getAttribute("data-testid") || document.activeElement.tagName : null');

async function pasteScreenshot(frame: Frame, selector: string): Promise<void> {
  await frame.evaluate(`(() => {
    const bytes = Uint8Array.from(atob(${JSON.stringify(PNG.toString('base64'))}), (c) => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], 'image.png', { type: 'image/png' }));
    document.querySelector(${JSON.stringify(selector)}).dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  })()`);
}

beforeAll(async () => {
  env = await startE2eHost();
  const report = await asRole<ProvisionReportDto>('admin', 'linebridge-admin', 'templates/provision', {});
  resolved = report.resolved;
  const team = [seedUser('line2', 0).accountId, seedUser('line2', 1).accountId];
  await asRole<SettingsSectionDto>('admin', 'linebridge-admin', 'settings/save', {
    section: 'templates', expectedVersion: 0,
    value: { templates: DEFAULT_TEMPLATES.templates, assignment: { projects: [{ projectKey: 'SUP', strategy: 'roundRobin', team, clientMap: [] }], away: [] } },
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await env?.close();
});

describe('the File incident form', () => {
  let shell: ShellPage;
  beforeEach(async () => {
    shell = await openShell(browser, { role: 'line1' });
  });
  afterEach(async () => {
    await shell.close();
  });

  it('is keyboard-first, previews priority, warns of duplicates, keeps the draft, and attaches a pasted screenshot', async () => {
    // An open incident of the same client from today: the form must warn about it.
    const earlier = await asRole<FiledIncidentDto>('line1', FORM, 'incidents/create', {
      idempotencyKey: `e2e-earlier-${Date.now()}`, templateId: 'sup-incident-ru', projectKey: 'SUP', issueTypeName: 'Incident',
      answers: { what: 'Платёж не проходит', clientId: 'ACME-77', occurredAt: new Date(Date.now() - 3_600_000).toISOString(), scope: 'oneOrFew', contact: 'Telegram' },
    });
    await shell.page.goto(`${env.url}/jira/apps/${FORM}`);
    let frame = await appFrame(shell.page, FORM);
    await pollFrame(frame, 'document.querySelector(\'[data-testid="incident-form"]\') !== null');

    // Autofocus on the first control, then Tab walks the questions in the template's order.
    const first = await active(frame);
    expect(['lb-field-what', 'template-picker']).toContain(first === 'lb-template' ? 'template-picker' : first);
    await frame.focus('#lb-field-what');
    const order: unknown[] = [];
    for (let i = 0; i < 12; i++) {
      const id = await active(frame);
      if (order[order.length - 1] !== id) order.push(id);
      await shell.page.keyboard.press('Tab');
    }
    const fields = order.filter((id): id is string => typeof id === 'string' && id.startsWith('lb-field-'));
    expect(fields.slice(0, 4)).toEqual(['lb-field-what', 'lb-field-clientId', 'lb-field-occurredAt', 'lb-field-scope']);

    // Answers: the live priority follows the rules; the duplicate warning links the earlier incident.
    await frame.fill('#lb-field-what', 'Checkout is down for every client since 09:00.');
    await frame.fill('[data-testid="incident-field-clientId"]', 'ACME-77');
    await frame.fill('#lb-field-occurredAt', '2026-01-05T09:00');
    await frame.fill('[data-testid="incident-field-contact"]', 'Telegram');
    await frame.focus('#lb-field-scope');
    await shell.page.keyboard.type('Больше половины');
    await shell.page.keyboard.press('Enter');
    await pollFrame(frame, `document.querySelector('[data-testid="incident-duplicate-${earlier.issueKey}"]') !== null`);
    await pollFrame(frame, '(document.querySelector(\'[data-testid="incident-priority"]\')?.textContent ?? "").includes("High")');
    // The agent sees why: the rule's field and its answer, not a rule id.
    await pollFrame(frame, '(document.querySelector(\'[data-testid="incident-preview"]\')?.textContent ?? "").includes("Масштаб проблемы: Больше половины")');

    // The draft survives a reload (files do not: the form says so).
    await shell.page.reload();
    frame = await appFrame(shell.page, FORM);
    await pollFrame(frame, 'document.querySelector(\'[data-testid="incident-draft-restored"]\') !== null');
    expect(await frame.inputValue('#lb-field-what')).toBe('Checkout is down for every client since 09:00.');

    // A pasted screenshot becomes a thumbnail; a refused file says why; remove works.
    await pasteScreenshot(frame, '#lb-field-what');
    await pollFrame(frame, 'document.querySelectorAll(\'[data-testid="incident-attachment"]\').length === 1');
    await frame.setInputFiles('[data-testid="incident-file-input"]', [{ name: 'tool.exe', mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ') }, { name: 'trace.log', mimeType: '', buffer: Buffer.from('boom') }]);
    await pollFrame(frame, 'document.querySelector(\'[data-testid="incident-attach-problems"]\').textContent.includes("tool.exe")');
    await pollFrame(frame, 'document.querySelectorAll(\'[data-testid="incident-attachment"]\').length === 2');
    await frame.click('[data-testid="incident-remove-trace.log"]');
    await pollFrame(frame, 'document.querySelectorAll(\'[data-testid="incident-attachment"]\').length === 1');
    expect(await frame.evaluate('document.querySelector(\'[data-testid="incident-attachment"] img\').naturalWidth')).toBe(1);
    await docShot(shell.page, 'incident-form-light');

    // Ctrl+Enter files it; the key is a link, the screenshot is attached to the new issue, byte for byte.
    await frame.focus('#lb-field-what');
    await shell.page.keyboard.press('Control+Enter');
    await pollFrame(frame, 'document.querySelector(\'[data-testid="incident-upload-done"]\') !== null');
    const key = await frame.getAttribute('[data-testid="incident-created"]', 'data-issue-key');
    expect(key).toMatch(/^SUP-\d+$/);
    expect(await frame.getAttribute('[data-testid="incident-created-link"]', 'href')).toBe(`/browse/${key ?? ''}`);
    expect(await frame.textContent('[data-testid="incident-assignment"]')).toBeTruthy();
    await docShot(shell.page, 'incident-created-light');
    const issue = await jira<{ fields: { attachment: { id: string; filename: string; mimeType: string; size: number }[]; priority: { name: string } } }>(`/rest/api/3/issue/${key ?? ''}?fields=attachment,priority`);
    expect(issue.fields.attachment).toHaveLength(1);
    expect(issue.fields.attachment[0]).toMatchObject({ mimeType: 'image/png', size: PNG.length });
    expect(issue.fields.attachment[0]?.filename).toMatch(/^screenshot-\d{14}-1\.png$/);
    expect(Buffer.from(env.host.jira.attachmentContent(issue.fields.attachment[0]?.id ?? '') ?? new Uint8Array()).equals(PNG)).toBe(true);
    expect(issue.fields.priority.name).toBe('High');
    expect(shell.problems).toEqual([]);
  });

  it('names the files Jira refused after the issue was created, and retries only those', async () => {
    await shell.page.goto(`${env.url}/jira/apps/${FORM}`);
    const frame = await appFrame(shell.page, FORM);
    await pollFrame(frame, 'document.querySelector(\'[data-testid="incident-form"]\') !== null');
    if (await frame.$('[data-testid="incident-discard-draft"]')) await frame.click('[data-testid="incident-discard-draft"]');
    await frame.fill('#lb-field-what', 'Invoices page is slow for one client.');
    await frame.fill('[data-testid="incident-field-clientId"]', 'SLOW-1');
    await frame.fill('#lb-field-occurredAt', '2026-01-05T10:30');
    await frame.focus('#lb-field-scope');
    await shell.page.keyboard.type('One');
    await shell.page.keyboard.press('Enter');
    await frame.fill('[data-testid="incident-field-contact"]', 'Telegram');
    await pasteScreenshot(frame, '#lb-field-what');
    await pollFrame(frame, 'document.querySelectorAll(\'[data-testid="incident-attachment"]\').length === 1');
    env.host.jira.knobs.failNext(/^POST \/rest\/api\/3\/issue\/[^/]+\/attachments$/, 503);
    await frame.click('[data-testid="incident-submit"]');
    await pollFrame(frame, 'document.querySelector(\'[data-testid="incident-upload-failed"]\') !== null');
    const key = (await frame.getAttribute('[data-testid="incident-created"]', 'data-issue-key')) ?? '';
    expect(await frame.textContent('[data-testid="incident-upload-failed"]')).toContain('.png');
    expect((await jira<{ fields: { attachment: unknown[] } }>(`/rest/api/3/issue/${key}?fields=attachment`)).fields.attachment).toHaveLength(0);
    await frame.click('[data-testid="incident-upload-retry"]');
    await pollFrame(frame, 'document.querySelector(\'[data-testid="incident-upload-done"]\') !== null');
    expect((await jira<{ fields: { attachment: unknown[] } }>(`/rest/api/3/issue/${key}?fields=attachment`)).fields.attachment).toHaveLength(1);
  });
});

describe('Jira’s create dialog with the UI modification', () => {
  it('prefills the template, marks its required fields, and the created issue becomes an incident', async () => {
    const shell = await openShell(browser, { role: 'line1' });
    try {
      const dialog = '[data-testid="create-dialog"]';
      await shell.page.goto(`${env.url}/jira/software/c/projects/SUP/issues`);
      await shell.page.click('[data-testid="create-button"]');
      await shell.page.waitForSelector(`${dialog} [data-testid="form-field-description"]`);
      // The skeleton (Russian for Anna: her locale picks the template variant) and the required marks.
      await shell.page.waitForFunction(`(document.querySelector('${dialog} [data-testid="form-field-description"] textarea')?.value ?? '').includes('\\n')`);
      const skeleton = await shell.page.inputValue(`${dialog} [data-testid="form-field-description"] textarea`);
      const clientField = `${dialog} [data-testid="form-field-${resolved.clientId ?? ''}"]`;
      expect(await shell.page.textContent(`${dialog} [data-testid="form-field-description"] label`)).toContain('*');
      expect(await shell.page.textContent(`${clientField} label`)).toContain('*');
      await docShot(shell.page, 'incident-create-dialog-light');

      const filled = skeleton.split('\n\n').map((block, i) => (i === 1 ? 'Весь сервис недоступен.' : block)).join('\n\n');
      await shell.page.fill(`${dialog} [data-testid="field-summary"]`, 'Сервис недоступен');
      await shell.page.fill(`${dialog} [data-testid="form-field-description"] textarea`, filled);
      await shell.page.fill(`${clientField} input`, 'ACME-500');
      await shell.page.fill(`${dialog} [data-testid="form-field-${resolved.errorOccurredAt ?? ''}"] input`, '2026-01-05T10:30');
      await shell.page.focus(`${dialog} [data-testid="form-field-${resolved.affectedScope ?? ''}"] input`);
      await shell.page.keyboard.type('All clients');
      await shell.page.keyboard.press('Enter');
      // The priority rules' select sets the priority through the UI modification.
      await shell.page.waitForSelector(`${dialog} [data-testid="form-field-priority"] >> text=Critical`);
      await shell.page.click(`${dialog} [data-testid="create-submit"]`);
      await shell.page.waitForSelector(dialog, { state: 'detached' });
      const flag = (await shell.page.textContent('[data-testid="flag"]')) ?? '';
      const key = /SUP-\d+/.exec(flag)?.[0] ?? '';
      expect(key).not.toBe('');
      await env.host.settle();
      const property = await jira<{ value: Record<string, unknown> }>(`/rest/api/3/issue/${key}/properties/linebridge.incident`);
      expect(property.value).toMatchObject({ source: 'createDialog', clientId: 'ACME-500', affectedScope: 'allClients', templateId: 'sup-incident-ru' });
      expect(property.value.answered).toEqual(expect.arrayContaining(['what', 'clientId', 'scope', 'occurredAt']));
      const issue = await jira<{ fields: { priority: { name: string } } }>(`/rest/api/3/issue/${key}?fields=priority`);
      expect(issue.fields.priority.name).toBe('Critical');
      const assignment = await jira<{ value: Record<string, unknown> }>(`/rest/api/3/issue/${key}/properties/linebridge.assignment`);
      expect(assignment.value).toMatchObject({ reason: 'roundRobin' });
      expect(shell.problems).toEqual([]);
    } finally {
      await shell.close();
    }
  });
});

describe('the templates editor', () => {
  it('flags an answer mapped to a Jira field that no longer exists, and shows the assignment rules', async () => {
    const templates = DEFAULT_TEMPLATES.templates.map((t) =>
      t.id !== 'sup-incident-en' ? t : { ...t, mapping: { ...t.mapping, customFields: t.mapping.customFields.map((m) => (m.fieldId === 'clientId' ? { ...m, target: { kind: 'jira' as const, fieldId: 'customfield_99999' } } : m)) } },
    );
    const current = await asRole<SettingsSectionDto>('admin', 'linebridge-admin', 'settings/save', {
      section: 'templates', expectedVersion: 1, value: { templates, assignment: { projects: [{ projectKey: 'SUP', strategy: 'leastLoaded', team: [seedUser('line2').accountId], clientMap: [{ clientId: 'ACME-1', accountId: seedUser('line2', 1).accountId }] }], away: [] } },
    });
    expect(current.version).toBe(2);
    const shell = await openShell(browser, { role: 'admin' });
    try {
      await shell.page.goto(`${env.url}/jira/settings/apps/linebridge-admin`);
      const frame = await appFrame(shell.page, 'linebridge-admin');
      await frame.click('[data-testid="nav-templates"]');
      await pollFrame(frame, 'document.querySelector(\'[data-testid="templates-live-check"]\') !== null');
      expect(await frame.textContent('[data-testid="templates-live-check"]')).toContain('no longer exist');
      await pollFrame(frame, 'document.querySelector(\'[data-testid="template-error-templates.0.mapping.customFields.1.target"]\') !== null');
      expect(await frame.inputValue('[data-testid="template-input-assignment.projects.0.clientMap"]')).toContain('ACME-1 =');
      await frame.evaluate('document.querySelector(\'[data-testid="template-error-templates.0.mapping.customFields.1.target"]\').scrollIntoView({ block: "center" })');
      await docShot(shell.page, 'incident-templates-check-light');
      // The team's ids by name (GET /user/bulk as the viewer); an emptied team names the line-2 group.
      const note = '[data-testid="assignment-team-note-0"]';
      await pollFrame(frame, `(document.querySelector('${note}')?.textContent ?? '').includes(${JSON.stringify(seedUser('line2').displayName)})`);
      await frame.fill('[data-testid="template-input-assignment.projects.0.team"]', '');
      await pollFrame(frame, `(document.querySelector('${note}')?.textContent ?? '').includes('support-line-2')`);
      expect(await frame.textContent(note)).toContain('Empty = everyone in the line-2 group support-line-2');
      expect(shell.problems).toEqual([]);
    } finally {
      await shell.close();
    }
  });
});
