// Table tests for the SLA clock: the PRODUCT.md defaults on real-looking incidents (Moscow office hours,
// Berlin daylight saving, holidays, pauses, reopens, handoff, priority changes).
import { computeSla } from '../../../src/domain/rules/sla/compute-sla';
import { DEFAULT_SLA_DEFINITIONS } from '../../../src/domain/model/sla/defaults';
import type { SlaDefinition, SlaGoal, SlaMetric } from '../../../src/domain/model/sla/definition';
import type { IssueHistory } from '../../../src/domain/model/sla/history';
import type { SlaCalendar } from '../../../src/domain/model/sla/calendar';
import { HOUR, MIN, STATUS, aHistory, anOfficeCalendar, client, line1, line2, t } from '../../builders/sla';

const moscow = anOfficeCalendar();
const iso = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : new Date(ms).toISOString());

type Run = { calendar?: SlaCalendar; defs?: readonly SlaDefinition[] };
function run(history: IssueHistory, now: string, { calendar = moscow, defs = DEFAULT_SLA_DEFINITIONS }: Run = {}) {
  const report = computeSla(history, defs, calendar, t(now));
  const metric = (name: SlaMetric) => report.metrics.find((m) => m.metric === name);
  return Object.assign(metric, { current: (name: SlaMetric) => metric(name)?.current });
}

function withGoals(metric: SlaMetric, goals: SlaGoal[]): readonly SlaDefinition[] {
  return DEFAULT_SLA_DEFINITIONS.map((d) => (d.metric === metric ? { ...d, goals } : d));
}

describe('a Critical incident created at 17:55 on a Friday in Moscow (09–18 Mon–Fri)', () => {
  const created = '2026-03-06T17:55+03:00';
  const incident = aHistory({ created, initial: { priority: 'Critical' } }).build();

  it('counts 5 minutes on Friday and resumes on Monday morning', () => {
    const sla = run(incident, '2026-03-09T09:10+03:00');
    const reaction = sla.current('firstResponse');
    expect(reaction).toMatchObject({ state: 'running', elapsedMs: 15 * MIN, remainingMs: 15 * MIN });
    expect(iso(sla.current('firstResponse')?.warningAt)).toBe(iso(t('2026-03-09T09:17:30+03:00')));
    expect(iso(sla.current('firstResponse')?.breachAt)).toBe(iso(t('2026-03-09T09:25+03:00')));
    expect(iso(sla.current('resolution')?.breachAt)).toBe(iso(t('2026-03-09T10:55+03:00')));
    expect(sla.current('resolution')?.goal).toEqual({ priority: 'Critical', targetMs: 2 * HOUR, scope: [] });
  });

  it('is breached after the target, with the breach instant in the past', () => {
    const sla = run(incident, '2026-03-09T11:00+03:00');
    expect(sla.current('firstResponse')).toMatchObject({ state: 'breached', remainingMs: 0, overdueMs: 95 * MIN });
    expect(sla.current('resolution')).toMatchObject({ state: 'breached', elapsedMs: 125 * MIN, overdueMs: 5 * MIN });
  });

  it('a public reply by line 2 on Monday 09:20 meets the reaction goal', () => {
    const replied = aHistory({ created, initial: { priority: 'Critical' } })
      .comment('2026-03-09T09:20+03:00', line2())
      .build();
    expect(run(replied, '2026-03-09T12:00+03:00').current('firstResponse')).toMatchObject({
      state: 'met',
      elapsedMs: 25 * MIN,
      stoppedAt: t('2026-03-09T09:20+03:00'),
    });
  });

  it('a holiday on Monday 9 March moves the breach to Tuesday', () => {
    const calendar = anOfficeCalendar({ holidays: [{ date: '2026-03-09', name: 'Women’s Day' }] });
    const resolution = run(incident, '2026-03-09T12:00+03:00', { calendar }).current('resolution');
    expect(resolution).toMatchObject({ state: 'running', elapsedMs: 5 * MIN });
    expect(iso(resolution?.breachAt)).toBe(iso(t('2026-03-10T10:55+03:00')));
  });
});

describe('daylight-saving weeks in Berlin (09–18 Mon–Fri)', () => {
  const calendar = anOfficeCalendar({ timeZone: 'Europe/Berlin' });
  it.each([
    ['March', '2026-03-27T17:00+01:00', '2026-03-30T10:00+02:00'],
    ['October', '2026-10-23T17:00+02:00', '2026-10-26T10:00+01:00'],
  ])('a Critical issue from Friday 17:00 in %s breaches at Monday 10:00 local', (_month, created, breach) => {
    const issue = aHistory({ created, initial: { priority: 'Critical' } }).build();
    expect(iso(run(issue, created, { calendar }).current('resolution')?.breachAt)).toBe(iso(t(breach)));
    const atBreach = run(issue, breach, { calendar }).current('resolution');
    expect(atBreach).toMatchObject({ state: 'breached', elapsedMs: 2 * HOUR });
  });
});

