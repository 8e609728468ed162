// Turns an issue history into an ordered list of batches (events sharing an instant) with the issue's
// state before and after each event. Order-independent: events are sorted by (at, id), one kept per id.
// Events stamped before creation count as at creation; events after `now` have not happened yet.
import type { Actor, HistoryEvent, IssueHistory, IssueState } from '../../model/sla/history';
import { isInstant } from '../../model/sla/time-of-day';

/** One event (or the creation itself, `event` null) with the state around it. */
export type Step = {
  readonly event: HistoryEvent | null;
  readonly actor: Actor | null;
  readonly before: IssueState | null;
  readonly after: IssueState;
};

export type Batch = { readonly at: number; readonly steps: readonly Step[]; readonly after: IssueState };

export type Timeline = { readonly batches: readonly Batch[]; readonly droppedEvents: number };

function compareEvents(a: HistoryEvent, b: HistoryEvent): number {
  if (a.at !== b.at) return a.at - b.at;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  // Same id and instant but different content: any fixed choice keeps the result order-independent.
  const [x, y] = [JSON.stringify(a), JSON.stringify(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Valid events, clamped to creation, sorted, one per id (the earliest), plus how many were dropped. */
export function normalizeEvents(history: IssueHistory): { events: HistoryEvent[]; dropped: number } {
  const valid = history.events
    .filter((e) => isInstant(e.at) && typeof e.id === 'string')
    .map((e) => (e.at < history.created ? { ...e, at: history.created } : e))
    .sort(compareEvents);
  const seen = new Set<string>();
  const events: HistoryEvent[] = [];
  for (const event of valid) {
    if (seen.has(event.id)) continue;
    seen.add(event.id);
    events.push(event);
  }
  return { events, dropped: history.events.length - events.length };
}

function apply(state: IssueState, event: HistoryEvent): IssueState {
  switch (event.kind) {
    case 'status':
      return { ...state, status: event.to };
    case 'priority':
      return { ...state, priority: event.to };
    case 'assignee':
      return { ...state, assignee: event.to };
    case 'line':
      return { ...state, line: event.to };
    case 'field':
      return { ...state, fields: { ...state.fields, [event.fieldId]: event.to } };
    case 'comment':
      return state;
  }
}

function actorOf(event: HistoryEvent): Actor | null {
  return event.kind === 'comment' ? event.author : (event.actor ?? null);
}

/** The replay up to `now` (inclusive). Empty when the issue was created after `now`. */
export function buildTimeline(history: IssueHistory, now: number): Timeline {
  const { events, dropped } = normalizeEvents(history);
  if (history.created > now) return { batches: [], droppedEvents: dropped };
  const { status, priority, assignee, line, fields } = history.initial;
  let state: IssueState = { status, priority, assignee, line, fields: { ...fields } };
  const creation: Step = { event: null, actor: history.createdBy ?? null, before: null, after: state };
  const batches: Batch[] = [{ at: history.created, steps: [creation], after: state }];
  let steps: Step[] = [];
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    if (!event || event.at > now) break;
    const after = apply(state, event);
    steps.push({ event, actor: actorOf(event), before: state, after });
    state = after;
    if (events[i + 1]?.at !== event.at) {
      batches.push({ at: event.at, steps, after: state });
      steps = [];
    }
  }
  return { batches, droppedEvents: dropped };
}
