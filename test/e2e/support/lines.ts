// Support-lines helpers for the browser tests: build the figures from history as a Jira admin would
// (the `lines/job` resolver, then wait for the job), and save the README screenshots in docs/screenshots.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { BackfillStatusDto, Result } from '../../../src/shared/contract';
import type { E2eHost } from './e2e-host';
import { REPO_ROOT } from './e2e-host';
import { screenshot, seedUser } from './shell-page';

export const PROJECT_PAGE = 'linebridge-lines-project';
export const GADGET = 'linebridge-lines-gadget';
export const HANDOFF_PANEL = 'linebridge-handoff-panel';
const DOCS = path.join(REPO_ROOT, 'docs/screenshots');

export async function buildFigures(env: E2eHost, timeoutMs = 60_000): Promise<BackfillStatusDto> {
  const admin = seedUser('admin').accountId;
  const call = async (functionKey: string, payload: unknown): Promise<BackfillStatusDto> => {
    const result = (await env.host.invokeResolver({ moduleKey: PROJECT_PAGE, functionKey, payload, accountId: admin, context: {} })) as Result<BackfillStatusDto>;
    if (!result.ok) throw new Error(`${functionKey}: ${JSON.stringify(result.error)}`);
    return result.value;
  };
  let status = await call('lines/job', { action: 'start' });
  const until = Date.now() + timeoutMs;
  while (status.state === 'running') {
    if (Date.now() > until) throw new Error(`figures not built in ${timeoutMs} ms: ${JSON.stringify(status)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    status = await call('lines/job-status', {});
  }
  if (status.state !== 'done') throw new Error(`figures job ended ${status.state}`);
  return status;
}

/** A screenshot for the README (docs/screenshots) and the run's artifacts. */
export async function docScreenshot(page: Page, name: string): Promise<void> {
  const file = await screenshot(page, name);
  fs.mkdirSync(DOCS, { recursive: true });
  fs.copyFileSync(file, path.join(DOCS, `${name}.png`));
}

/** A resolved demo issue filed by `agent` whose latest resolution nobody rated yet (the CSAT form's `rate` state). */
export async function unratedIssueOf(env: E2eHost, agent: string): Promise<string> {
  const q = new URLSearchParams({ jql: `project = SUP AND status = Resolved AND reporter = "${agent}" ORDER BY key DESC`, maxResults: '100', fields: 'summary' });
  const res = await env.host.jira.handle({ method: 'GET', path: '/rest/api/3/search/jql', query: q, headers: {}, body: '' }, { kind: 'user', accountId: seedUser('admin').accountId });
  for (const { key } of (JSON.parse(res.body) as { issues: { key: string }[] }).issues) {
    const result = (await env.host.invokeResolver({ moduleKey: HANDOFF_PANEL, functionKey: 'lines/issue', payload: { issueKey: key }, accountId: agent, context: {} })) as Result<{ csat: { state: string } }>;
    if (result.ok && result.value.csat.state === 'rate') return key;
  }
  throw new Error(`no unrated resolved issue of ${agent}`);
}
