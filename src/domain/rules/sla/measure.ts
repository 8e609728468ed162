// Measures a traced cycle against the calendar and its goal: elapsed business time, remaining, and the
// instants the warning share and the target were (or, for a running clock, will be) reached.
// Breached means elapsed ≥ target; met means stopped before that. Never negative, never NaN.
import type { SlaCycle, SlaGoalUsed, SlaPause } from '../../model/sla/report';
import { addBusinessMs, businessMsBetween } from './business-time';
import type { CompiledCalendar, Span } from './compiled-calendar';
import type { TracedCycle } from './cycles';

/** [start, end) minus the pauses, in order. */
export function activeSpans(start: number, end: number, pauses: readonly SlaPause[]): Span[] {
  const spans: Span[] = [];
  let cursor = start;
  for (const pause of pauses) {
    const to = pause.to ?? end;
    if (pause.from > cursor) spans.push([cursor, Math.min(pause.from, end)]);
    cursor = Math.max(cursor, to);
  }
  if (end > cursor) spans.push([cursor, end]);
  return spans.filter(([a, b]) => b > a);
}

export type MeasureInput = {
  readonly index: number;
  readonly cycle: TracedCycle;
  readonly goal: SlaGoalUsed | null;
  readonly warnAtPercent: number;
  readonly calendar: CompiledCalendar;
  readonly now: number;
};

export function measureCycle({ index, cycle, goal, warnAtPercent, calendar, now }: MeasureInput): SlaCycle {
  const end = cycle.stoppedAt ?? now;
  const paused = cycle.stoppedAt === null && cycle.pauses.some((p) => p.to === null);
  const target = goal?.targetMs ?? null;
  const warnMs = target === null ? null : Math.floor((target * warnAtPercent) / 100);
  let elapsed = 0;
  let warningAt: number | null = null;
  let breachAt: number | null = null;
  for (const [from, to] of activeSpans(cycle.startedAt, end, cycle.pauses)) {
    const counted = businessMsBetween(calendar, from, to);
    if (warnMs !== null && warningAt === null && elapsed + counted >= warnMs) {
      warningAt = addBusinessMs(calendar, from, warnMs - elapsed);
    }
    if (target !== null && breachAt === null && elapsed + counted >= target) {
      breachAt = addBusinessMs(calendar, from, target - elapsed);
    }
    elapsed += counted;
  }
  const running = cycle.stoppedAt === null && !paused;
  if (running && warnMs !== null && warningAt === null) warningAt = addBusinessMs(calendar, now, warnMs - elapsed);
  if (running && target !== null && breachAt === null) breachAt = addBusinessMs(calendar, now, target - elapsed);
  const state =
    target === null
      ? 'noGoal'
      : elapsed >= target
        ? 'breached'
        : cycle.stoppedAt !== null
          ? 'met'
          : paused
            ? 'paused'
            : 'running';
  return {
    index,
    startedAt: cycle.startedAt,
    stoppedAt: cycle.stoppedAt,
    pauses: cycle.pauses,
    paused,
    elapsedMs: elapsed,
    goal,
    remainingMs: target === null ? null : Math.max(0, target - elapsed),
    overdueMs: target === null ? null : Math.max(0, elapsed - target),
    warningAt,
    breachAt,
    state,
    priorities: cycle.priorities,
  };
}
