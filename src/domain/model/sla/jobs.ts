// Queue names (QueuedJob.kind) of the SLA engine and the shapes of their event bodies. The Forge queue
// adapter pushes a job of kind K to the queue whose key is K (manifest `consumer` modules).
import type { SlaAlertKind } from './live-state';
import { SLA_METRICS, type SlaMetric } from './definition';

export const SLA_TIMER_QUEUE = 'sla-timers';
export const SLA_RECOMPUTE_QUEUE = 'sla-recompute';
export const DOMAIN_EVENTS_QUEUE = 'domain-events';

/** A hop of the chain of delayed events that leads to one alert's due instant. */
export type SlaTimerBody = {
  readonly issueKey: string;
  readonly alertId: string;
  readonly metric: SlaMetric;
  readonly cycle: number;
  readonly kind: SlaAlertKind;
  readonly dueAt: number;
  /** The live state's fingerprint when the chain started (for logs; staleness is decided by alertId). */
  readonly fingerprint: string;
};

export type SlaRecomputeBody = { readonly jobId: string };

/** A hop of the chain toward an auto-close step (same `sla-timers` queue, told apart by `type`). */
export type AutoCloseTimerBody = {
  readonly type: 'autoClose';
  readonly issueKey: string;
  readonly anchorId: string;
  readonly action: 'remind' | 'close';
  readonly dueAt: number;
};

const isString = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 300;

export function parseTimerBody(raw: unknown): SlaTimerBody | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const b = raw as Record<string, unknown>;
  const ok =
    isString(b.issueKey) && isString(b.alertId) && (SLA_METRICS as readonly unknown[]).includes(b.metric) && isString(b.fingerprint) &&
    typeof b.cycle === 'number' && (b.kind === 'warning' || b.kind === 'breach') &&
    typeof b.dueAt === 'number' && Number.isFinite(b.dueAt);
  return ok ? (b as SlaTimerBody) : null;
}

export function parseRecomputeBody(raw: unknown): SlaRecomputeBody | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const jobId = (raw as Record<string, unknown>).jobId;
  return isString(jobId) ? { jobId } : null;
}

export function parseAutoCloseTimerBody(raw: unknown): AutoCloseTimerBody | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const b = raw as Record<string, unknown>;
  const ok = b.type === 'autoClose' && isString(b.issueKey) && isString(b.anchorId) && (b.action === 'remind' || b.action === 'close') &&
    typeof b.dueAt === 'number' && Number.isFinite(b.dueAt);
  return ok ? (b as AutoCloseTimerBody) : null;
}
