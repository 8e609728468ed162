// The counters every aggregate cell holds, as a fixed-position number array (compact in storage), and
// the duration samples (handoff, reaction) as sparse histograms of quantized minutes, so that medians and
// p90 are exact over stored values while a cell's size is bounded by the quantization, not by issue count.

export const MEASURES = [
  'load', 'resolved', 'reopened', 'firstResolved', 'fcr', 'csatCount', 'csatSum',
  'csat1', 'csat2', 'csat3', 'csat4', 'csat5',
  'firstResponseMet', 'firstResponseBreached', 'resolutionMet', 'resolutionBreached', 'handoffMet', 'handoffBreached',
  'repeatCycles', 'repeatContacts',
] as const;
export type Measure = (typeof MEASURES)[number];
export type Counters = number[];

export const M: Readonly<Record<Measure, number>> = Object.fromEntries(MEASURES.map((m, i) => [m, i])) as Record<Measure, number>;

export function zeroCounters(): Counters {
  return MEASURES.map(() => 0);
}

/** `into += sign × add`, position by position (missing positions count as 0). */
export function addCounters(into: Counters, add: readonly number[], sign: 1 | -1 = 1): Counters {
  for (let i = 0; i < MEASURES.length; i++) into[i] = (into[i] ?? 0) + sign * (add[i] ?? 0);
  return into;
}

export const isZero = (c: readonly number[]): boolean => c.every((v) => v === 0);

/** Drops trailing zeros (stored cells stay short; missing positions read as 0). */
export function trimZeros(c: Counters): Counters {
  let end = c.length;
  while (end > 0 && (c[end - 1] ?? 0) === 0) end--;
  return end === c.length ? c : c.slice(0, end);
}

/** quantized minutes → number of samples */
export type Histogram = Record<string, number>;

/**
 * Minutes at the resolution the panel reports: 1 min below 1 h, 5 min below 8 h, 30 min below 3 days,
 * 4 h beyond (rounded down). Bounds a histogram to about 300 distinct values whatever the data.
 */
export function quantizeMinutes(ms: number): number {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  const step = minutes < 60 ? 1 : minutes < 480 ? 5 : minutes < 4320 ? 30 : 240;
  return minutes - (minutes % step);
}

export function addHistogram(into: Histogram, add: Readonly<Histogram>, sign: 1 | -1 = 1): Histogram {
  for (const [value, count] of Object.entries(add)) {
    const next = (into[value] ?? 0) + sign * count;
    if (next === 0) delete into[value];
    else into[value] = next;
  }
  return into;
}

export function histogramCount(h: Readonly<Histogram>): number {
  return Object.values(h).reduce((sum, c) => sum + c, 0);
}

/** Nearest-rank quantile (q in (0, 1]): the smallest value with at least q × n samples at or below it. */
export function histogramQuantile(h: Readonly<Histogram>, q: number): number | null {
  const n = histogramCount(h);
  if (n === 0) return null;
  const rank = Math.max(1, Math.ceil(q * n));
  let seen = 0;
  for (const value of Object.keys(h).map(Number).sort((a, b) => a - b)) {
    seen += h[String(value)] ?? 0;
    if (seen >= rank) return value;
  }
  return null;
}
