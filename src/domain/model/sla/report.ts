// What the SLA clock answers: per metric, every cycle with its times, goal and state. JSON-friendly (null,
// never undefined or NaN) so it can be stored as an issue property as is.
import type { SlaMetric } from './definition';

/**
 * running/paused: open and not yet breached. met: stopped before the elapsed time reached the target.
 * breached: the elapsed time reached the target (open or stopped). noGoal: no goal for this priority and
 * scope: the time is still measured, but there is no target, warning or breach.
 */
export type SlaCycleState = 'running' | 'paused' | 'met' | 'breached' | 'noGoal';

export type SlaPause = { readonly from: number; readonly to: number | null };

export type SlaGoalUsed = {
  /** The priority whose goal applies: the one in effect when the cycle stopped, or now if open. */
  readonly priority: string;
  readonly targetMs: number;
  /** Which narrowing made this goal win: `priority` alone, or with project/issue type/label. */
  readonly scope: readonly ('project' | 'issueType' | 'label')[];
};

export type SlaCycle = {
  /** 1-based; a reopen (or a new escalation for handoff) opens the next one. */
  readonly index: number;
  readonly startedAt: number;
  readonly stoppedAt: number | null;
  readonly pauses: readonly SlaPause[];
  /** Open and currently in a pause. */
  readonly paused: boolean;
  /** Business milliseconds counted, pauses excluded, up to the stop or `now`. */
  readonly elapsedMs: number;
  readonly goal: SlaGoalUsed | null;
  /** max(0, target − elapsed): zero exactly when breached. Null without a goal. */
  readonly remainingMs: number | null;
  /** max(0, elapsed − target). Null without a goal. */
  readonly overdueMs: number | null;
  /** When the elapsed time reached (past) or will reach (running clock) the warning share of the target. */
  readonly warningAt: number | null;
  /** When the elapsed time reached (past) or will reach (running clock) the target. */
  readonly breachAt: number | null;
  readonly state: SlaCycleState;
  /** Priorities in effect during the cycle, in order; more than one means it changed mid-cycle. */
  readonly priorities: readonly string[];
};

export type SlaMetricReport = {
  readonly metric: SlaMetric;
  readonly cycles: readonly SlaCycle[];
  /** The last cycle, or null if the metric never started. */
  readonly current: SlaCycle | null;
};

/** Why the given calendar was replaced: 24/7 for no working hours, UTC for an unknown time zone. */
export type CalendarFallback = 'noWorkingHours' | 'invalidTimeZone';

export type SlaReport = {
  readonly now: number;
  readonly metrics: readonly SlaMetricReport[];
  readonly calendarFallback: CalendarFallback | null;
  /** Events dropped: duplicate ids, or timestamps that are not instants between 1970 and 9999. */
  readonly droppedEvents: number;
  /** `history.created` or `now` is not an instant between 1970 and 9999: no cycle is computed. */
  readonly invalidInput: boolean;
};
