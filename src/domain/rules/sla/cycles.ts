// Finds the cycles of one SLA definition in a timeline: when each started, its pauses, when it stopped.
// Per batch of simultaneous events: a stop closes the open cycle; then, if none is open, a start opens
// one; a cycle opened by a batch that also fires a stop (and closed nothing) is stopped at once (zero
// length, met). Pauses follow the state after each batch. No time arithmetic here.
import type { SlaDefinition } from '../../model/sla/definition';
import type { IssueState } from '../../model/sla/history';
import type { SlaPause } from '../../model/sla/report';
import { anyFires, anyHolds } from './conditions';
import type { Timeline } from './timeline';

export type TracedCycle = {
  readonly startedAt: number;
  readonly stoppedAt: number | null;
  readonly pauses: readonly SlaPause[];
  readonly priorities: readonly string[];
  /** The state when the cycle stopped, or the latest state if it is open: its priority sets the goal. */
  readonly lastState: IssueState;
};

type OpenCycle = { startedAt: number; pauses: { from: number; to: number | null }[]; priorities: string[] };

function close(open: OpenCycle, at: number, state: IssueState): TracedCycle {
  const pauses = open.pauses.map((p) => (p.to === null ? { from: p.from, to: at } : p));
  return { startedAt: open.startedAt, stoppedAt: at, pauses, priorities: open.priorities, lastState: state };
}

export function traceCycles(definition: SlaDefinition, timeline: Timeline): TracedCycle[] {
  const cycles: TracedCycle[] = [];
  let open: OpenCycle | null = null;
  let state: IssueState | null = null;
  for (const batch of timeline.batches) {
    state = batch.after;
    let closedNow = false;
    if (open && anyFires(definition.stop, batch)) {
      cycles.push(close(open, batch.at, state));
      open = null;
      closedNow = true;
    }
    if (!open && anyFires(definition.start, batch)) {
      open = { startedAt: batch.at, pauses: [], priorities: [] };
      if (!closedNow && anyFires(definition.stop, batch)) {
        cycles.push(close({ ...open, priorities: [state.priority] }, batch.at, state));
        open = null;
      }
    }
    if (!open) continue;
    if (open.priorities[open.priorities.length - 1] !== state.priority) open.priorities.push(state.priority);
    const lastPause = open.pauses[open.pauses.length - 1];
    const inPause = lastPause !== undefined && lastPause.to === null;
    const paused = anyHolds(definition.pause, state);
    if (paused && !inPause) open.pauses.push({ from: batch.at, to: null });
    if (!paused && lastPause && inPause) lastPause.to = batch.at;
  }
  if (open && state) {
    const { startedAt, pauses, priorities } = open;
    cycles.push({ startedAt, stoppedAt: null, pauses, priorities, lastState: state });
  }
  return cycles;
}
