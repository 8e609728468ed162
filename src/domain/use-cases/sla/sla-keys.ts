// Storage keys of the SLA engine (KVS keys allow [a-zA-Z0-9:._\s-#], at most 500 characters).
import type { SlaAlert } from '../../model/sla/live-state';

/** Future alerts of one issue (PendingAlerts); absent when it has none. */
export const pendingAlertsKey = (issueKey: string): string => `sla-live:${issueKey}`;

/** Marks one alert slot as announced, so `sla.warning` / `sla.breached` go out once per cycle. */
export const announcedKey = (issueKey: string, a: Pick<SlaAlert, 'metric' | 'cycle' | 'kind'>): string =>
  `sla-emitted:${issueKey}:${a.metric}:${a.cycle}:${a.kind}`;

/** The recomputation job (one at a time). */
export const RECOMPUTE_JOB_KEY = 'sla-recompute:job';

/** Domain events recorded by the domain-events consumer, in time order. */
export const domainEventKey = (emittedAt: string, id: string): string => `sla-events:${emittedAt}:${id}`;

/** Auto-close of silent requests: what the app did and plans for one issue (AutoCloseRecord). */
export const autoCloseKey = (issueKey: string): string => `sla-autoclose:${issueKey}`;

/** Claim of one auto-close step (`remind` or `close`) for one silence: created once, so the step runs once. */
export const autoCloseClaimKey = (issueKey: string, anchorId: string, step: 'remind' | 'close'): string =>
  `sla-autoclose-claim:${issueKey}:${anchorId.replace(/[^a-zA-Z0-9:._-]/g, '_').slice(0, 200)}:${step}`;

/** Where the auto-close sweep continues its walk over the waiting issues. */
export const AUTO_CLOSE_SWEEP_KEY = 'sla-autoclose-sweep:cursor';
