// Folds the SLA clock's cycles into the resolution cycles they belong to (an SLA cycle belongs to the
// resolution cycle it started in): per metric, breached if any breached, open if any still runs, noGoal
// if no goal applied, else met; the minutes are those of the first stopped SLA cycle. Pure.
import type { SlaMetric } from '../../model/sla/definition';
import { SLA_METRICS } from '../../model/sla/definition';
import type { SlaCycle, SlaReport } from '../../model/sla/report';
import type { MetricOutcome } from '../../model/lines/facts';

export type CycleSla = { readonly outcomes: Record<SlaMetric, MetricOutcome>; readonly handoff: SlaCycle | null };

function outcome(cycles: readonly SlaCycle[]): MetricOutcome {
  if (cycles.length === 0) return { state: 'none', minutes: null };
  const stopped = cycles.find((c) => c.stoppedAt !== null);
  const minutes = stopped ? Math.floor(stopped.elapsedMs / 60_000) : null;
  if (cycles.some((c) => c.state === 'breached')) return { state: 'breached', minutes };
  if (cycles.some((c) => c.stoppedAt === null)) return { state: 'open', minutes };
  if (cycles.every((c) => c.state === 'noGoal')) return { state: 'noGoal', minutes };
  return { state: 'met', minutes };
}

/** `starts`: start instants of the resolution cycles, ascending. Returns one entry per resolution cycle. */
export function slaPerCycle(report: SlaReport, starts: readonly number[]): CycleSla[] {
  const owner = (at: number): number => {
    let index = 0;
    for (let i = 0; i < starts.length; i++) if ((starts[i] ?? Infinity) <= at) index = i;
    return index;
  };
  const byCycle = starts.map(() => new Map<SlaMetric, SlaCycle[]>());
  for (const metric of report.metrics) {
    for (const cycle of metric.cycles) {
      const bucket = byCycle[owner(cycle.startedAt)];
      bucket?.set(metric.metric, [...(bucket.get(metric.metric) ?? []), cycle]);
    }
  }
  return byCycle.map((m) => ({
    outcomes: Object.fromEntries(SLA_METRICS.map((metric) => [metric, outcome(m.get(metric) ?? [])])) as Record<SlaMetric, MetricOutcome>,
    handoff: m.get('handoff')?.[0] ?? null,
  }));
}
