// The support-lines backfill under bad conditions, through the shipped resolver and queue consumer: Jira
// answers 429 (the job waits for Retry-After and finishes), a step fails halfway (the admin resumes from the
// saved cursor), a project is deleted (its facts and figures go away). In every case the figures equal those
// of an undisturbed run on identical data: nothing counted twice, nothing lost.
import type { LocalHost } from '../../sandbox/host/local-host';
import { seedDemoData } from '../../sandbox/seed/demo-seed';
import type { StandInRequest, StandInResponse } from '../../sandbox/http-types';
import type { PanelDto } from '../../src/shared/contract';
import { seededUser, startHost } from '../builders/host';
import { kvsEntries } from '../builders/lines-kvs';
import { linesCall, runLinesJob, waitForJob, waitForStatus } from '../builders/lines-host';

const ANCHOR = Date.UTC(2026, 0, 5);
const ISSUES = 150; // + the 3 base issues: two pages of 100
const FIGURES = { endWeek: '2025-12-29', weeks: 12 };
let reference: Pick<PanelDto, 'kpis' | 'trends' | 'people'>;

async function seededHost(): Promise<LocalHost> {
  const host = await startHost();
  await seedDemoData(host, { anchor: ANCHOR, issueCount: ISSUES });
  return host;
}

async function figures(host: LocalHost): Promise<Pick<PanelDto, 'kpis' | 'trends' | 'people'>> {
  const result = await linesCall<PanelDto>(host, 'lines/panel', FIGURES, seededUser('lead').accountId);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return { kpis: result.value.kpis, trends: result.value.trends, people: result.value.people };
}

async function keys(host: LocalHost, prefix: string): Promise<string[]> {
  return [...(await kvsEntries(host, prefix)).keys()];
}

/** Records the Jira requests and lets a test answer some of them itself. */
function intercept(host: LocalHost, answer: (req: StandInRequest) => StandInResponse | undefined): StandInRequest[] {
  const seen: StandInRequest[] = [];
  const handle = host.jira.handle.bind(host.jira);
  host.jira.handle = async (req, actor) => {
    seen.push(req);
    return answer(req) ?? handle(req, actor);
  };
  return seen;
}

beforeAll(async () => {
  const clean = await seededHost();
  try {
    expect(await runLinesJob(clean, 'start')).toMatchObject({ state: 'done', processed: ISSUES + 3 });
    reference = await figures(clean);
    expect(reference.kpis.resolved).toBeGreaterThan(50);
  } finally {
    await clean.close();
  }
}, 120_000);

describe('the backfill job', () => {
  it('waits out a Jira 429 for its Retry-After and then finishes with the same figures', async () => {
    const host = await seededHost();
    try {
      host.jira.knobs.failNext(/\/rest\/api\/3\/search\/jql$/, 429, { retryAfterSeconds: 7 });
      expect((await linesCall(host, 'lines/job', { action: 'start' })).ok).toBe(true);
      const throttled = await waitForStatus(host, (s) => s.throttledUntil !== null, 10_000);
      expect(throttled).toMatchObject({ state: 'running', processed: 0 });
      expect(Date.parse(throttled.throttledUntil ?? '') - Date.now()).toBeGreaterThan(5_000);
      await host.clock.advance(7_000);
      expect(await waitForJob(host)).toMatchObject({ state: 'done', processed: ISSUES + 3, throttledUntil: null });
      expect(await figures(host)).toEqual(reference);
    } finally {
      await host.close();
    }
  }, 60_000);

  it('stops halfway on a failure, resumes from its saved cursor and counts every issue once', async () => {
    const host = await seededHost();
    try {
      let bulkfetches = 0;
      let broken = true;
      const requests = intercept(host, (req) => {
        if (!req.path.endsWith('/changelog/bulkfetch') || !broken || ++bulkfetches < 2) return undefined;
        return { status: 403, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ errorMessages: ['You do not have permission to view these issues.'], errors: {} }) };
      });
      const failed = await runLinesJob(host, 'start');
      expect(failed).toMatchObject({ state: 'failed', processed: 100, error: 'error.PERMISSION' });
      broken = false;
      const before = requests.length;
      expect(await runLinesJob(host, 'resume')).toMatchObject({ state: 'done', processed: ISSUES + 3 });
      const searches = requests.slice(before).filter((r) => r.path.endsWith('/search/jql'));
      expect(JSON.parse(searches[0]?.body ?? '{}')).toHaveProperty('nextPageToken');
      expect(await figures(host)).toEqual(reference);
    } finally {
      await host.close();
    }
  }, 60_000);

  it('drops a deleted project from the panel at once, and its facts and figures on the next run', async () => {
    const host = await seededHost();
    try {
      await runLinesJob(host, 'start');
      expect((await keys(host, 'lb:a:')).length).toBeGreaterThan(0);
      host.jira.deleteProject('SUP');
      const panel = await linesCall<PanelDto>(host, 'lines/panel', FIGURES, seededUser('lead').accountId);
      expect(panel).toMatchObject({ ok: true, value: { projects: [], missingProjects: ['SUP'], kpis: { load: 0, resolved: 0 } } });
      expect(await linesCall(host, 'lines/panel', { ...FIGURES, projectKey: 'SUP' }, seededUser('lead').accountId)).toMatchObject({ ok: false, error: { code: 'PERMISSION', messageKey: 'lines.error.projectHidden' } });
      expect(await runLinesJob(host, 'start')).toMatchObject({ state: 'done', processed: 0, missingProjects: ['SUP'] });
      expect(await keys(host, 'lb:f:')).toEqual([]);
      expect(await keys(host, 'lb:c:')).toEqual([]);
      expect(await keys(host, 'lb:a:')).toEqual([]);
    } finally {
      await host.close();
    }
  }, 60_000);

  it('lets only Jira admins start it, and never runs two at once', async () => {
    const host = await seededHost();
    try {
      expect(await linesCall(host, 'lines/job', { action: 'start' }, seededUser('lead').accountId)).toMatchObject({ ok: false, error: { code: 'PERMISSION', messageKey: 'error.adminOnly' } });
      const first = await linesCall<{ startedAt: string }>(host, 'lines/job', { action: 'start' });
      const second = await linesCall<{ startedAt: string }>(host, 'lines/job', { action: 'start' });
      expect(first.ok && second.ok && first.value.startedAt === second.value.startedAt).toBe(true);
      expect(await waitForJob(host)).toMatchObject({ state: 'done', processed: ISSUES + 3 });
      expect(await figures(host)).toEqual(reference);
    } finally {
      await host.close();
    }
  }, 60_000);
});
