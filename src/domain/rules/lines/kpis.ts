// KPIs from the aggregate cells a filter selects: sums of counters and merged histograms, then rates,
// CSAT average and distribution, SLA compliance per metric, median and p90 handoff and reaction times.
// Pure; the cost depends on the number of cells, never on the number of issues.
import type { KpiCell } from '../../model/lines/aggregates';
import { addCounters, addHistogram, histogramCount, histogramQuantile, M, zeroCounters, type Counters, type Histogram } from '../../model/lines/measures';
import type { DurationStatsDto, KpisDto, RateDto } from '../../../shared/contract-lines';

export type Sum = { readonly m: Counters; readonly ho: Histogram; readonly re: Histogram };

export function sumCells(cells: Iterable<KpiCell>): Sum {
  const sum: Sum = { m: zeroCounters(), ho: {}, re: {} };
  for (const cell of cells) {
    addCounters(sum.m, cell.m);
    addHistogram(sum.ho, cell.ho);
    addHistogram(sum.re, cell.re);
  }
  return sum;
}

export function rate(num: number, den: number): RateDto {
  return { num, den, rate: den > 0 ? num / den : null };
}

export function durations(h: Histogram): DurationStatsDto {
  return { median: histogramQuantile(h, 0.5), p90: histogramQuantile(h, 0.9), count: histogramCount(h) };
}

export const csatAverage = (m: Counters): number | null => ((m[M.csatCount] ?? 0) > 0 ? (m[M.csatSum] ?? 0) / (m[M.csatCount] ?? 1) : null);

export function kpisOf(sum: Sum): KpisDto {
  const v = (i: number): number => sum.m[i] ?? 0;
  const sla = (met: number, breached: number): RateDto => rate(v(met), v(met) + v(breached));
  return {
    load: v(M.load),
    resolved: v(M.resolved),
    reopenRate: rate(v(M.reopened), v(M.resolved)),
    fcr: rate(v(M.fcr), v(M.firstResolved)),
    repeatContactRate: rate(v(M.repeatCycles), v(M.load)),
    csat: { average: csatAverage(sum.m), count: v(M.csatCount), distribution: [v(M.csat1), v(M.csat2), v(M.csat3), v(M.csat4), v(M.csat5)] },
    sla: {
      firstResponse: sla(M.firstResponseMet, M.firstResponseBreached),
      resolution: sla(M.resolutionMet, M.resolutionBreached),
      handoff: sla(M.handoffMet, M.handoffBreached),
    },
    handoff: durations(sum.ho),
    reaction: durations(sum.re),
  };
}
