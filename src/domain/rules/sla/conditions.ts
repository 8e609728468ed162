// Evaluates the configurable start/pause/stop conditions of an SLA definition against the replay.
// Status names compare case-insensitively (ids exactly); field values compare exactly. Pure.
import type { IssueState } from '../../model/sla/history';
import type { StatePredicate, Trigger } from '../../model/sla/definition';
import type { Batch, Step } from './timeline';

function fieldValue(state: IssueState, field: string): string | null {
  switch (field) {
    case 'priority':
      return state.priority;
    case 'line':
      return state.line;
    case 'assignee':
      return state.assignee?.accountId ?? null;
    case 'assigneeRole':
      return state.assignee?.role ?? null;
    default:
      return state.fields[field] ?? null;
  }
}

export function holds(predicate: StatePredicate, state: IssueState | null): boolean {
  if (!state) return false;
  switch (predicate.kind) {
    case 'status': {
      const name = state.status.name.toLowerCase();
      return predicate.statuses.some((s) => s === state.status.id || s.toLowerCase() === name);
    }
    case 'statusCategory':
      return predicate.categories.includes(state.status.category);
    case 'field':
      return predicate.values.includes(fieldValue(state, predicate.field));
  }
}

function firesOn(trigger: Trigger, step: Step): boolean {
  const { event, actor, before, after } = step;
  switch (trigger.kind) {
    case 'created':
      return event === null;
    case 'reopened':
      return event?.kind === 'status' && before?.status.category === 'done' && event.to.category !== 'done';
    case 'becomes':
      return (
        !holds(trigger.when, before) &&
        holds(trigger.when, after) &&
        (trigger.byRoles === undefined || (actor !== null && trigger.byRoles.includes(actor.role)))
      );
    case 'transition':
      return event?.kind === 'status' && actor !== null && trigger.byRoles.includes(actor.role);
    case 'comment':
      return (
        event?.kind === 'comment' &&
        trigger.byRoles.includes(event.author.role) &&
        (trigger.visibility === undefined || trigger.visibility === event.visibility)
      );
  }
}

/** True if any of the triggers fires on any step of the batch. */
export function anyFires(triggers: readonly Trigger[], batch: Batch): boolean {
  return triggers.some((trigger) => batch.steps.some((step) => firesOn(trigger, step)));
}

export function anyHolds(predicates: readonly StatePredicate[], state: IssueState): boolean {
  return predicates.some((p) => holds(p, state));
}
