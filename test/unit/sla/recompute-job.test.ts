// The recomputation job's use cases on in-memory adapters: one batch per queue event with the cursor in
// storage, throttling retried by the queue and then by the job itself, superseded jobs dropped.
import { MemoryStore } from '../../../src/adapters/memory-store';
import { UpstreamError, ValidationError } from '../../../src/domain/errors';
import { RECOMPUTE_BATCH } from '../../../src/domain/model/sla/recompute-job';
import { SLA_RECOMPUTE_QUEUE } from '../../../src/domain/model/sla/jobs';
import { getSlaRecomputeStatus } from '../../../src/domain/use-cases/sla/get-sla-recompute-status';
import { INLINE_RETRIES, runSlaRecomputeBatch } from '../../../src/domain/use-cases/sla/run-sla-recompute-batch';
import { startSlaRecompute } from '../../../src/domain/use-cases/sla/start-sla-recompute';
import type { SlaServices } from '../../../src/domain/use-cases/sla/refresh-issue-sla';
import { recordingLogger } from '../../builders/services';
import { aHistory, STATUS } from '../../builders/sla';
import { FakeSlaJira, RecordingQueue } from '../../builders/fake-sla-jira';

const NOW = Date.parse('2026-03-10T12:00:00Z');

function setup(issues = 2500) {
  const slaJira = new FakeSlaJira();
  for (let n = 1; n <= issues; n++) {
    slaJira.add(10_000 + n, aHistory({ issueKey: `SUP-${n}`, created: '2026-03-02T10:00:00+03:00' }).status('2026-03-02T12:00:00+03:00', STATUS.resolved).build());
  }
  const jobs = new RecordingQueue();
  const deps: SlaServices = { store: new MemoryStore(), slaJira, jobs, clock: { now: () => new Date(NOW) }, logger: recordingLogger() };
  return { deps, slaJira, jobs };
}

const lastJobId = (jobs: RecordingQueue): string => String(jobs.of(SLA_RECOMPUTE_QUEUE).at(-1)?.body.jobId);

describe('SLA recomputation job', () => {
  it('walks the projects in batches of 1,000, resuming each from the stored cursor', async () => {
    const { deps, slaJira, jobs } = setup();
    await startSlaRecompute(deps, 'settings');
    expect(await getSlaRecomputeStatus(deps)).toMatchObject({ status: 'running', total: 2500, processed: 0 });
    const outcomes = [];
    for (let i = 0; i < 3; i++) outcomes.push(await runSlaRecomputeBatch(deps, lastJobId(jobs), 0));
    expect(outcomes).toEqual(['continued', 'continued', 'done']);
    expect(slaJira.scans.map((c) => c.afterId)).toEqual([0, 10_000 + RECOMPUTE_BATCH, 10_000 + 2 * RECOMPUTE_BATCH]);
    expect(slaJira.scans[1]?.pageToken).toBe(`after-${10_000 + RECOMPUTE_BATCH}`);
    expect(await getSlaRecomputeStatus(deps)).toMatchObject({ status: 'done', processed: 2500, written: 2500, batches: 3, finishedAt: new Date(NOW).toISOString() });
    expect(slaJira.writes).toHaveLength(2500);
  });

  it('does not start twice for the same settings, unless asked to', async () => {
    const { deps, jobs } = setup(10);
    const first = await startSlaRecompute(deps, 'settings');
    expect(await startSlaRecompute(deps, 'sweep')).toEqual(first);
    expect(jobs.of(SLA_RECOMPUTE_QUEUE)).toHaveLength(1);
    expect((await startSlaRecompute(deps, 'manual', true)).jobId).not.toBe(first.jobId);
  });

  it('lets the queue retry a throttled batch, then queues itself after Retry-After, never losing the cursor', async () => {
    const { deps, slaJira, jobs } = setup(1500);
    await startSlaRecompute(deps, 'settings');
    const jobId = lastJobId(jobs);
    await runSlaRecomputeBatch(deps, jobId, 0);
    const throttled = () => new UpstreamError('Jira throttled', 'jira', 429, { retryable: true, retryAfterMs: 120_000 });
    slaJira.failNext('scan', throttled());
    await expect(runSlaRecomputeBatch(deps, jobId, 0)).rejects.toBeInstanceOf(UpstreamError);
    slaJira.failNext('scan', throttled());
    expect(await runSlaRecomputeBatch(deps, jobId, INLINE_RETRIES)).toBe('deferred');
    expect(jobs.of(SLA_RECOMPUTE_QUEUE).at(-1)).toEqual({ kind: SLA_RECOMPUTE_QUEUE, body: { jobId }, delaySeconds: 120 });
    expect(await getSlaRecomputeStatus(deps)).toMatchObject({ status: 'running', processed: 1000, retries: 2, lastError: { code: 'UPSTREAM', params: { seconds: 120 } } });
    expect(await runSlaRecomputeBatch(deps, jobId, 0)).toBe('done');
    expect(slaJira.scans.at(-1)?.afterId).toBe(11_000);
  });

  it('counts an issue Jira refuses and goes on; fails the job on a refused search', async () => {
    const { deps, slaJira, jobs } = setup(3);
    await startSlaRecompute(deps, 'settings');
    slaJira.failNext('write', new ValidationError('property too large'));
    expect(await runSlaRecomputeBatch(deps, lastJobId(jobs), 0)).toBe('done');
    expect(await getSlaRecomputeStatus(deps)).toMatchObject({ processed: 3, written: 2, failed: 1 });

    await startSlaRecompute(deps, 'manual', true);
    slaJira.failNext('scan', new UpstreamError('Jira answered 400 for issue search', 'jira', 400, { retryable: false }));
    expect(await runSlaRecomputeBatch(deps, lastJobId(jobs), 0)).toBe('failed');
    expect(await getSlaRecomputeStatus(deps)).toMatchObject({ status: 'failed', lastError: { code: 'UPSTREAM' } });
  });

  it('drops the events of a job superseded by newer settings', async () => {
    const { deps, jobs } = setup(3);
    await startSlaRecompute(deps, 'settings');
    const old = lastJobId(jobs);
    await deps.store.set('config:sla', { section: 'sla', version: 1, updatedAt: null, updatedBy: null, value: null });
    expect(await runSlaRecomputeBatch(deps, old, 0)).toBe('dropped');
    expect(await getSlaRecomputeStatus(deps)).toMatchObject({ status: 'superseded' });
    await startSlaRecompute(deps, 'settings');
    expect(await runSlaRecomputeBatch(deps, old, 0)).toBe('dropped');
    expect(await runSlaRecomputeBatch(deps, lastJobId(jobs), 0)).toBe('done');
  });
});
