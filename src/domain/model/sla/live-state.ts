// The live SLA state LineBridge stores on each issue as the `linebridge-sla` issue property (indexed for
// JQL by the manifest's jira:entityProperty module), and the alerts derived from it. JSON only: numbers,
// strings, booleans, null — and far below Jira's 32 KB property limit (about 1 KB).
import type { SlaClockFiguresDto } from '../../../shared/contract-sla';
import type { SlaMetric } from './definition';
import type { SlaCycleState } from './report';

export const SLA_PROPERTY_KEY = 'linebridge-sla';
export const SLA_STATE_VERSION = 1;

/** A finished earlier cycle (a reopen, or a new escalation for handoff starts the next one). */
export type SlaPastCycle = {
  readonly cycle: number;
  readonly state: SlaCycleState;
  readonly startedAt: string;
  readonly stoppedAt: string | null;
  readonly elapsedMinutes: number;
  readonly targetMinutes: number | null;
};

/** At most this many earlier cycles per metric are kept (the newest ones); `cycles` still counts them all. */
export const MAX_PAST_CYCLES = 10;

/** The current cycle's figures (paused, minutes, instants) are SlaClockFiguresDto, shared with the issue view. */
export type SlaMetricLive = SlaClockFiguresDto & {
  /** State of the current (last) cycle; `none` when the metric never started. */
  readonly state: SlaCycleState | 'none';
  /** 1-based index of the current cycle (0 = none); `cycles` counts them all. */
  readonly cycle: number;
  readonly cycles: number;
  /** Cycles of this issue that breached, current one included. */
  readonly breachedCycles: number;
  /** The current cycle breached (open or stopped). */
  readonly breached: boolean;
  /** Earlier cycles, oldest first (the newest MAX_PAST_CYCLES); absent in states stored before it existed. */
  readonly past?: readonly SlaPastCycle[];
};

export type SlaLiveState = {
  readonly v: typeof SLA_STATE_VERSION;
  /** Epoch ms of the computation; the only field that changes when nothing else did. */
  readonly computedAt: number;
  /** The settings versions the state was computed with ("sla:3/general:1"). */
  readonly config: string;
  /** Hash of everything but time-varying figures: changes when the history or settings change it. */
  readonly fingerprint: string;
  /** Any metric's current cycle breached. */
  readonly breached: boolean;
  /** Any clock running now. */
  readonly running: boolean;
  /** Epoch ms of the next warning or breach of a running clock (the sweep's safety-net query), or null. */
  readonly nextAlertAt: number | null;
} & { readonly [M in SlaMetric]: SlaMetricLive };

export type SlaAlertKind = 'warning' | 'breach';

/** One warning or breach instant of a metric's open cycle. */
export type SlaAlert = {
  /** `${metric}:${cycle}:${kind}:${dueAt}`: any change that moves or cancels the alert changes the id. */
  readonly id: string;
  readonly metric: SlaMetric;
  readonly cycle: number;
  readonly kind: SlaAlertKind;
  readonly dueAt: number;
};

/** What the app remembers (KVS) about an issue's future alerts, to tell live timer events from stale ones. */
export type PendingAlerts = {
  readonly issueKey: string;
  readonly fingerprint: string;
  readonly alerts: readonly SlaAlert[];
};
