// Recomputes one issue's SLA from its full history (product events, due timers, the sweep): reads the
// issue, applies the state, pushes timers and due events. Idempotent and independent of event order,
// because it never looks at the event that caused it, only at the history Jira holds now.
import type { Clock, JobQueue, KeyValueStore, Logger, SlaIssueSnapshot, SlaJiraPort } from '../../ports';
import { applySlaState, flushSlaEffects } from './apply-sla-state';
import { projectOf, readSlaConfig, type SlaConfig } from './read-sla-config';

export type SlaServices = {
  readonly store: KeyValueStore;
  readonly slaJira: SlaJiraPort;
  readonly jobs: JobQueue;
  readonly clock: Clock;
  readonly logger: Logger;
};

export type RefreshOutcome =
  | { readonly kind: 'ignored'; readonly reason: 'project' }
  | {
      readonly kind: 'refreshed';
      readonly written: boolean;
      readonly jobs: number;
      /** What was read and used: the auto-close decides on the same history without reading it again. */
      readonly snapshot: SlaIssueSnapshot;
      readonly config: SlaConfig;
    };

export async function refreshIssueSla(deps: SlaServices, issueKey: string, known?: SlaConfig): Promise<RefreshOutcome> {
  const config = known ?? (await readSlaConfig(deps.store));
  if (!config.projectKeys.includes(projectOf(issueKey))) return { kind: 'ignored', reason: 'project' };
  const snapshot = await deps.slaJira.readIssue(issueKey, config.readOptions);
  const effects = await applySlaState(deps, config, snapshot, deps.clock.now().getTime());
  await flushSlaEffects(deps, [effects]);
  return { kind: 'refreshed', written: effects.written, jobs: effects.jobs.length, snapshot, config };
}
