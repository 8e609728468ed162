// Domain events LineBridge publishes for other features (the Telegram bridge, the panel) to consume.
// Plain JSON, pushed to the `domain-events` queue; `id` is stable so consumers can dedupe redeliveries.
import type { SlaMetric } from '../sla/definition';

export const DOMAIN_EVENT_TYPES = ['sla.warning', 'sla.breached'] as const;
export type DomainEventType = (typeof DOMAIN_EVENT_TYPES)[number];

export type SlaDomainEvent = {
  readonly type: DomainEventType;
  /** `${issueKey}:${metric}:${cycle}:${kind}`: one event per clock cycle and kind, ever. */
  readonly id: string;
  readonly issueKey: string;
  readonly projectKey: string;
  readonly metric: SlaMetric;
  readonly cycle: number;
  readonly priority: string | null;
  readonly targetMinutes: number | null;
  /** When the warning share or the target was (or is) reached; ISO. */
  readonly dueAt: string;
  /** When LineBridge noticed it; ISO. */
  readonly emittedAt: string;
};

export type DomainEvent = SlaDomainEvent;

export function isDomainEvent(value: unknown): value is DomainEvent {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    (DOMAIN_EVENT_TYPES as readonly unknown[]).includes(v.type) &&
    typeof v.id === 'string' && v.id.length > 0 && v.id.length <= 300 &&
    typeof v.issueKey === 'string' && typeof v.metric === 'string' && typeof v.emittedAt === 'string'
  );
}
