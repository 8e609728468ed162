// Resolution cycles and reopens, replayed from the SLA clock's timeline: creation opens cycle 1, a move
// into the done category resolves the open cycle, a move from done back to another category (a reopen,
// PRODUCT.md) opens the next one. Done → done (Resolved → Closed) changes nothing. Pure.
import type { Actor, IssueState } from '../../model/sla/history';
import type { Timeline } from '../sla/timeline';

export type TracedResolution = {
  readonly index: number;
  readonly startedAt: number;
  readonly resolvedAt: number | null;
  readonly resolvedBy: Actor | null;
  readonly reopened: boolean;
  /** The reopen that started this cycle (null for cycle 1): when, by whom, and its changelog entry id. */
  readonly reopenedBy: Actor | null;
  readonly reopenEventId: string | null;
  readonly priority: string;
  /** Line-2 assignees in the order they were assigned (distinct). */
  readonly line2Assignees: readonly string[];
  readonly lastLine2Assignee: string | null;
  /** The first line-2 person who changed the status in this cycle (picked it up without being assigned). */
  readonly firstLine2Actor: string | null;
};

type Open = { -readonly [K in keyof TracedResolution]: TracedResolution[K] } & { line2Assignees: string[] };

const isDone = (s: IssueState | null): boolean => s?.status.category === 'done';

function open(index: number, startedAt: number, state: IssueState, reopenedBy: Actor | null, reopenEventId: string | null): Open {
  const assignee = state.assignee?.role === 'line2' ? state.assignee.accountId : null;
  return {
    index, startedAt, resolvedAt: null, resolvedBy: null, reopened: false, reopenedBy, reopenEventId, priority: state.priority,
    line2Assignees: assignee ? [assignee] : [], lastLine2Assignee: assignee, firstLine2Actor: null,
  };
}

export function traceResolutions(timeline: Timeline): TracedResolution[] {
  const first = timeline.batches[0];
  if (!first) return [];
  const cycles: Open[] = [open(1, first.at, first.after, null, null)];
  for (const batch of timeline.batches.slice(1)) {
    for (const step of batch.steps) {
      const event = step.event;
      let current = cycles[cycles.length - 1] as Open;
      if (event?.kind === 'status') {
        if (!isDone(step.before) && isDone(step.after) && current.resolvedAt === null) {
          current.resolvedAt = batch.at;
          current.resolvedBy = step.actor;
          current.priority = step.after.priority;
        } else if (isDone(step.before) && !isDone(step.after)) {
          current.reopened = true;
          current = open(current.index + 1, batch.at, step.after, step.actor, event.id);
          cycles.push(current);
        }
        if (step.actor?.role === 'line2' && current.firstLine2Actor === null) current.firstLine2Actor = step.actor.accountId;
      }
      const assignee = step.after.assignee;
      if (event?.kind === 'assignee' && assignee?.role === 'line2') {
        if (!current.line2Assignees.includes(assignee.accountId)) current.line2Assignees.push(assignee.accountId);
        current.lastLine2Assignee = assignee.accountId;
      }
      if (current.resolvedAt === null) current.priority = step.after.priority;
    }
  }
  return cycles;
}
