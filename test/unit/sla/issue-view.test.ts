// The SLA view of one issue: the stored state read back defensively, the working spans sent to the
// browser, and the browser's live countdown from them (the same figures the server computes, frozen off
// hours and while paused, breached once the instant passes).
import { computeSla } from '../../../src/domain/rules/sla/compute-sla';
import { toLiveState } from '../../../src/domain/rules/sla/live-state';
import { clocksOf, workingSpansAhead } from '../../../src/domain/rules/sla/issue-view';
import { DEFAULT_SLA_DEFINITIONS } from '../../../src/domain/model/sla/defaults';
import { CALENDAR_24_7, type SlaCalendar } from '../../../src/domain/model/sla/calendar';
import type { SlaClockDto, SlaIssueViewDto } from '../../../src/shared/contract-sla';
import { liveClock } from '../../../static/issue-panel/src/sla-live';
import { businessBetween, formatDuration, relativeTime, resumesAt } from '../../../static/issue-panel/src/sla-time';
import { translate } from '../../../src/shared/i18n';
import { MIN, STATUS, aHistory, anOfficeCalendar, line2, t } from '../../builders/sla';

const moscow = anOfficeCalendar();
/** A Critical incident filed Friday 17:50 MSK: 10 working minutes left today, the rest on Monday. */
const friday = () => aHistory({ created: '2026-03-06T17:50:00+03:00', initial: { priority: 'Critical' } });

function viewAt(history: ReturnType<ReturnType<typeof friday>['build']>, calendar: SlaCalendar, computedAt: number, statusName = 'New'): SlaIssueViewDto {
  const parsed = clocksOf(JSON.parse(JSON.stringify(toLiveState(computeSla(history, DEFAULT_SLA_DEFINITIONS, calendar, computedAt), 'c'))));
  if (!parsed) throw new Error('no clocks');
  const spans = workingSpansAhead(calendar, parsed.computedAt, parsed.clocks);
  return {
    issueKey: 'SUP-1', projectKey: 'SUP', availability: 'ok', statusName, computedAt: new Date(computedAt).toISOString(), serverNow: new Date(computedAt).toISOString(),
    stale: false, calendar: { name: calendar.name, timeZone: calendar.timeZone, always: spans.always }, workingSpans: spans.spans, horizon: spans.horizon,
    clocks: parsed.clocks, autoClose: null,
  };
}

const clock = (view: SlaIssueViewDto, metric: SlaClockDto['metric']): SlaClockDto => {
  const found = view.clocks.find((c) => c.metric === metric);
  if (!found) throw new Error(metric);
  return found;
};

describe('the stored state read back', () => {
  it('is null for anything that is not a live state, and never throws on odd fields', () => {
    expect(clocksOf(undefined)).toBeNull();
    expect(clocksOf({ v: 2, computedAt: 1 })).toBeNull();
    const odd = clocksOf({ v: 1, computedAt: 5, firstResponse: { state: 'weird', remainingMinutes: -3, elapsedMinutes: NaN, past: [{ state: 'met' }, 7] } });
    expect(odd?.clocks[0]).toMatchObject({ state: 'none', remainingMinutes: null, elapsedMinutes: 0, past: [] });
  });

  it('keeps the earlier cycles of a reopened issue', () => {
    const reopened = friday()
      .status('2026-03-06T17:55:00+03:00', STATUS.resolved, line2())
      .status('2026-03-09T10:00:00+03:00', STATUS.open, line2())
      .build();
    const view = viewAt(reopened, moscow, t('2026-03-09T10:05:00+03:00'));
    expect(clock(view, 'resolution')).toMatchObject({ cycle: 2, cycles: 2, past: [{ cycle: 1, state: 'met', elapsedMinutes: 5, targetMinutes: 120 }] });
  });
});

