// Warning and breach alerts of the open cycles of an SLA report: which lie ahead (timers are scheduled
// for them), which have passed, and which of those to announce. Pure; the caller dedupes in storage.
import type { SlaAlert, SlaAlertKind } from '../../model/sla/live-state';
import type { SlaReport } from '../../model/sla/report';

/** The longest delay of one queue event (Forge's `delayInSeconds` limit): longer waits are chained. */
export const MAX_HOP_SECONDS = 900;
/** An alert that passed before the app ever saw it ahead is announced only if it is this fresh. */
export const FRESH_ALERT_MS = 15 * 60_000;

export const alertId = (a: Omit<SlaAlert, 'id'>): string => `${a.metric}:${a.cycle}:${a.kind}:${a.dueAt}`;

const slot = (a: SlaAlert): string => `${a.metric}:${a.cycle}:${a.kind}`;

/** Every warning/breach instant of each metric's open current cycle (past ones included). */
export function openAlerts(report: SlaReport): SlaAlert[] {
  return report.metrics.flatMap((m) => {
    const c = m.current;
    if (!c || c.stoppedAt !== null || c.goal === null) return [];
    const at: [SlaAlertKind, number | null][] = [['warning', c.warningAt], ['breach', c.breachAt]];
    return at.flatMap(([kind, dueAt]) => {
      if (dueAt === null) return [];
      const base = { metric: m.metric, cycle: c.index, kind, dueAt };
      return [{ ...base, id: alertId(base) }];
    });
  });
}

export function futureAlerts(report: SlaReport): SlaAlert[] {
  return openAlerts(report).filter((a) => a.dueAt > report.now);
}

export function passedAlerts(report: SlaReport): SlaAlert[] {
  return openAlerts(report).filter((a) => a.dueAt <= report.now);
}

/**
 * The passed alerts worth announcing: those the app had seen ahead (same metric, cycle and kind, even if
 * the instant moved, e.g. a priority raised mid-cycle) or that are fresh. A warning whose breach is
 * announced at the same time is left out (one message, not two); it goes to `silenced` to be marked done.
 */
export function alertsToAnnounce(
  passed: readonly SlaAlert[],
  pending: readonly SlaAlert[],
  now: number,
): { readonly announce: SlaAlert[]; readonly silenced: SlaAlert[] } {
  const seen = new Set(pending.map(slot));
  const qualifies = (a: SlaAlert): boolean => seen.has(slot(a)) || a.dueAt >= now - FRESH_ALERT_MS;
  const breaches = passed.filter((a) => a.kind === 'breach' && qualifies(a));
  const breached = new Set(breaches.map((a) => `${a.metric}:${a.cycle}`));
  const warnings = passed.filter((a) => a.kind === 'warning' && qualifies(a));
  return {
    announce: [...warnings.filter((a) => !breached.has(`${a.metric}:${a.cycle}`)), ...breaches],
    silenced: warnings.filter((a) => breached.has(`${a.metric}:${a.cycle}`)),
  };
}

/** Seconds to wait for the next hop toward `dueAt` (1–900), or 0 when it is due. */
export function hopDelaySeconds(dueAt: number, now: number): number {
  if (dueAt <= now) return 0;
  return Math.min(MAX_HOP_SECONDS, Math.max(1, Math.ceil((dueAt - now) / 1000)));
}
