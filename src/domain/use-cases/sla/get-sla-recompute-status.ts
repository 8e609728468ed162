// The recomputation job's progress for the admin page.
import type { KeyValueStore } from '../../ports';
import { publicStatus, type RecomputeJob, type RecomputeStatus } from '../../model/sla/recompute-job';
import { RECOMPUTE_JOB_KEY } from './sla-keys';

export async function getSlaRecomputeStatus(deps: { readonly store: KeyValueStore }): Promise<RecomputeStatus> {
  return publicStatus(await deps.store.get<RecomputeJob>(RECOMPUTE_JOB_KEY));
}
