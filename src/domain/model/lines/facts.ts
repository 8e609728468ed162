// The facts of one issue for the support-lines panel, per resolution cycle: who escalated, who handled it,
// when it was escalated, picked up, resolved and reopened, the SLA outcome per metric, repeat contacts and
// the CSAT rating. Derived from the issue's full history (rules/lines/derive-facts.ts); plain JSON data.
import type { SlaMetric } from '../sla/definition';
import type { CsatScore } from './csat';

export const FACTS_VERSION = 1;
/** Cycles kept per issue: an issue reopened more often keeps its first ones (values stay far below 240 KiB). */
export const MAX_CYCLES = 50;
export const REASON_MAX = 200;

export type SupportLine = 'line1' | 'line2';

/**
 * Per metric and resolution cycle: met/breached once the SLA clock stopped, open while it runs, noGoal when
 * no goal applies, none when the metric never started in this cycle.
 */
export type SlaOutcome = 'met' | 'breached' | 'open' | 'noGoal' | 'none';
export type MetricOutcome = {
  readonly state: SlaOutcome;
  /** Business minutes of the metric's first stopped SLA cycle in this resolution cycle (null if none stopped). */
  readonly minutes: number | null;
};

export type CsatSummary = {
  readonly score: CsatScore;
  readonly rater: string;
  readonly anonymous: boolean;
  readonly ratedAt: number;
};

export type CycleFacts = {
  /** 1-based: creation starts cycle 1, each reopen the next. */
  readonly index: number;
  readonly startedAt: number;
  /** Start of the first handoff (escalation to line 2) in this cycle. */
  readonly escalatedAt: number | null;
  /** When that handoff stopped (line 2 picked the issue up, or it was resolved first). */
  readonly pickedUpAt: number | null;
  readonly resolvedAt: number | null;
  readonly resolvedBy: string | null;
  /** This resolution was reopened later. */
  readonly reopened: boolean;
  /** Why this cycle started (the reopen's reason); null for cycle 1. */
  readonly reopenReason: string | null;
  readonly reopenedBy: string | null;
  /** Priority when the cycle was resolved, or the current one while open. */
  readonly priority: string;
  /** line2 when the cycle was escalated or handled by a line-2 engineer, else line1 (resolved at first contact). */
  readonly line: SupportLine;
  /** The line-2 engineer responsible: the last line-2 assignee of the cycle, else the line-2 person who resolved it. */
  readonly engineer: string | null;
  readonly line2Assignees: readonly string[];
  /** Comments chasing the open issue ("any news?"), by anyone but line 2. */
  readonly repeatContacts: number;
  readonly sla: Readonly<Record<SlaMetric, MetricOutcome>>;
  readonly csat: CsatSummary | null;
};

export type IssueFacts = {
  readonly v: number;
  readonly issueId: string;
  readonly issueKey: string;
  readonly projectKey: string;
  readonly issueType: string;
  readonly createdAt: number;
  readonly reporter: string | null;
  /** The line-1 agent who escalated (or filed) the issue; null when no line-1 person did. */
  readonly line1Agent: string | null;
  readonly reopenCount: number;
  readonly cycles: readonly CycleFacts[];
};

/** The person a cycle is counted for in the table by engineer: the engineer, else whoever resolved it. */
export function cyclePerson(cycle: Pick<CycleFacts, 'engineer' | 'resolvedBy'>): string {
  return cycle.engineer ?? cycle.resolvedBy ?? '';
}
