// One SLA clock at a given instant, from the stored state (as of `computedAt`) and the working spans:
// a running clock counts down to its breach instant in business time; a paused or stopped one keeps its
// stored figures; a running one whose breach instant passed in the browser shows as breached. Pure.
// Relative imports only (no @shared/@ui aliases): the root unit suite imports this file too.
import type { SlaClockDto, SlaClockStateDto, SlaIssueViewDto } from '../../../src/shared/contract-sla';
import { businessBetween, minutes, resumesAt } from './sla-time';

export type DisplayState = SlaClockStateDto | 'atRisk';

export type LiveClock = {
  readonly clock: SlaClockDto;
  readonly display: DisplayState;
  readonly remainingMs: number | null;
  readonly elapsedMs: number;
  readonly targetMs: number | null;
  readonly breachAt: number | null;
  /** For a clock that counts now: 'working', or when work resumes (null: unknown beyond the spans). */
  readonly resumes: number | null | 'working';
};

const at = (iso: string | null): number | null => (iso === null ? null : Date.parse(iso));

export function liveClock(c: SlaClockDto, view: SlaIssueViewDto, now: number): LiveClock {
  const computedAt = at(view.computedAt) ?? now;
  const t = Math.max(now, computedAt);
  const always = view.calendar.always;
  const spans = view.workingSpans;
  const since = businessBetween(spans, always, computedAt, t);
  const targetMs = c.targetMinutes === null ? null : minutes(c.targetMinutes);
  const storedElapsed = minutes(c.elapsedMinutes);
  const breachAt = at(c.breachAt);
  const base = { clock: c, targetMs, breachAt, resumes: null };
  const counting = c.stoppedAt === null && !c.paused && (c.state === 'running' || c.state === 'breached' || c.state === 'noGoal');
  const resumes = counting ? resumesAt(spans, always, t) : null;

  if (c.state === 'running' && targetMs !== null && breachAt !== null) {
    if (t >= breachAt) {
      return { ...base, display: 'breached', remainingMs: 0, elapsedMs: targetMs + businessBetween(spans, always, breachAt, t), resumes };
    }
    const covered = always || (view.horizon !== null && breachAt <= view.horizon);
    const remaining = covered ? businessBetween(spans, always, t, breachAt) : Math.max(0, minutes(c.remainingMinutes ?? 0) - since);
    const warningAt = at(c.warningAt);
    return { ...base, display: warningAt !== null && t >= warningAt ? 'atRisk' : 'running', remainingMs: remaining, elapsedMs: Math.max(0, targetMs - remaining), resumes };
  }
  const elapsedMs = counting ? storedElapsed + since : storedElapsed;
  const remainingMs = targetMs === null ? null : Math.max(0, targetMs - elapsedMs);
  return { ...base, display: c.state, remainingMs: c.state === 'paused' ? minutes(c.remainingMinutes ?? 0) : remainingMs, elapsedMs, resumes };
}
