// What the SLA view needs besides the stored state: the stored live state read back defensively
// (a property is outside data: anything odd becomes "none", never a crash), and the calendar's working
// spans ahead, so the browser can count business time down each second without asking again. Pure.
import type { SlaCalendar } from '../../model/sla/calendar';
import { SLA_METRICS } from '../../model/sla/definition';
import { DAY_MS } from '../../model/sla/time-of-day';
import type { SlaClockDto, SlaClockStateDto, SlaPastCycleDto } from '../../../shared/contract-sla';
import { compileCalendar, daySpans } from './compiled-calendar';
import { localDayOf } from './time-zone';

/** The spans reach this far past the last running clock's breach (to show "resumes at" after it). */
const SPAN_MARGIN_MS = 2 * DAY_MS;
export const MAX_SPAN_DAYS = 62;
export const MAX_SPANS = 400;

const STATES: readonly SlaClockStateDto[] = ['running', 'paused', 'met', 'breached', 'noGoal', 'none'];
const rec = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const count = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.floor(v) : 0);
const countOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.floor(v) : null);
const isoOrNull = (v: unknown): string | null => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? v : null);

function pastCycle(raw: unknown): SlaPastCycleDto | null {
  const r = rec(raw);
  const state = STATES.find((s) => s === r.state && s !== 'none') as SlaPastCycleDto['state'] | undefined;
  const startedAt = isoOrNull(r.startedAt);
  if (!state || startedAt === null) return null;
  return { cycle: count(r.cycle), state, startedAt, stoppedAt: isoOrNull(r.stoppedAt), elapsedMinutes: count(r.elapsedMinutes), targetMinutes: countOrNull(r.targetMinutes) };
}

/** The clocks of a stored `linebridge-sla` value; null when it is not a live state at all. */
export function clocksOf(stored: unknown): { clocks: SlaClockDto[]; computedAt: number; config: string } | null {
  const s = rec(stored);
  if (s.v !== 1 || typeof s.computedAt !== 'number' || !Number.isFinite(s.computedAt)) return null;
  const clocks = SLA_METRICS.map((metric): SlaClockDto => {
    const m = rec(s[metric]);
    return {
      metric,
      state: STATES.find((x) => x === m.state) ?? 'none',
      cycle: count(m.cycle),
      cycles: count(m.cycles),
      paused: m.paused === true,
      remainingMinutes: countOrNull(m.remainingMinutes),
      elapsedMinutes: count(m.elapsedMinutes),
      targetMinutes: countOrNull(m.targetMinutes),
      startedAt: isoOrNull(m.startedAt),
      stoppedAt: isoOrNull(m.stoppedAt),
      warningAt: isoOrNull(m.warningAt),
      breachAt: isoOrNull(m.breachAt),
      past: (Array.isArray(m.past) ? m.past : []).map(pastCycle).filter((c): c is SlaPastCycleDto => c !== null),
    };
  });
  return { clocks, computedAt: s.computedAt, config: typeof s.config === 'string' ? s.config : '' };
}

/**
 * The working spans from `from` until a little after the latest breach of a running clock (at most
 * MAX_SPAN_DAYS days and MAX_SPANS spans). Empty for a 24/7 calendar: every instant is working time.
 */
export function workingSpansAhead(calendarDef: SlaCalendar, from: number, clocks: readonly SlaClockDto[]): { spans: [number, number][]; horizon: number | null; always: boolean } {
  const calendar = compileCalendar(calendarDef);
  if (calendar.always) return { spans: [], horizon: null, always: true };
  const breaches = clocks.filter((c) => c.state === 'running' && c.breachAt !== null).map((c) => Date.parse(c.breachAt ?? ''));
  const until = Math.min(Math.max(from, ...breaches) + SPAN_MARGIN_MS, from + MAX_SPAN_DAYS * DAY_MS);
  const spans: [number, number][] = [];
  const first = localDayOf(calendar.zone, from);
  for (let day = first; day <= localDayOf(calendar.zone, until) && spans.length < MAX_SPANS; day++) {
    for (const [start, end] of daySpans(calendar, day)) {
      if (end <= from || start >= until) continue;
      spans.push([Math.max(start, from), Math.min(end, until)]);
    }
  }
  const kept = spans.slice(0, MAX_SPANS);
  const horizon = spans.length >= MAX_SPANS ? (kept[kept.length - 1]?.[1] ?? until) : until;
  return { spans: kept, horizon, always: false };
}
