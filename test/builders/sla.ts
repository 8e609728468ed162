// Builders for SLA clock tests: statuses of the default workflow, people by role, calendars and a fluent
// issue-history builder with automatic event ids. Times are ISO strings with an offset, or epoch ms.
import { CALENDAR_24_7, type SlaCalendar } from '../../src/domain/model/sla/calendar';
import type { Actor, HistoryEvent, InitialState, IssueHistory } from '../../src/domain/model/sla/history';
import type { StatusRef, SupportLine } from '../../src/domain/model/sla/history';

export const STATUS = {
  new: { id: '1', name: 'New', category: 'new' },
  open: { id: '2', name: 'Open', category: 'indeterminate' },
  inProgress: { id: '3', name: 'In Progress', category: 'indeterminate' },
  waiting: { id: '4', name: 'Waiting for customer', category: 'indeterminate' },
  resolved: { id: '5', name: 'Resolved', category: 'done' },
  closed: { id: '6', name: 'Closed', category: 'done' },
} as const satisfies Record<string, StatusRef>;

export const line1 = (accountId = 'agent-1'): Actor => ({ accountId, role: 'line1' });
export const line2 = (accountId = 'engineer-1'): Actor => ({ accountId, role: 'line2' });
export const client = (accountId = 'client-1'): Actor => ({ accountId, role: 'client' });

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;

export function t(time: string | number): number {
  const ms = typeof time === 'number' ? time : Date.parse(time);
  if (Number.isNaN(ms)) throw new Error(`bad time in test: ${time}`);
  return ms;
}

const office = [{ from: '09:00', to: '18:00' }];

/** Mon–Fri 09:00–18:00 in the given zone, no holidays unless overridden. */
export function anOfficeCalendar(overrides: Partial<SlaCalendar> = {}): SlaCalendar {
  return {
    id: 'office',
    name: 'Office',
    timeZone: 'Europe/Moscow',
    week: { mon: office, tue: office, wed: office, thu: office, fri: office },
    holidays: [],
    ...overrides,
  };
}

const allDay = [{ from: '00:00', to: '24:00' }];

/** Calendars for property tests: 24/7, Moscow, Berlin and New York with DST-sensitive shifts and holidays. */
export const CALENDARS: readonly SlaCalendar[] = [
  CALENDAR_24_7,
  anOfficeCalendar(),
  anOfficeCalendar({
    timeZone: 'Europe/Berlin',
    holidays: [{ date: '2026-03-30' }, { date: '2026-10-23', from: '12:00' }],
  }),
  anOfficeCalendar({
    timeZone: 'America/New_York',
    week: {
      sun: [{ from: '01:00', to: '03:30' }],
      wed: [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '17:00' }],
    },
  }),
  anOfficeCalendar({
    timeZone: 'Europe/Berlin',
    week: { sat: allDay, sun: allDay },
    holidays: [{ date: '2026-10-25', from: '02:00', to: '03:00' }],
  }),
];

/** Instants just before both 2026 European daylight-saving changes, and one in a quiet month. */
export const CREATED: readonly number[] = ['2026-03-26T08:00Z', '2026-10-22T12:00Z', '2026-06-10T06:00Z'].map(t);

type Time = string | number;

export class HistoryBuilder {
  private readonly events: HistoryEvent[] = [];
  private next = 1;

  constructor(private readonly base: Omit<IssueHistory, 'events'>) {}

  private push(event: HistoryEvent): this {
    this.events.push(event);
    return this;
  }

  private id(): string {
    return `e${String(this.next++).padStart(3, '0')}`;
  }

  status(at: Time, to: StatusRef, actor?: Actor): this {
    return this.push({ kind: 'status', id: this.id(), at: t(at), to, ...(actor ? { actor } : {}) });
  }
  priority(at: Time, to: string, actor?: Actor): this {
    return this.push({ kind: 'priority', id: this.id(), at: t(at), to, ...(actor ? { actor } : {}) });
  }
  assignee(at: Time, to: Actor | null, actor?: Actor): this {
    return this.push({ kind: 'assignee', id: this.id(), at: t(at), to, ...(actor ? { actor } : {}) });
  }
  line(at: Time, to: SupportLine | null, actor?: Actor): this {
    return this.push({ kind: 'line', id: this.id(), at: t(at), to, ...(actor ? { actor } : {}) });
  }
  comment(at: Time, author: Actor, visibility: 'public' | 'internal' = 'public'): this {
    return this.push({ kind: 'comment', id: this.id(), at: t(at), author, visibility });
  }
  event(event: HistoryEvent): this {
    return this.push(event);
  }
  build(): IssueHistory {
    return { ...this.base, events: [...this.events] };
  }
}

export type HistoryOptions = Partial<Omit<IssueHistory, 'events' | 'initial' | 'created'>> & {
  created?: Time;
  initial?: Partial<InitialState>;
};

/** A Medium incident in SUP, created by line 1 in New, unassigned, on line 1. */
export function aHistory(options: HistoryOptions = {}): HistoryBuilder {
  const { created = '2026-03-02T10:00:00+03:00', initial = {}, ...rest } = options;
  return new HistoryBuilder({
    issueKey: 'SUP-1',
    projectKey: 'SUP',
    issueType: 'Incident',
    labels: [],
    createdBy: line1(),
    ...rest,
    created: t(created),
    initial: { status: STATUS.new, priority: 'Medium', assignee: null, line: 'line1', ...initial },
  });
}
