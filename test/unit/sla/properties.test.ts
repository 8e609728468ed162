// Property-based tests (fast-check) of the SLA clock on random histories, calendars and instants:
// pauses never add time, business time never exceeds wall time, elapsed grows with `now`, recomputation
// is idempotent and blind to order and duplicates, no NaN or negative figure, warning/breach consistent.
import fc from 'fast-check';
import { computeSla } from '../../../src/domain/rules/sla/compute-sla';
import { businessMsBetween } from '../../../src/domain/rules/sla/business-time';
import { compileCalendar } from '../../../src/domain/rules/sla/compiled-calendar';
import { DEFAULT_SLA_DEFINITIONS } from '../../../src/domain/model/sla/defaults';
import type { SlaDefinition } from '../../../src/domain/model/sla/definition';
import type { Actor, HistoryEvent, IssueHistory, StatusRef, SupportLine } from '../../../src/domain/model/sla/history';
import type { SlaReport } from '../../../src/domain/model/sla/report';
import { CALENDARS, CREATED, DAY, HOUR, MIN, STATUS, aHistory, client, line1, line2 } from '../../builders/sla';

const ACTORS: readonly Actor[] = [
  line1(),
  line1('agent-2'),
  line2(),
  line2('engineer-2'),
  client(),
  { accountId: 'bot', role: 'other' },
];
const STATUSES = Object.values(STATUS);
const PRIORITIES = ['Critical', 'High', 'Medium', 'Low', 'Blocker'];

const offsetArb = fc.oneof(fc.integer({ min: -HOUR, max: 12 * DAY }), fc.constantFrom(0, 30 * MIN, HOUR, 3 * HOUR));
type RawEvent = {
  offset: number;
  kind: HistoryEvent['kind'];
  actor: Actor;
  status: StatusRef;
  priority: string;
  line: SupportLine | null;
  visibility: 'public' | 'internal';
};
const eventArb: fc.Arbitrary<RawEvent> = fc.record({
  offset: offsetArb,
  kind: fc.constantFrom<HistoryEvent['kind']>('status', 'status', 'priority', 'assignee', 'line', 'comment'),
  actor: fc.constantFrom(...ACTORS),
  status: fc.constantFrom<StatusRef>(...STATUSES),
  priority: fc.constantFrom(...PRIORITIES),
  line: fc.constantFrom<SupportLine | null>('line1', 'line2', null),
  visibility: fc.constantFrom<'public' | 'internal'>('public', 'internal'),
});

function toEvent(raw: RawEvent, i: number, created: number): HistoryEvent {
  const base = { id: `g${i}`, at: created + raw.offset, actor: raw.actor };
  switch (raw.kind) {
    case 'status':
      return { ...base, kind: 'status', to: raw.status };
    case 'priority':
      return { ...base, kind: 'priority', to: raw.priority };
    case 'assignee':
      return { ...base, kind: 'assignee', to: raw.actor };
    case 'line':
      return { ...base, kind: 'line', to: raw.line };
    default:
      return { id: base.id, at: base.at, kind: 'comment', author: raw.actor, visibility: raw.visibility };
  }
}

const historyArb = fc
  .record({
    created: fc.constantFrom(...CREATED),
    shift: fc.integer({ min: 0, max: 2 * DAY }),
    priority: fc.constantFrom(...PRIORITIES),
    status: fc.constantFrom(STATUS.new, STATUS.open, STATUS.waiting),
    events: fc.array(eventArb, { maxLength: 14 }),
  })
  .map(({ created, shift, priority, status, events }): IssueHistory => {
    const at = created + shift;
    const base = aHistory({ created: at, initial: { priority, status } }).build();
    return { ...base, events: events.map((e, i) => toEvent(e, i, at)) };
  });

const caseArb = fc.record({
  history: historyArb,
  calendar: fc.constantFrom(...CALENDARS),
  later: fc.integer({ min: 0, max: 16 * DAY }),
  more: fc.integer({ min: 0, max: 5 * DAY }),
});

const nowOf = (history: IssueHistory, later: number) => history.created + later;
/** The defaults plus a 45-minute handoff goal, so every metric has clocks to judge. */
const handoffGoals = ['Critical', 'High', 'Medium', 'Low'].map((priority) => ({ priority, targetMinutes: 45 }));
const DEFS: readonly SlaDefinition[] = DEFAULT_SLA_DEFINITIONS.map((d) =>
  d.metric === 'handoff' ? { ...d, goals: handoffGoals } : d,
);
const noPause: readonly SlaDefinition[] = DEFS.map((d) => ({ ...d, pause: [] }));
const cyclesOf = (report: SlaReport) =>
  report.metrics.flatMap((m) => m.cycles.map((c) => ({ metric: m.metric, ...c })));

function numbersIn(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => numbersIn(v, out));
  else if (value !== null && typeof value === 'object') Object.values(value).forEach((v) => numbersIn(v, out));
  return out;
}

