// Starts (or resumes) the support-lines background job: checks which served projects still exist, counts
// the issues to scan, saves the job state and queues its first step. A job already running is not started
// twice; `resume` continues a failed or stalled job from its saved cursor.
import { ConflictError } from '../../errors';
import type { Clock, JobQueue, KeyValueStore, Logger } from '../../ports';
import type { LinesJiraPort } from '../../ports-lines';
import { readGeneral } from './lines-store';
import { readJob, saveJob, type JobKind, type JobState } from './job-state';

export type JobDeps = { readonly store: KeyValueStore; readonly jira: LinesJiraPort; readonly clock: Clock; readonly logger: Logger; readonly queue: JobQueue };

/** The queue (manifest consumer `linebridge-lines-jobs`) the job's steps travel on. */
export const JOB_QUEUE_KIND = 'lines-jobs';
/** A running job whose state has not moved for this long is considered stalled (its queue event was lost). */
export const STALL_MS = 15 * 60_000;

export function scanJql(projects: readonly string[]): string {
  return `project in (${projects.map((p) => `"${p}"`).join(', ')}) ORDER BY id ASC`;
}

export async function resolveProjects(deps: Pick<JobDeps, 'store' | 'jira'>): Promise<{ projects: string[]; missing: string[] }> {
  const general = await readGeneral(deps.store);
  const found = new Set((await deps.jira.projects(general.projectKeys)).map((p) => p.key));
  return { projects: general.projectKeys.filter((k) => found.has(k)), missing: general.projectKeys.filter((k) => !found.has(k)) };
}

export async function queueStep(deps: Pick<JobDeps, 'queue'>, runId: string, delaySeconds = 0): Promise<void> {
  await deps.queue.push([{ kind: JOB_QUEUE_KIND, body: { runId }, ...(delaySeconds > 0 ? { delaySeconds: Math.min(900, Math.ceil(delaySeconds)) } : {}) }]);
}

export function isStalled(job: JobState, now: number): boolean {
  return job.state === 'running' && now - job.updatedAt > STALL_MS && (job.throttledUntil ?? 0) < now;
}

export async function startJob(deps: JobDeps, opts: { kind: JobKind; requestedBy: string | null; resume?: boolean }): Promise<JobState> {
  const now = deps.clock.now().getTime();
  const current = await readJob(deps.store);
  if (current?.state === 'running' && !isStalled(current, now)) {
    if (opts.resume || current.kind === opts.kind) return current;
    throw new ConflictError(`A ${current.kind} job is running`);
  }
  if (opts.resume && current && current.state !== 'done') {
    const resumed: JobState = { ...current, state: 'running', error: null, throttledUntil: null, updatedAt: now };
    await saveJob(deps.store, resumed);
    await queueStep(deps, resumed.runId);
    deps.logger.info('lines job resumed', { runId: resumed.runId, phase: resumed.phase, processed: resumed.processed });
    return resumed;
  }
  const { projects, missing } = await resolveProjects(deps);
  const total = opts.kind === 'backfill' && projects.length > 0 ? await deps.jira.approximateCount(scanJql(projects).replace(/ ORDER BY.*$/, '')) : null;
  const job: JobState = {
    v: 1, runId: `${opts.kind}-${now}`, kind: opts.kind, state: 'running', phase: opts.kind === 'backfill' ? 'scan' : 'contributions',
    projects, missingProjects: missing, cursor: null, processed: 0, total, startedAt: now, updatedAt: now, finishedAt: null,
    throttledUntil: null, error: null, requestedBy: opts.requestedBy, window: { startedAt: now, pages: 0 },
  };
  await saveJob(deps.store, job);
  await queueStep(deps, job.runId);
  deps.logger.info('lines job started', { runId: job.runId, projects: projects.length, missing: missing.length, total });
  return job;
}
