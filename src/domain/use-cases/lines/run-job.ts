// Runs the support-lines job for one invocation: page after page of the current phase until the time
// budget is spent, pacing itself to PAGES_PER_MINUTE (KVS allows 4,000 writes a minute; a page of 100
// issues writes about 250). Jira throttling is saved in the state and rethrown for the entry to retry later.
import { isAppError, UpstreamError } from '../../errors';
import { readJob, saveJob, type JobState } from './job-state';
import { PHASES } from './job-phases';
import { loadFactsContext, type FactsContext } from './refresh-facts';
import type { JobDeps } from './start-job';

export const PAGE_SIZE = 100;
export const PAGES_PER_MINUTE = 12;
/** Phases that write per issue (the others read, or write a few documents per page). */
const HEAVY_PHASES: readonly JobState['phase'][] = ['scan', 'contributions'];

type PageWindow = JobState['window'];

/**
 * When the next page may start (`until` ≤ t: now) and the window to keep: at most PAGES_PER_MINUTE heavy
 * pages per calendar window AND in any rolling 60 s, so a slow minute followed by a fast one cannot
 * double the KVS writes of a minute. Pure.
 */
export function pace(current: PageWindow, t: number, heavy: boolean): { readonly until: number; readonly window: PageWindow } {
  const recent = (current.recent ?? []).filter((at) => t - at < 60_000);
  const fresh = t - current.startedAt >= 60_000;
  const window = { startedAt: fresh ? t : current.startedAt, pages: fresh ? 0 : current.pages, recent };
  const byWindow = window.pages >= PAGES_PER_MINUTE ? window.startedAt + 60_000 : 0;
  const byRolling = heavy && recent.length >= PAGES_PER_MINUTE ? (recent[0] ?? t) + 60_000 : 0;
  return { until: Math.max(byWindow, byRolling), window };
}

/** The window after a page that started at `t`. */
export function afterPage(window: PageWindow, t: number, heavy: boolean): PageWindow {
  return heavy ? { startedAt: window.startedAt, pages: window.pages + 1, recent: [...(window.recent ?? []), t] } : window;
}

export type StepOptions = { readonly runId: string; readonly budgetMs: number; readonly maxPages?: number; readonly pageSize?: number };
export type StepOutcome =
  | { readonly kind: 'continue'; readonly delaySeconds: number }
  | { readonly kind: 'done' }
  | { readonly kind: 'failed' }
  | { readonly kind: 'stale' };

export async function runJobStep(deps: JobDeps, opts: StepOptions): Promise<StepOutcome> {
  let job = await readJob(deps.store);
  if (!job || job.runId !== opts.runId || job.state !== 'running') return { kind: 'stale' };
  const now = (): number => deps.clock.now().getTime();
  const started = now();
  let context: Promise<FactsContext> | undefined;
  const ctx = (): Promise<FactsContext> => (context ??= loadFactsContext(deps));
  let pages = 0;
  const save = async (next: JobState): Promise<JobState> => {
    const stamped = { ...next, updatedAt: now() };
    await saveJob(deps.store, stamped);
    return stamped;
  };
  try {
    for (;;) {
      if (job.state === 'done') return { kind: 'done' };
      const t = now();
      if (t - started >= opts.budgetMs || (opts.maxPages !== undefined && pages >= opts.maxPages)) return { kind: 'continue', delaySeconds: 0 };
      const heavy = HEAVY_PHASES.includes(job.phase);
      const { until, window } = pace(job.window, t, heavy);
      if (until > t) {
        job = await save({ ...job, window });
        return { kind: 'continue', delaySeconds: Math.max(1, (until - t) / 1000) };
      }
      const next = await PHASES[job.phase](deps, ctx, { ...job, throttledUntil: null }, opts.pageSize ?? PAGE_SIZE);
      job = await save({ ...next, window: afterPage(window, t, heavy) });
      pages++;
    }
  } catch (error) {
    if (error instanceof UpstreamError && error.retryable) {
      await save({ ...job, throttledUntil: now() + (error.retryAfterMs ?? 5000) });
      throw error;
    }
    await save({ ...job, state: 'failed', error: isAppError(error) ? error.messageKey : 'error.INTERNAL' });
    deps.logger.error('lines job failed', { runId: job.runId, phase: job.phase, error: error instanceof Error ? error.message : String(error) });
    return { kind: 'failed' };
  }
}
