// The live state stored on each issue, its alerts, and the timers that lead to them: pure rules and the
// timer use case on in-memory adapters.
import { MemoryStore } from '../../../src/adapters/memory-store';
import { NotFoundError } from '../../../src/domain/errors';
import { computeSla } from '../../../src/domain/rules/sla/compute-sla';
import { alertsToAnnounce, FRESH_ALERT_MS, futureAlerts, hopDelaySeconds, passedAlerts } from '../../../src/domain/rules/sla/alerts';
import { hadPendingAlerts, sameLiveState, toLiveState } from '../../../src/domain/rules/sla/live-state';
import { DEFAULT_SLA_DEFINITIONS } from '../../../src/domain/model/sla/defaults';
import { CALENDAR_24_7 } from '../../../src/domain/model/sla/calendar';
import { SLA_TIMER_QUEUE, type SlaTimerBody } from '../../../src/domain/model/sla/jobs';
import type { SlaAlert } from '../../../src/domain/model/sla/live-state';
import { parseSlaSettings } from '../../../src/domain/model/sla/sla-settings';
import { handleSlaTimer } from '../../../src/domain/use-cases/sla/handle-sla-timer';
import { refreshIssueSla, type SlaServices } from '../../../src/domain/use-cases/sla/refresh-issue-sla';
import { recordingLogger } from '../../builders/services';
import { FakeSlaJira, RecordingQueue } from '../../builders/fake-sla-jira';
import { HOUR, MIN, STATUS, aHistory, line1, line2, t } from '../../builders/sla';

const created = '2026-03-02T10:00:00Z';
const critical = () => aHistory({ created, initial: { priority: 'Critical' } });
const report = (now: string, history = critical().build()) => computeSla(history, DEFAULT_SLA_DEFINITIONS, CALENDAR_24_7, t(now));

describe('live state', () => {
  it('is compact, JSON-safe and names the next alert', () => {
    const state = toLiveState(report('2026-03-02T10:10:00Z'), 'sla:1/general:1');
    expect(JSON.stringify(state).length).toBeLessThan(2048);
    expect(state).toMatchObject({
      config: 'sla:1/general:1', breached: false, running: true, nextAlertAt: t(created) + 22.5 * MIN,
      firstResponse: { state: 'running', remainingMinutes: 20, elapsedMinutes: 10, warningAt: '2026-03-02T10:22:30.000Z', breachAt: '2026-03-02T10:30:00.000Z' },
      handoff: { state: 'none', cycle: 0, remainingMinutes: null },
    });
  });

  it('keeps its fingerprint while only time passes, and changes it when the history does', () => {
    const early = toLiveState(report('2026-03-02T10:01:00Z'), 'c');
    const later = toLiveState(report('2026-03-02T10:05:00Z'), 'c');
    expect(later.fingerprint).toBe(early.fingerprint);
    expect(sameLiveState(early, later)).toBe(false); // remaining minutes moved: the property is rewritten
    const answered = toLiveState(report('2026-03-02T10:05:00Z', critical().comment('2026-03-02T10:03:00Z', line2()).build()), 'c');
    expect(answered.fingerprint).not.toBe(later.fingerprint);
    expect(toLiveState(report('2026-03-02T10:05:00Z'), 'other settings').fingerprint).not.toBe(later.fingerprint);
  });

  it('is equal to itself stored and read back, whatever the key order and computedAt', () => {
    const state = toLiveState(report('2026-03-02T10:10:00Z'), 'c');
    const stored = JSON.parse(JSON.stringify({ ...state, computedAt: 1 })) as unknown;
    expect(sameLiveState(stored, state)).toBe(true);
    expect(sameLiveState(undefined, state)).toBe(false);
    expect(hadPendingAlerts(stored)).toBe(true);
    expect(hadPendingAlerts({ nextAlertAt: null })).toBe(false);
  });

  it('recomputes the same state from duplicated and shuffled history events', () => {
    const history = critical().status('2026-03-02T10:02:00Z', STATUS.open, line1()).comment('2026-03-02T10:04:00Z', line2()).build();
    const messy = { ...history, events: [...history.events].reverse().concat(history.events) };
    const now = t('2026-03-02T10:30:00Z');
    const a = toLiveState(computeSla(history, DEFAULT_SLA_DEFINITIONS, CALENDAR_24_7, now), 'c');
    const b = toLiveState(computeSla(messy, DEFAULT_SLA_DEFINITIONS, CALENDAR_24_7, now), 'c');
    expect(b).toEqual(a);
  });
});

