// The SLA clock: from an issue's history, the SLA definitions, a calendar and `now`, every cycle of every
// metric. Pure and deterministic: recomputed from scratch each time (never incremented), independent of
// event order and duplicates. Never reads the clock: `now` is an argument. Rules: docs in model/sla/README.md.
import type { SlaDefinition } from '../../model/sla/definition';
import type { IssueHistory } from '../../model/sla/history';
import type { SlaMetricReport, SlaReport } from '../../model/sla/report';
import type { SlaCalendar } from '../../model/sla/calendar';
import { DEFAULT_WARN_AT_PERCENT } from '../../model/sla/defaults';
import { isInstant } from '../../model/sla/time-of-day';
import { compileCalendar, type CompiledCalendar } from './compiled-calendar';
import { traceCycles } from './cycles';
import { selectGoal } from './goals';
import { measureCycle } from './measure';
import { buildTimeline, type Timeline } from './timeline';

/** 1–99; anything else (NaN, 0, 150) falls back to the default 75. */
function warnPercent(value: number): number {
  return Number.isFinite(value) && value >= 1 && value <= 99 ? value : DEFAULT_WARN_AT_PERCENT;
}

function metricReport(
  definition: SlaDefinition,
  history: IssueHistory,
  timeline: Timeline,
  calendar: CompiledCalendar,
  now: number,
): SlaMetricReport {
  const warnAtPercent = warnPercent(definition.warnAtPercent);
  const cycles = traceCycles(definition, timeline).map((cycle, i) =>
    measureCycle({
      index: i + 1,
      cycle,
      goal: selectGoal(definition.goals, history, cycle.lastState.priority),
      warnAtPercent,
      calendar,
      now,
    }),
  );
  return { metric: definition.metric, cycles, current: cycles[cycles.length - 1] ?? null };
}

export function computeSla(
  history: IssueHistory,
  definitions: readonly SlaDefinition[],
  calendar: SlaCalendar,
  now: number,
): SlaReport {
  const compiled = compileCalendar(calendar);
  if (!isInstant(history.created) || !isInstant(now)) {
    return {
      now: isInstant(now) ? now : 0,
      metrics: definitions.map((d) => ({ metric: d.metric, cycles: [], current: null })),
      calendarFallback: compiled.fallback,
      droppedEvents: 0,
      invalidInput: true,
    };
  }
  const timeline = buildTimeline(history, now);
  return {
    now,
    metrics: definitions.map((d) => metricReport(d, history, timeline, compiled, now)),
    calendarFallback: compiled.fallback,
    droppedEvents: timeline.droppedEvents,
    invalidInput: false,
  };
}
