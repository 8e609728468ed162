// Plans the history of one incident the way the two lines work: line 1 files and escalates, line 2 picks
// up (minutes to hours later, within its shift), may wait for the customer, resolves; line 1 closes or
// reopens with a reason, and the cycle repeats. Emits timed calls only; never talks to Jira.
import { addShiftTime, HOUR, LINE1_SHIFT, LINE2_SHIFT, MINUTE, nextOnShift, ON_CALL, DAY } from './calendar';
import type { Lang } from './clients';
import { plainComment, quotedComment } from './adf-builders';
import { LINE1, LINE2 } from './phrases';
import type { Prng } from './prng';
import { T, type SeedCall } from './seed-calls';
import type { Tier } from './topics';

export type IssueSetup = {
  readonly created: number;
  readonly tier: Tier;
  readonly lang: Lang;
  readonly reporter: string;
  readonly engineer: string;
  readonly otherEngineers: readonly string[];
  readonly lead: string;
  /** Probability that a resolution gets reopened (the demo's reopen rate improves over the 12 weeks). */
  readonly reopenRate: number;
  readonly createFields: Readonly<Record<string, unknown>>;
};
export type Emit = (at: number, by: string, call: SeedCall) => void;

const TARGET_HOURS: Readonly<Record<Tier, number>> = { Critical: 2, High: 8, Medium: 24, Low: 48 };
const PICKUP_MINUTES: Readonly<Record<Tier, number>> = { Critical: 6, High: 10, Medium: 18, Low: 35 };
const WAIT_CHANCE: Readonly<Record<Tier, number>> = { Critical: 0.03, High: 0.12, Medium: 0.26, Low: 0.35 };

