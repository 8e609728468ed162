// The facts of one issue from its full history: resolution cycles, reopens and their reasons, escalation
// and pickup (the SLA clock's handoff), engineers, repeat contacts, SLA outcomes and CSAT per cycle.
// Pure and idempotent: recomputed from scratch each time, so event order and redelivery never matter.
import { FACTS_VERSION, MAX_CYCLES, REASON_MAX, type CycleFacts, type IssueFacts } from '../../model/lines/facts';
import type { CsatRating } from '../../model/lines/csat';
import type { RawIssue } from '../../model/lines/raw-issue';
import type { SlaCalendar } from '../../model/sla/calendar';
import type { SlaDefinition } from '../../model/sla/definition';
import type { Actor } from '../../model/sla/history';
import { computeSla } from '../sla/compute-sla';
import { buildTimeline } from '../sla/timeline';
import { isRepeatContact } from './repeat-contact';
import { traceResolutions, type TracedResolution } from './resolution-cycles';
import { slaPerCycle } from './sla-outcomes';
import { sortedChanges, toHistory, type HistoryContext } from './to-history';

export type FactsInput = {
  readonly issue: RawIssue;
  readonly context: HistoryContext;
  readonly sla: { readonly definitions: readonly SlaDefinition[]; readonly calendar: SlaCalendar };
  /** cycle index → rating */
  readonly ratings: ReadonlyMap<number, CsatRating>;
  readonly now: number;
};

const REASON_WINDOW_MS = 10 * 60_000;
const REASON_FIELD = /reopen|reason|причин/i;

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > REASON_MAX ? `${flat.slice(0, REASON_MAX - 1)}…` : flat;
}

/** The reopen's reason: a reason field set by the reopen itself, else the first comment within 10 minutes after it. */
function reopenReason(input: FactsInput, cycle: TracedResolution): string | null {
  if (cycle.reopenEventId === null) return null;
  const changeId = cycle.reopenEventId.split(':')[0];
  const change = input.issue.changes.find((c) => c.id === changeId);
  const field = change?.items.find((i) => i.fieldId !== 'status' && REASON_FIELD.test(i.field) && (i.toString ?? '').trim() !== '');
  if (field?.toString) return clip(field.toString);
  const comment = [...input.issue.comments]
    .sort((a, b) => a.at - b.at)
    .find((c) => c.at >= cycle.startedAt && c.at <= cycle.startedAt + REASON_WINDOW_MS && c.text.trim() !== '');
  return comment ? clip(comment.text) : null;
}

/** Chasing comments plus the repeat contacts recorded from Telegram; a comment made from such a message counts once. */
function repeatContacts(issue: RawIssue, ctx: HistoryContext, from: number, until: number | null): number {
  const inCycle = (at: number): boolean => at >= from && (until === null || at < until);
  const recorded = issue.telegramContacts ?? [];
  const fromTelegram = new Set(recorded.flatMap((c) => (c.commentId ? [c.commentId] : [])));
  const comments = issue.comments.filter((c) => inCycle(c.at) && !fromTelegram.has(c.id)
    && (c.author === null || ctx.roleOf(c.author) !== 'line2') && isRepeatContact(c.text)).length;
  return comments + recorded.filter((c) => inCycle(c.at)).length;
}

const line2 = (a: Actor | null): string | null => (a?.role === 'line2' ? a.accountId : null);

function line1Agent(input: FactsInput, escalatedAt: number | null): string | null {
  const { issue, context } = input;
  const isLine1 = (id: string | null): id is string => id !== null && context.roleOf(id) === 'line1';
  const escalation = sortedChanges(issue.changes).find((c) => c.at === escalatedAt && c.items.some((i) => i.fieldId === 'status'));
  if (escalation && isLine1(escalation.author)) return escalation.author;
  if (isLine1(issue.reporter)) return issue.reporter;
  return isLine1(issue.creator) ? issue.creator : null;
}

export function deriveFacts(input: FactsInput): IssueFacts {
  const history = toHistory(input.context, input.issue);
  const traced = traceResolutions(buildTimeline(history, input.now)).slice(0, MAX_CYCLES);
  const slas = slaPerCycle(computeSla(history, input.sla.definitions, input.sla.calendar, input.now), traced.map((c) => c.startedAt));
  const cycles: CycleFacts[] = traced.map((c, i) => {
    const sla = slas[i];
    const handoff = sla?.handoff ?? null;
    const engineer = c.lastLine2Assignee ?? line2(c.resolvedBy) ?? c.firstLine2Actor;
    const rating = c.resolvedAt !== null ? input.ratings.get(c.index) : undefined;
    return {
      index: c.index,
      startedAt: c.startedAt,
      escalatedAt: handoff?.startedAt ?? null,
      pickedUpAt: handoff?.stoppedAt ?? null,
      resolvedAt: c.resolvedAt,
      resolvedBy: c.resolvedBy?.accountId ?? null,
      reopened: c.reopened,
      reopenReason: reopenReason(input, c),
      reopenedBy: c.reopenedBy?.accountId ?? null,
      priority: c.priority,
      line: handoff !== null || engineer !== null ? 'line2' : 'line1',
      engineer,
      line2Assignees: c.line2Assignees,
      repeatContacts: repeatContacts(input.issue, input.context, c.startedAt, c.resolvedAt),
      sla: sla?.outcomes ?? { firstResponse: { state: 'none', minutes: null }, resolution: { state: 'none', minutes: null }, handoff: { state: 'none', minutes: null } },
      csat: rating ? { score: rating.score, rater: rating.rater, anonymous: rating.anonymous, ratedAt: rating.ratedAt } : null,
    };
  });
  return {
    v: FACTS_VERSION,
    issueId: input.issue.id,
    issueKey: input.issue.key,
    projectKey: input.issue.projectKey,
    issueType: input.issue.issueType,
    createdAt: input.issue.created,
    reporter: input.issue.reporter,
    line1Agent: line1Agent(input, cycles[0]?.escalatedAt ?? null),
    reopenCount: cycles.filter((c) => c.reopened).length,
    cycles,
  };
}
