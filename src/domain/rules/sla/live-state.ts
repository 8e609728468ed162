// Turns a full SLA report into the compact live state stored as the `linebridge-sla` issue property.
// Pure and deterministic: the same report and config give the same state; `computedAt` is the only field
// that differs between two computations of an unchanged, stopped history.
import { SLA_METRICS, type SlaMetric } from '../../model/sla/definition';
import { MAX_PAST_CYCLES, SLA_STATE_VERSION, type SlaLiveState, type SlaMetricLive, type SlaPastCycle } from '../../model/sla/live-state';
import type { SlaCycle, SlaMetricReport, SlaReport } from '../../model/sla/report';
import { MINUTE_MS } from '../../model/sla/time-of-day';
import { futureAlerts } from './alerts';

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

const NONE: SlaMetricLive = {
  state: 'none', cycle: 0, cycles: 0, breachedCycles: 0, breached: false, paused: false, remainingMinutes: null,
  elapsedMinutes: 0, targetMinutes: null, startedAt: null, stoppedAt: null, warningAt: null, breachAt: null, past: [],
};

function pastCycle(c: SlaCycle): SlaPastCycle {
  return {
    cycle: c.index,
    state: c.state,
    startedAt: new Date(c.startedAt).toISOString(),
    stoppedAt: iso(c.stoppedAt),
    elapsedMinutes: Math.floor(c.elapsedMs / MINUTE_MS),
    targetMinutes: c.goal === null ? null : Math.round(c.goal.targetMs / MINUTE_MS),
  };
}

function metricLive(report: SlaMetricReport | undefined): SlaMetricLive {
  const current = report?.current;
  if (!report || !current) return NONE;
  return {
    state: current.state,
    cycle: current.index,
    cycles: report.cycles.length,
    breachedCycles: report.cycles.filter((c) => c.state === 'breached').length,
    breached: current.state === 'breached',
    paused: current.paused,
    remainingMinutes: current.remainingMs === null ? null : Math.ceil(current.remainingMs / MINUTE_MS),
    elapsedMinutes: Math.floor(current.elapsedMs / MINUTE_MS),
    targetMinutes: current.goal === null ? null : Math.round(current.goal.targetMs / MINUTE_MS),
    startedAt: iso(current.startedAt),
    stoppedAt: iso(current.stoppedAt),
    warningAt: iso(current.warningAt),
    breachAt: iso(current.breachAt),
    past: report.cycles.filter((c) => c !== current).slice(-MAX_PAST_CYCLES).map(pastCycle),
  };
}

/** The parts of a cycle that only the history and the settings decide (not the passing of time). */
function stableCycle(c: SlaCycle): unknown[] {
  return [c.index, c.startedAt, c.stoppedAt, c.pauses.map((p) => [p.from, p.to]), c.paused, c.goal?.priority ?? null, c.goal?.targetMs ?? null, c.warningAt, c.breachAt];
}

/** FNV-1a over the text, twice with different seeds: 16 hex characters. Not cryptographic; a change detector. */
export function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    a = Math.imul(a ^ ch, 0x01000193) >>> 0;
    b = Math.imul(b ^ ch, 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

export function slaFingerprint(report: SlaReport, config: string): string {
  return hashText(JSON.stringify([config, report.metrics.map((m) => [m.metric, m.cycles.map(stableCycle)])]));
}

export function toLiveState(report: SlaReport, config: string): SlaLiveState {
  const byMetric = new Map<SlaMetric, SlaMetricReport>(report.metrics.map((m) => [m.metric, m]));
  const metrics = Object.fromEntries(SLA_METRICS.map((m) => [m, metricLive(byMetric.get(m))])) as Record<SlaMetric, SlaMetricLive>;
  const currents = SLA_METRICS.map((m) => metrics[m]);
  const next = futureAlerts(report).reduce<number | null>((min, a) => (min === null || a.dueAt < min ? a.dueAt : min), null);
  return {
    v: SLA_STATE_VERSION,
    computedAt: report.now,
    config,
    fingerprint: slaFingerprint(report, config),
    breached: currents.some((m) => m.breached),
    running: currents.some((m) => m.state === 'running'),
    nextAlertAt: next,
    ...metrics,
  };
}

/** True when `stored` (an unknown property value) equals `next` in everything but `computedAt`. */
export function sameLiveState(stored: unknown, next: SlaLiveState): boolean {
  if (typeof stored !== 'object' || stored === null) return false;
  const { computedAt: _a, ...rest } = stored as Record<string, unknown>;
  const { computedAt: _b, ...wanted } = next;
  return JSON.stringify(sortKeys(rest)) === JSON.stringify(sortKeys(wanted));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(Object.keys(record).sort().map((k) => [k, sortKeys(record[k])]));
}

/** Whether a stored property says the issue had future alerts (then the app keeps them in KVS). */
export function hadPendingAlerts(stored: unknown): boolean {
  return typeof stored === 'object' && stored !== null && typeof (stored as { nextAlertAt?: unknown }).nextAlertAt === 'number';
}
