// One issue's SLA, recomputed from its full history (never incremented): writes the live-state property
// when it changed, keeps the issue's future alerts in storage and plans their timers, and plans the
// warning/breach events whose instant has passed. Queue pushes are returned, not made (callers batch them).
import type { KeyValueStore, Logger, QueuedJob, SlaIssueSnapshot, SlaJiraPort } from '../../ports';
import type { SlaDomainEvent } from '../../model/events/domain-event';
import type { PendingAlerts, SlaAlert } from '../../model/sla/live-state';
import type { SlaReport } from '../../model/sla/report';
import { DOMAIN_EVENTS_QUEUE, SLA_TIMER_QUEUE, type SlaTimerBody } from '../../model/sla/jobs';
import { computeSla } from '../../rules/sla/compute-sla';
import { alertsToAnnounce, futureAlerts, hopDelaySeconds, passedAlerts } from '../../rules/sla/alerts';
import { hadPendingAlerts, sameLiveState, toLiveState } from '../../rules/sla/live-state';
import type { SlaConfig } from './read-sla-config';
import { announcedKey, pendingAlertsKey } from './sla-keys';

export type ApplyDeps = { readonly store: KeyValueStore; readonly slaJira: SlaJiraPort; readonly logger: Logger };

/** What is left to do after the state was applied: push `jobs`, then mark `announced` as done. */
export type SlaEffects = {
  readonly written: boolean;
  readonly jobs: readonly QueuedJob[];
  readonly announced: readonly string[];
};

function domainEvent(snapshot: SlaIssueSnapshot, report: SlaReport, a: SlaAlert, now: number): SlaDomainEvent {
  const { issueKey, projectKey } = snapshot.history;
  const cycle = report.metrics.find((m) => m.metric === a.metric)?.cycles[a.cycle - 1];
  return {
    type: a.kind === 'warning' ? 'sla.warning' : 'sla.breached',
    id: `${issueKey}:${a.metric}:${a.cycle}:${a.kind}`,
    issueKey,
    projectKey,
    metric: a.metric,
    cycle: a.cycle,
    priority: cycle?.goal?.priority ?? null,
    targetMinutes: cycle?.goal ? Math.round(cycle.goal.targetMs / 60_000) : null,
    dueAt: new Date(a.dueAt).toISOString(),
    emittedAt: new Date(now).toISOString(),
  };
}

function timerJob(issueKey: string, fingerprint: string, a: SlaAlert, now: number): QueuedJob {
  const body: SlaTimerBody = { issueKey, alertId: a.id, metric: a.metric, cycle: a.cycle, kind: a.kind, dueAt: a.dueAt, fingerprint };
  return { kind: SLA_TIMER_QUEUE, body, delaySeconds: hopDelaySeconds(a.dueAt, now) };
}

async function notYetAnnounced(store: KeyValueStore, issueKey: string, alerts: readonly SlaAlert[]): Promise<SlaAlert[]> {
  const seen = await Promise.all(alerts.map((a) => store.get<boolean>(announcedKey(issueKey, a))));
  return alerts.filter((_, i) => seen[i] === undefined);
}

/**
 * `trustPropertyHint`: skip reading stored alerts when the property says there were none (the batch job,
 * where a read per issue would cost a KVS read for thousands of finished issues).
 */
export async function applySlaState(
  deps: ApplyDeps,
  config: SlaConfig,
  snapshot: SlaIssueSnapshot,
  now: number,
  opts: { readonly trustPropertyHint?: boolean } = {},
): Promise<SlaEffects> {
  const issueKey = snapshot.history.issueKey;
  const report = computeSla(snapshot.history, config.settings.definitions, config.settings.calendar, now);
  const live = toLiveState(report, config.signature);
  const mayHavePending = !opts.trustPropertyHint || hadPendingAlerts(snapshot.storedState);
  const before = mayHavePending ? await deps.store.get<PendingAlerts>(pendingAlertsKey(issueKey)) : undefined;
  const pendingBefore = before?.alerts ?? [];

  const { announce, silenced } = alertsToAnnounce(passedAlerts(report), pendingBefore, now);
  const fresh = await notYetAnnounced(deps.store, issueKey, [...announce, ...silenced]);
  const events = fresh.filter((a) => announce.includes(a)).map((a) => domainEvent(snapshot, report, a, now));

  const future = futureAlerts(report);
  const knownIds = new Set(pendingBefore.map((a) => a.id));
  const timers = future.filter((a) => !knownIds.has(a.id)).map((a) => timerJob(issueKey, live.fingerprint, a, now));
  const sameAlerts = future.length === pendingBefore.length && timers.length === 0;
  if (future.length === 0 && before) await deps.store.delete(pendingAlertsKey(issueKey));
  else if (future.length > 0 && !sameAlerts) {
    const pending: PendingAlerts = { issueKey, fingerprint: live.fingerprint, alerts: future };
    await deps.store.set(pendingAlertsKey(issueKey), pending);
  }

  const changed = !sameLiveState(snapshot.storedState, live);
  if (changed) await deps.slaJira.writeState(issueKey, live);
  if (events.length > 0) deps.logger.info('sla alerts due', { issueKey, events: events.map((e) => e.id) });
  return {
    written: changed,
    jobs: [...timers, ...events.map((e): QueuedJob => ({ kind: DOMAIN_EVENTS_QUEUE, body: e }))],
    announced: fresh.map((a) => announcedKey(issueKey, a)),
  };
}

/** Pushes the planned jobs, then marks the alerts announced (a crash in between re-announces: at least once). */
export async function flushSlaEffects(
  deps: { readonly store: KeyValueStore; readonly jobs: { push(jobs: readonly QueuedJob[]): Promise<void> } },
  effects: readonly SlaEffects[],
): Promise<void> {
  const jobs = effects.flatMap((e) => e.jobs);
  if (jobs.length > 0) await deps.jobs.push(jobs);
  for (const key of effects.flatMap((e) => e.announced)) await deps.store.set(key, true);
}