describe('alerts', () => {
  it('lies ahead for a running clock and behind once passed', () => {
    expect(futureAlerts(report('2026-03-02T10:10:00Z')).map((a) => a.id)).toEqual([
      `firstResponse:1:warning:${t(created) + 22.5 * MIN}`, `firstResponse:1:breach:${t(created) + 30 * MIN}`,
      `resolution:1:warning:${t(created) + 90 * MIN}`, `resolution:1:breach:${t(created) + 2 * HOUR}`,
    ]);
    expect(passedAlerts(report('2026-03-02T10:25:00Z')).map((a) => `${a.metric}:${a.kind}`)).toEqual(['firstResponse:warning']);
  });

  const alert = (kind: 'warning' | 'breach', dueAt: number): SlaAlert => ({ id: `resolution:1:${kind}:${dueAt}`, metric: 'resolution', cycle: 1, kind, dueAt });

  it('announces passed alerts it saw ahead, or fresh ones; a warning overtaken by its breach is silenced', () => {
    const now = t('2026-03-02T13:00:00Z');
    const old = alert('warning', now - 2 * HOUR);
    expect(alertsToAnnounce([old], [], now)).toEqual({ announce: [], silenced: [] });
    expect(alertsToAnnounce([old], [alert('warning', now + HOUR)], now).announce).toEqual([old]); // moved by a priority raise
    const fresh = alert('warning', now - FRESH_ALERT_MS + 1);
    expect(alertsToAnnounce([fresh], [], now).announce).toEqual([fresh]);
    const breach = alert('breach', now - MIN);
    expect(alertsToAnnounce([fresh, breach], [], now)).toEqual({ announce: [breach], silenced: [fresh] });
  });

  it('waits in hops of at most 900 seconds', () => {
    expect(hopDelaySeconds(1_000_000, 1_000_000)).toBe(0);
    expect(hopDelaySeconds(1_000_001, 1_000_000)).toBe(1);
    expect(hopDelaySeconds(1_000_000 + 3 * HOUR, 1_000_000)).toBe(900);
    expect(hopDelaySeconds(1_000_000 + 61_500, 1_000_000)).toBe(62);
  });
});

describe('sla settings section', () => {
  it('prefixes the parsers’ error paths so the admin page can place them', () => {
    const parsed = parseSlaSettings({ definitions: [{ metric: 'resolution', start: [], stop: [{ kind: 'created' }] }], calendar: { ...CALENDAR_24_7, timeZone: 'Mars/Olympus' } });
    expect(parsed.errors).toMatchObject({ 'definitions.0.start': 'validation.sla.noStart', 'calendar.timeZone': 'validation.sla.timeZone' });
    expect(parseSlaSettings(null).errors).toEqual({ _: 'validation.required' });
    expect(parseSlaSettings({ definitions: DEFAULT_SLA_DEFINITIONS, calendar: CALENDAR_24_7 }).value).toEqual({ definitions: DEFAULT_SLA_DEFINITIONS, calendar: CALENDAR_24_7 });
  });
});

describe('timer hops', () => {
  function setup(now: number) {
    const slaJira = new FakeSlaJira().add(10_001, critical().build());
    const jobs = new RecordingQueue();
    let clock = now;
    const deps: SlaServices = { store: new MemoryStore(), slaJira, jobs, clock: { now: () => new Date(clock) }, logger: recordingLogger() };
    return { deps, jobs, slaJira, setNow: (ms: number) => (clock = ms) };
  }

  it('chains toward the due instant, fires there, and drops hops made stale by a change', async () => {
    const { deps, jobs, slaJira, setNow } = setup(t(created) + MIN);
    await refreshIssueSla(deps, 'SUP-1');
    const timers = jobs.of(SLA_TIMER_QUEUE);
    expect(timers.map((j) => j.delaySeconds)).toEqual([900, 900, 900, 900]);
    const breach = timers.find((j) => (j.body as SlaTimerBody).alertId.startsWith('resolution:1:breach'))?.body as SlaTimerBody;

    setNow(t(created) + 16 * MIN);
    expect(await handleSlaTimer(deps, breach)).toBe('rescheduled');
    expect(jobs.pushed.at(-1)).toMatchObject({ kind: SLA_TIMER_QUEUE, delaySeconds: 900 });

    setNow(t(created) + 2 * HOUR);
    expect(await handleSlaTimer(deps, breach)).toBe('fired');
    expect(jobs.of('domain-events').map((j) => j.body.id)).toEqual(['SUP-1:firstResponse:1:breach', 'SUP-1:resolution:1:breach']);
    expect(slaJira.properties.get('SUP-1')).toMatchObject({ breached: true, nextAlertAt: null });

    expect(await handleSlaTimer(deps, breach)).toBe('stale'); // redelivered after it fired
  });
});

describe('timer hops for a deleted issue', () => {
  it('forget the issue’s alerts instead of retrying forever', async () => {
    const slaJira = new FakeSlaJira().add(10_001, critical().build());
    const store = new MemoryStore();
    const deps: SlaServices = { store, slaJira, jobs: new RecordingQueue(), clock: { now: () => new Date(t(created) + 3 * HOUR) }, logger: recordingLogger() };
    await store.set('sla-live:SUP-1', { issueKey: 'SUP-1', fingerprint: 'f', alerts: [{ id: 'resolution:1:breach:1', metric: 'resolution', cycle: 1, kind: 'breach', dueAt: 1 }] });
    slaJira.failNext('read', new NotFoundError('issue SUP-1'));
    const body: SlaTimerBody = { issueKey: 'SUP-1', alertId: 'resolution:1:breach:1', metric: 'resolution', cycle: 1, kind: 'breach', dueAt: 1, fingerprint: 'f' };
    expect(await handleSlaTimer(deps, body)).toBe('stale');
    expect(await store.get('sla-live:SUP-1')).toBeUndefined();
  });
});
