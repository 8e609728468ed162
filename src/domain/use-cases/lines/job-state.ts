// The state of the support-lines background job (a backfill from Jira or a recompute-all from stored
// facts), kept in one KVS document so the job resumes where it stopped and the panel shows progress.
import type { KeyValueStore } from '../../ports';
import type { MessageKey } from '../../../shared/i18n';
import type { BackfillStatusDto } from '../../../shared/contract-lines';
import { KEYS } from './lines-store';

export type JobKind = 'backfill' | 'recompute';
/** backfill: scan → reconcile → rollup; recompute: contributions → aggregates → rollup. */
export type JobPhase = 'scan' | 'reconcile' | 'contributions' | 'aggregates' | 'rollup';

export type JobState = {
  readonly v: 1;
  readonly runId: string;
  readonly kind: JobKind;
  readonly state: 'running' | 'done' | 'failed';
  readonly phase: JobPhase;
  /** Served projects that exist; the scan's JQL covers them. */
  readonly projects: readonly string[];
  readonly missingProjects: readonly string[];
  /** search/jql nextPageToken (scan) or KVS cursor (other phases); null at a phase's start. */
  readonly cursor: string | null;
  readonly processed: number;
  readonly total: number | null;
  readonly startedAt: number;
  readonly updatedAt: number;
  readonly finishedAt: number | null;
  readonly throttledUntil: number | null;
  readonly error: MessageKey | null;
  readonly requestedBy: string | null;
  /**
   * Pages done in the current minute window (keeps KVS writes under the per-minute limit), and when the
   * heavy pages of the last 60 s started (`recent`), so that no rolling minute holds more of them either.
   */
  readonly window: { readonly startedAt: number; readonly pages: number; readonly recent?: readonly number[] };
};

export const readJob = (store: KeyValueStore): Promise<JobState | undefined> => store.get<JobState>(KEYS.job);
export const saveJob = (store: KeyValueStore, job: JobState): Promise<void> => store.set(KEYS.job, job);

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

export function jobStatusDto(job: JobState | undefined, now: number): BackfillStatusDto {
  if (!job) {
    return { state: 'never', kind: 'backfill', phase: 'scan', processed: 0, total: null, startedAt: null, finishedAt: null, throttledUntil: null, error: null, missingProjects: [] };
  }
  return {
    state: job.state,
    kind: job.kind,
    phase: job.phase,
    processed: job.processed,
    total: job.total,
    startedAt: iso(job.startedAt),
    finishedAt: iso(job.finishedAt),
    throttledUntil: job.throttledUntil !== null && job.throttledUntil > now ? iso(job.throttledUntil) : null,
    error: job.error,
    missingProjects: job.missingProjects,
  };
}
