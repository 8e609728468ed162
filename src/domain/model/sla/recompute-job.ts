// The SLA recomputation job as stored (one at a time): what the admin page shows, plus the resume
// cursor. Progress only moves forward; a newer job (new settings) supersedes a running one.
import type { SlaRecomputeStatusDto } from '../../../shared/contract';
import type { SlaScanCursor } from '../../ports';

export type RecomputeStatus = SlaRecomputeStatusDto;

export type RecomputeJob = RecomputeStatus & {
  readonly jobId: string;
  readonly config: string;
  readonly projectKeys: readonly string[];
  /** Where the next batch resumes the scan of the projects' issues (by id). */
  readonly cursor: SlaScanCursor;
};

export const NEVER_RECOMPUTED: RecomputeStatus = {
  status: 'never', jobId: null, config: null, reason: null, startedAt: null, updatedAt: null, finishedAt: null,
  total: null, processed: 0, written: 0, failed: 0, batches: 0, retries: 0, lastError: null,
};

/** Issues per batch: one `changelog/bulkfetch` call takes at most 1,000 issues. */
export const RECOMPUTE_BATCH = 1000;
/** A running job not advanced for this long is pushed again by the sweep (its event was lost). */
export const STALLED_AFTER_MS = 20 * 60_000;

export function publicStatus(job: RecomputeJob | undefined): RecomputeStatus {
  if (!job) return NEVER_RECOMPUTED;
  const { projectKeys: _p, cursor: _c, ...status } = job;
  return status;
}