describe('SLA clock properties', () => {
  it('business time never exceeds wall time and is never negative', () => {
    fc.assert(
      fc.property(caseArb, ({ history, calendar, later }) => {
        const now = nowOf(history, later);
        for (const c of cyclesOf(computeSla(history, DEFS, calendar, now))) {
          expect(c.elapsedMs).toBeGreaterThanOrEqual(0);
          expect(c.elapsedMs).toBeLessThanOrEqual((c.stoppedAt ?? now) - c.startedAt);
        }
      }),
    );
  });

  it('pauses never add time', () => {
    fc.assert(
      fc.property(caseArb, ({ history, calendar, later }) => {
        const now = nowOf(history, later);
        const paused = cyclesOf(computeSla(history, DEFS, calendar, now));
        const plain = cyclesOf(computeSla(history, noPause, calendar, now));
        const bounds = (cycles: typeof plain) => cycles.map((c) => [c.metric, c.startedAt, c.stoppedAt]);
        expect(bounds(paused)).toEqual(bounds(plain));
        paused.forEach((c, i) => expect(c.elapsedMs).toBeLessThanOrEqual(plain[i]?.elapsedMs ?? NaN));
      }),
    );
  });

  it('elapsed time only grows as now moves on, and stopped cycles stay as they were', () => {
    fc.assert(
      fc.property(caseArb, ({ history, calendar, later, more }) => {
        const before = computeSla(history, DEFS, calendar, nowOf(history, later));
        const after = computeSla(history, DEFS, calendar, nowOf(history, later + more));
        before.metrics.forEach((metric, m) => {
          metric.cycles.forEach((cycle, i) => {
            const next = after.metrics[m]?.cycles[i];
            expect(next?.startedAt).toBe(cycle.startedAt);
            expect(next?.elapsedMs).toBeGreaterThanOrEqual(cycle.elapsedMs);
            if (cycle.stoppedAt !== null) expect(next).toEqual(cycle);
          });
        });
      }),
    );
  });

  it('is idempotent and blind to event order and duplicates', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), ({ history, calendar, later }, seed) => {
        const now = nowOf(history, later);
        const reference = computeSla(history, DEFS, calendar, now);
        expect(computeSla(history, DEFS, calendar, now)).toEqual(reference);
        const events = [...history.events, ...history.events.filter((_, i) => (seed >> i) & 1)];
        const shuffled = events
          .map((e, i) => ({ e, k: (seed * (i + 7919)) % 104729 }))
          .sort((a, b) => a.k - b.k)
          .map((x) => x.e);
        const messy = computeSla({ ...history, events: shuffled }, DEFS, calendar, now);
        expect(messy.metrics).toEqual(reference.metrics);
        expect(messy.droppedEvents).toBe(events.length - history.events.length);
      }),
    );
  });

  it('never yields NaN or a negative figure; remaining is zero exactly when breached', () => {
    fc.assert(
      fc.property(caseArb, ({ history, calendar, later }) => {
        const report = computeSla(history, DEFS, calendar, nowOf(history, later));
        for (const n of numbersIn(report)) expect(Number.isFinite(n) && n >= 0).toBe(true);
        for (const c of cyclesOf(report)) {
          if (c.goal === null) expect([c.state, c.remainingMs, c.breachAt]).toEqual(['noGoal', null, null]);
          else expect(c.remainingMs === 0).toBe(c.state === 'breached');
          if (c.overdueMs !== null && c.overdueMs > 0) expect(c.state).toBe('breached');
        }
      }),
    );
  });

  it('places the warning and the breach consistently with the target', () => {
    fc.assert(
      fc.property(caseArb, ({ history, calendar, later }) => {
        const now = nowOf(history, later);
        const compiled = compileCalendar(calendar);
        for (const c of cyclesOf(computeSla(history, DEFS, calendar, now))) {
          if (c.goal === null || c.breachAt === null) continue;
          const target = c.goal.targetMs;
          const end = c.stoppedAt ?? now;
          if (c.state === 'breached') expect(c.breachAt).toBeLessThanOrEqual(end);
          if (c.state === 'running') expect(c.breachAt).toBeGreaterThan(now);
          if (c.pauses.length === 0) expect(businessMsBetween(compiled, c.startedAt, c.breachAt)).toBe(target);
          expect(c.warningAt).not.toBeNull();
          const warningAt = c.warningAt ?? NaN;
          expect(warningAt).toBeLessThanOrEqual(c.breachAt);
          const between = businessMsBetween(compiled, warningAt, c.breachAt);
          const pausedBetween = c.pauses.some((p) => p.from < (c.breachAt ?? 0) && (p.to ?? end) > warningAt);
          if (pausedBetween) expect(between).toBeGreaterThanOrEqual(target - (target * 3) / 4);
          else expect(between).toBe(target - (target * 3) / 4);
        }
      }),
    );
  });
});
