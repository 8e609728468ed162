// The retroactive SLA recomputation over the demo site (600 incidents, 12 weeks of history): a queued job
// that pages the search, fetches changelogs in bulk, writes every issue's live state, survives Jira's 429
// (retrying after Retry-After) and reports its progress to the admin page.
import type { LocalHost } from '../../sandbox/host/local-host';
import { seedDemoData } from '../../sandbox/seed/demo-seed';
import type { Result, SlaRecomputeStatusDto } from '../../src/shared/contract';
import { seededUser, startHost } from '../builders/host';
import { advance, countCalls, drain, jqlCount, jqlKeys, slaProperty, storedEntries } from '../builders/sla-host';

const ANCHOR = Date.UTC(2026, 0, 5);
let host: LocalHost;

beforeAll(async () => {
  host = await startHost();
  const seeded = await seedDemoData(host, { anchor: ANCHOR });
  expect(seeded.kind).toBe('seeded');
}, 60_000);
afterAll(async () => {
  await host.close();
});

const admin = (functionKey: string) =>
  host.invokeResolver({ moduleKey: 'linebridge-admin', functionKey, payload: {}, accountId: seededUser('admin').accountId, context: {} }) as Promise<Result<SlaRecomputeStatusDto>>;

async function status(): Promise<SlaRecomputeStatusDto> {
  const result = await admin('sla/recompute-status');
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

describe('SLA recomputation job', () => {
  it('reports that nothing was computed yet', async () => {
    expect(await status()).toMatchObject({ status: 'never', processed: 0 });
  });

  it('recomputes every demo issue, retrying after an injected 429, with progress on the admin page', async () => {
    host.jira.knobs.failNext(/changelog\/bulkfetch/, 429, { retryAfterSeconds: 30 });
    const calls = countCalls(host);
    const started = await admin('sla/recompute-start');
    expect(started).toMatchObject({ ok: true, value: { status: 'running', reason: 'manual', processed: 0, total: 603 } });
    await drain(host);
    expect(await status()).toMatchObject({ status: 'running', processed: 0, retries: 1, lastError: { code: 'UPSTREAM', messageKey: 'error.UPSTREAM_THROTTLED', params: { seconds: 30 } } });

    await advance(host, 31_000, 10_000);
    await drain(host);
    calls.stop();
    expect(await status()).toMatchObject({ status: 'done', processed: 603, written: 603, failed: 0, batches: 1, total: 603 });
    expect(host.queues.deadLetters).toEqual([]);
    expect(calls.jira(/^\/rest\/api\/3\/changelog\/bulkfetch$/)).toBe(2); // the throttled one and its retry
    expect(calls.jira(/^\/rest\/api\/3\/search\/jql$/)).toBe(2 * 7); // 603 issues in pages of 100, twice
    expect(calls.jira(/\/properties\/linebridge-sla$/, 'PUT')).toBe(603);
    expect(await jqlCount(host, 'project = SUP AND (slaBreached = "true" OR slaBreached = "false")')).toBe(603);
    expect(await jqlCount(host, 'project = SUP AND resolutionState = met')).toBeGreaterThan(300);
    // Twelve-week-old breaches are history, not news: no flood of sla.breached events.
    expect(await storedEntries(host, 'sla-events:')).toEqual([]);
  }, 60_000);

  it('gives reopened issues a cycle per resolution, and leaves unchanged states alone on a second run', async () => {
    const reopened = await jqlKeys(host, 'resolutionCycles >= 2');
    expect(reopened.length).toBeGreaterThan(10);
    const state = await slaProperty(host, reopened[0] ?? '');
    expect(state).toMatchObject({ resolution: { cycles: expect.any(Number) as unknown } });

    await admin('sla/recompute-start');
    await drain(host);
    await advance(host, 5_000, 5_000);
    const again = await status();
    expect(again).toMatchObject({ status: 'done', processed: 603 });
    expect(again.written).toBeLessThan(603); // only still-running clocks change
  }, 60_000);

  it('is started by the sweep on a fresh install, where nothing was ever computed', async () => {
    const fresh = await startHost();
    try {
      await fresh.scheduler.fire('sla-sweep');
      await drain(fresh);
      const result = (await fresh.invokeResolver({ moduleKey: 'linebridge-admin', functionKey: 'sla/recompute-status', payload: {}, accountId: seededUser('line1').accountId, context: {} })) as Result<SlaRecomputeStatusDto>;
      expect(result).toMatchObject({ ok: true, value: { status: 'done', reason: 'sweep', processed: 3, total: 3 } });
      const refused = (await fresh.invokeResolver({ moduleKey: 'linebridge-admin', functionKey: 'sla/recompute-start', payload: {}, accountId: seededUser('line1').accountId, context: {} })) as Result<SlaRecomputeStatusDto>;
      expect(refused).toMatchObject({ ok: false, error: { code: 'PERMISSION', messageKey: 'error.adminOnly' } });
    } finally {
      await fresh.close();
    }
  });
});