describe('cycles, pauses, handoff and priority', () => {
  it('pauses in Waiting for customer and resumes when the status leaves it, not on a mere comment', () => {
    const issue = aHistory({ initial: { priority: 'High' } })
      .status('2026-03-02T10:30+03:00', STATUS.waiting, line1())
      .comment('2026-03-02T13:00+03:00', client())
      .status('2026-03-02T14:00+03:00', STATUS.inProgress, line2())
      .status('2026-03-02T15:00+03:00', STATUS.resolved, line2())
      .build();
    const resolution = run(issue, '2026-03-03T12:00+03:00').current('resolution');
    expect(resolution).toMatchObject({ state: 'met', elapsedMs: 90 * MIN, paused: false });
    expect(resolution?.pauses).toEqual([{ from: t('2026-03-02T10:30+03:00'), to: t('2026-03-02T14:00+03:00') }]);
    const during = run(issue, '2026-03-02T13:30+03:00').current('resolution');
    expect(during).toMatchObject({ state: 'paused', paused: true, elapsedMs: 30 * MIN, breachAt: null });
  });

  it('a reopen starts cycle 2 of resolution and of reaction', () => {
    const issue = aHistory()
      .comment('2026-03-02T10:10+03:00', line2())
      .status('2026-03-02T11:00+03:00', STATUS.resolved, line2())
      .status('2026-03-02T13:00+03:00', STATUS.open, line1())
      .build();
    const sla = run(issue, '2026-03-02T14:00+03:00');
    const summary = (metric: SlaMetric) => sla(metric)?.cycles.map((c) => [c.index, c.state, c.elapsedMs]);
    expect(summary('resolution')).toEqual([[1, 'met', HOUR], [2, 'running', HOUR]]);
    expect(summary('firstResponse')).toEqual([[1, 'met', 10 * MIN], [2, 'breached', HOUR]]);
  });

  it('measures the handoff from escalation to line 2 until a line-2 engineer takes it', () => {
    const issue = aHistory()
      .line('2026-03-02T10:10+03:00', 'line2', line1())
      .assignee('2026-03-02T10:40+03:00', line2(), line2())
      .build();
    const handoff = run(issue, '2026-03-02T12:00+03:00')('handoff');
    expect(handoff?.cycles).toHaveLength(1);
    expect(handoff?.current).toMatchObject({ state: 'noGoal', elapsedMs: 30 * MIN, goal: null, remainingMs: null });
    const defs = withGoals('handoff', [{ priority: 'Medium', targetMinutes: 20 }]);
    const judged = run(issue, '2026-03-02T12:00+03:00', { defs }).current('handoff');
    expect(judged).toMatchObject({ state: 'breached', overdueMs: 10 * MIN });
  });

  it('starts the handoff when line 1 moves the issue to Open, and ignores Open by line 2', () => {
    const byLine1 = aHistory()
      .status('2026-03-02T10:05+03:00', STATUS.open, line1())
      .status('2026-03-02T10:25+03:00', STATUS.inProgress, line2())
      .build();
    const handoff = run(byLine1, '2026-03-02T12:00+03:00').current('handoff');
    expect(handoff).toMatchObject({ startedAt: t('2026-03-02T10:05+03:00'), elapsedMs: 20 * MIN });
    const byLine2 = aHistory().status('2026-03-02T10:05+03:00', STATUS.open, line2()).build();
    expect(run(byLine2, '2026-03-02T12:00+03:00')('handoff')?.cycles).toEqual([]);
  });

  it('an internal note or a client comment is no reaction; a line-2 transition is', () => {
    const issue = aHistory()
      .comment('2026-03-02T10:05+03:00', line2(), 'internal')
      .comment('2026-03-02T10:06+03:00', client())
      .status('2026-03-02T10:12+03:00', STATUS.inProgress, line2())
      .build();
    const reaction = run(issue, '2026-03-02T12:00+03:00').current('firstResponse');
    expect(reaction).toMatchObject({ state: 'met', elapsedMs: 12 * MIN });
  });

  it('raising the priority mid-cycle applies the new goal to the time already elapsed', () => {
    const issue = aHistory({ initial: { priority: 'Low' } })
      .priority('2026-03-02T12:30+03:00', 'Critical', line1())
      .build();
    const resolution = run(issue, '2026-03-02T13:00+03:00').current('resolution');
    expect(resolution).toMatchObject({ state: 'breached', elapsedMs: 3 * HOUR, priorities: ['Low', 'Critical'] });
    expect(resolution?.goal?.priority).toBe('Critical');
    expect(iso(resolution?.breachAt)).toBe(iso(t('2026-03-02T12:00+03:00')));
  });

  it('lowering the priority mid-cycle lifts a breach that had not stopped', () => {
    const issue = aHistory({ initial: { priority: 'Critical' } }).priority('2026-03-02T11:00+03:00', 'Low').build();
    const resolution = run(issue, '2026-03-02T13:00+03:00').current('resolution');
    expect(resolution).toMatchObject({ state: 'running', remainingMs: 45 * HOUR });
  });

  it('the most specific goal wins: project beats label beats priority alone', () => {
    const defs = withGoals('resolution', [
      { priority: 'medium', targetMinutes: 600 },
      { priority: 'Medium', targetMinutes: 300, labels: ['vip'] },
      { priority: 'Medium', targetMinutes: 120, projectKeys: ['sup'] },
    ]);
    const vip = aHistory({ labels: ['vip'] }).build();
    const goal = run(vip, '2026-03-02T10:00+03:00', { defs }).current('resolution')?.goal;
    expect(goal).toEqual({ priority: 'Medium', targetMs: 120 * MIN, scope: ['project'] });
    const other = aHistory({ projectKey: 'OPS', labels: ['vip'] }).build();
    expect(run(other, '2026-03-02T10:00+03:00', { defs }).current('resolution')?.goal?.targetMs).toBe(300 * MIN);
    const plain = aHistory({ projectKey: 'OPS' }).build();
    expect(run(plain, '2026-03-02T10:00+03:00', { defs }).current('resolution')?.goal?.targetMs).toBe(600 * MIN);
  });
});