describe('the live countdown in the browser', () => {
  it('starts from the same remaining time the server stored, and counts only working time', () => {
    const computedAt = t('2026-03-06T17:55:00+03:00');
    const view = viewAt(friday().build(), moscow, computedAt);
    const resolution = clock(view, 'resolution');
    expect(resolution).toMatchObject({ state: 'running', remainingMinutes: 115, breachAt: new Date(t('2026-03-09T10:50:00+03:00')).toISOString() });
    expect(liveClock(resolution, view, computedAt).remainingMs).toBe(115 * MIN);
    const evening = liveClock(resolution, view, t('2026-03-06T21:00:00+03:00'));
    expect(evening).toMatchObject({ display: 'running', remainingMs: 110 * MIN, resumes: t('2026-03-09T09:00:00+03:00') });
    const monday = liveClock(resolution, view, t('2026-03-09T10:00:00+03:00'));
    expect(monday).toMatchObject({ remainingMs: 50 * MIN, elapsedMs: 70 * MIN, resumes: 'working' });
    expect(liveClock(resolution, view, t('2026-03-09T10:30:00+03:00')).display).toBe('atRisk');
    expect(liveClock(resolution, view, t('2026-03-09T11:05:00+03:00'))).toMatchObject({ display: 'breached', remainingMs: 0, elapsedMs: 135 * MIN });
  });

  it('never counts backwards before the state was computed (a browser clock behind the server)', () => {
    const computedAt = t('2026-03-09T10:00:00+03:00');
    const view = viewAt(friday().build(), moscow, computedAt);
    expect(liveClock(clock(view, 'resolution'), view, computedAt - 3_600_000).remainingMs).toBe(50 * MIN);
  });

  it('freezes a paused clock and names the status it waits in', () => {
    const waiting = friday().status('2026-03-06T17:52:00+03:00', STATUS.waiting, line2()).build();
    const view = viewAt(waiting, CALENDAR_24_7, t('2026-03-06T18:00:00+03:00'), 'Waiting for customer');
    const live = liveClock(clock(view, 'resolution'), view, t('2026-03-08T18:00:00+03:00'));
    expect(live).toMatchObject({ display: 'paused', remainingMs: 118 * MIN, resumes: null });
  });

  it('equals wall time on a 24/7 calendar (no spans sent)', () => {
    const view = viewAt(friday().build(), CALENDAR_24_7, t('2026-03-06T17:55:00+03:00'));
    expect(view.workingSpans).toEqual([]);
    expect(liveClock(clock(view, 'resolution'), view, t('2026-03-06T18:55:00+03:00')).remainingMs).toBe(55 * MIN);
  });

  it('sends the spans up to a little past the latest breach, in order, and no more', () => {
    const view = viewAt(friday().build(), moscow, t('2026-03-06T17:55:00+03:00'));
    expect(view.workingSpans.every(([a, b], i) => b > a && (i === 0 || a >= (view.workingSpans[i - 1]?.[1] ?? 0)))).toBe(true);
    expect(businessBetween(view.workingSpans, false, t('2026-03-06T17:55:00+03:00'), t('2026-03-09T09:30:00+03:00'))).toBe(35 * MIN);
    expect(resumesAt(view.workingSpans, false, t('2026-03-07T12:00:00+03:00'))).toBe(t('2026-03-09T09:00:00+03:00'));
    expect(view.horizon).toBe(t('2026-03-11T10:50:00+03:00'));
    const idle = workingSpansAhead(moscow, t('2026-03-06T17:55:00+03:00'), []);
    expect(idle.horizon).toBe(t('2026-03-08T17:55:00+03:00')); // nothing running: two days, for "resumes at"
  });
});

describe('durations and relative times', () => {
  const en = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('en', key, params);
  const ru = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('ru', key, params);

  it('are compact and localized', () => {
    expect(formatDuration(2 * 86_400_000 + 3 * 3_600_000, en)).toBe('2 d 3 h');
    expect(formatDuration(65 * MIN, en)).toBe('1 h 5 min');
    expect(formatDuration(12 * MIN + 30_000, en)).toBe('12 min 30 s');
    expect(formatDuration(-5, en)).toBe('0 s');
    expect(formatDuration(65 * MIN, ru)).toBe('1 ч 5 мин');
    expect(relativeTime(0, 2 * 3_600_000, 'en')).toBe('2 hours ago');
    expect(relativeTime(5 * MIN, 0, 'ru')).toBe('через 5 минут');
  });
});