export function planLifecycle(r: Prng, s: IssueSetup, emit: Emit): void {
  const line1 = s.tier === 'Critical' ? ON_CALL : LINE1_SHIFT;
  const line2 = s.tier === 'Critical' ? ON_CALL : LINE2_SHIFT;
  const say1 = (key: keyof typeof LINE1): string => r.pick(LINE1[key][s.lang]);
  const comment1 = (at: number, key: keyof typeof LINE1): void => emit(at, s.reporter, { kind: 'comment', body: plainComment(say1(key)) });
  const relay = (at: number, intro: 'replyIntro' | 'nudgeIntro', words: 'reply' | 'nudge'): void =>
    emit(at, s.reporter, { kind: 'comment', body: quotedComment(say1(intro), say1(words)) });
  /** Line 1 passing on a client message that arrived at `t`: as soon as someone is on shift. */
  const relayTime = (t: number): number => {
    const on = nextOnShift(line1, t);
    return on === t ? t : on + r.int(2, 40) * MINUTE;
  };
  let priority = s.tier;
  let engineer = s.engineer;
  let assigned: string | null = null;
  let t = s.created;
  emit(t, s.reporter, { kind: 'create', fields: s.createFields });
  t = addShiftTime(line1, t, r.lognormal(s.tier === 'Critical' ? 3 : 12, 0.6) * MINUTE);
  if (r.chance(0.35)) comment1(Math.max(s.created + 1000, t - 20_000), 'escalate');
  emit(t, s.reporter, { kind: 'transition', transitionId: T.OPEN });

  for (let cycle = 0; ; cycle++) {
    const escalated = t;
    const pickup = addShiftTime(line2, t, Math.min(r.lognormal(PICKUP_MINUTES[s.tier], 1.0), 8 * 60) * MINUTE);
    if ((pickup - escalated > 3 * HOUR && r.chance(0.5)) || r.chance(0.04)) {
      const nudge = relayTime(escalated + (pickup - escalated) * 0.6);
      if (nudge < pickup) relay(nudge, 'nudgeIntro', 'nudge');
    }
    if (cycle > 0 && r.chance(0.15)) engineer = r.pick(s.otherEngineers);
    t = pickup;
    if (engineer !== assigned) emit(t, (assigned = engineer), { kind: 'edit', fields: { assignee: { accountId: engineer } } });
    t += r.int(15, 60) * 1000;
    emit(t, engineer, { kind: 'transition', transitionId: T.START });
    if (r.chance(0.3)) emit((t += r.int(1, 5) * MINUTE), engineer, { kind: 'comment', body: plainComment(r.pick(LINE2.pickup)) });

    const target = TARGET_HOURS[s.tier] * HOUR * (cycle === 0 ? 1 : 0.4);
    let work = Math.max(10 * MINUTE, target * r.lognormal(0.45, 0.7) - (pickup - escalated));
    const step = (fraction: number): number => (t = addShiftTime(line2, t, work * fraction));
    if (r.chance(WAIT_CHANCE[s.tier])) {
      step(0.35);
      work *= 0.65;
      emit(t, engineer, { kind: 'comment', body: plainComment(r.pick(LINE2.ask)) });
      emit((t += 30_000), engineer, { kind: 'transition', transitionId: T.WAIT });
      if (r.chance(0.05)) return; // the client never answers: stays in Waiting for customer
      t = relayTime(t + Math.min(Math.max(r.lognormal(4 * HOUR, 1.0), 15 * MINUTE), 5 * DAY));
      relay(t, 'replyIntro', 'reply');
      t = addShiftTime(line2, t, r.lognormal(25, 0.7) * MINUTE);
      emit(t, engineer, { kind: 'transition', transitionId: T.BACK });
    }
    if (cycle === 0 && (priority === 'Medium' || priority === 'High') && r.chance(0.07)) {
      step(0.3);
      work *= 0.7;
      const raise = priority === 'Medium' && r.chance(0.7);
      priority = raise ? 'High' : priority === 'High' ? 'Medium' : 'Low';
      const who = r.chance(0.25) ? s.lead : engineer;
      emit(t, who, { kind: 'comment', body: plainComment(r.pick(raise ? LINE2.raise : LINE2.lower)) });
      emit((t += 20_000), who, { kind: 'edit', fields: { priority: { name: priority } } });
    } else if (cycle === 0 && r.chance(0.05)) {
      step(0.25);
      work *= 0.75;
      engineer = r.pick(s.otherEngineers);
      emit(t, s.lead, { kind: 'edit', fields: { assignee: { accountId: (assigned = engineer) } } });
    }
    if (r.chance(0.45)) {
      step(0.5);
      work *= 0.5;
      emit(t, engineer, { kind: 'comment', body: plainComment(r.pick(LINE2.progress)) });
    }
    if (r.chance(0.06)) {
      const nudge = relayTime(t + 10 * MINUTE);
      relay(nudge, 'nudgeIntro', 'nudge');
      t = nudge + MINUTE;
    }
    t = addShiftTime(line2, t, work);
    const resolution = s.tier === 'Low' || cycle > 0 ? 'Done' : r.weighted([['Done', 86], ['Cannot Reproduce', 7], ['Duplicate', 4], ["Won't Do", 3]] as const);
    const note = resolution !== 'Done' ? LINE2[resolution] : s.tier === 'Low' ? LINE2.answer : LINE2.fix;
    if (resolution !== 'Done' || r.chance(0.7)) emit(t, engineer, { kind: 'comment', body: plainComment(r.pick(note)) });
    t += r.int(1, 3) * MINUTE;
    emit(t, engineer, { kind: 'transition', transitionId: T.RESOLVE, fields: { resolution: { name: resolution } } });

    const resolved = t;
    const closeAt = r.chance(0.85) ? addShiftTime(line1, resolved, r.lognormal(18 * HOUR, 0.6)) : Infinity;
    const reopenAt = cycle < 2 && r.chance(s.reopenRate)
      ? nextOnShift(line1, resolved + Math.min(Math.max(r.lognormal(30 * HOUR, 0.9), HOUR), 8 * DAY)) : Infinity;
    if (closeAt < reopenAt) {
      if (r.chance(0.4)) comment1(closeAt - 15_000, 'close');
      emit(closeAt, s.reporter, { kind: 'transition', transitionId: T.CLOSE });
    }
    if (reopenAt === Infinity) return;
    const reason = say1('reopen');
    emit(reopenAt, s.reporter, { kind: 'transition', transitionId: T.REOPEN, reason });
    emit(reopenAt + 5_000, s.reporter, { kind: 'comment', body: plainComment(reason) });
    t = reopenAt + 5_000;
  }
}
