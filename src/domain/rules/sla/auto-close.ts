// The pure decision behind the auto-close of silent requests: from an issue's history, the settings, the
// business calendar and what the app already did (its own comments, the reminder it posted), is the
// issue waiting for the client, since when, and what is due next (the reminder, or the close) and when.
// Never reads the clock or the platform; the same inputs give the same answer whatever the event order.
import type { AutoCloseSettings, SilenceSpan } from '../../model/sla/auto-close';
import type { SlaCalendar } from '../../model/sla/calendar';
import type { HistoryEvent, IssueHistory, StatusRef } from '../../model/sla/history';
import { DAY_MS, MINUTE_MS, isInstant } from '../../model/sla/time-of-day';
import { addBusinessMs } from './business-time';
import { compileCalendar, daySpans, type CompiledCalendar } from './compiled-calendar';
import { normalizeEvents } from './timeline';
import { firstInstantAtOrAfter, localDayOf, offsetAt } from './time-zone';

const HOUR_MS = 60 * MINUTE_MS;
/** How far `addSilence` looks for working days before giving up (about ten years). */
const MAX_DAYS_AHEAD = 3660;

/** What the app remembers about an issue's auto-close (KVS), as far as the decision needs it. */
export type AutoCloseMemory = {
  /** The silence the reminder was posted for (see `anchorId`), and when. */
  readonly anchorId: string | null;
  readonly remindedAt: number | null;
  /** Ids of the comments the app posted itself (`comment:<id>` or plain ids): never a client reply. */
  readonly ownCommentIds: readonly string[];
};

export type AutoCloseDecision =
  | { readonly kind: 'off' }
  | { readonly kind: 'notWaiting' }
  /** The client replied after the last request: nothing happens until the team asks again. */
  | { readonly kind: 'answered'; readonly anchorAt: number; readonly replyAt: number }
  /**
   * Silent since `anchorAt` (entering the waiting status, or the team's last public comment while waiting).
   * `dueAt` is when `action` is due (≤ now: due now); null when the calendar has no working time ahead.
   */
  | { readonly kind: 'silent'; readonly anchorId: string; readonly anchorAt: number; readonly action: 'remind' | 'close'; readonly dueAt: number | null };

/** A status matches a waiting-status entry by id, or by name case-insensitively. */
export function statusMatches(status: StatusRef, entries: readonly string[]): boolean {
  const name = status.name.toLowerCase();
  return entries.some((e) => e === status.id || e.toLowerCase() === name);
}

/** The first working instant at or after `from` (itself when it is working time). */
function nextWorkingInstant(calendar: CompiledCalendar, from: number): number | null {
  const after = addBusinessMs(calendar, from, 1);
  return after === null ? null : after - 1;
}

/**
 * `span` of business time after `from`: working hours in the calendar, or working days (the same local
 * time on the N-th following working date, counted from the first working instant at or after `from`).
 */
export function addSilence(calendarDef: SlaCalendar, from: number, span: SilenceSpan): number | null {
  const calendar = compileCalendar(calendarDef);
  if (span.unit === 'hours') return addBusinessMs(calendar, from, span.amount * HOUR_MS);
  if (calendar.always) return from + span.amount * DAY_MS;
  const start = nextWorkingInstant(calendar, from);
  if (start === null) return null;
  const zone = calendar.zone;
  const minute = Math.floor((((start + offsetAt(zone, start)) % DAY_MS) + DAY_MS) % DAY_MS / MINUTE_MS);
  const first = localDayOf(zone, start);
  let counted = 0;
  for (let day = first + 1; day <= first + MAX_DAYS_AHEAD; day++) {
    if (daySpans(calendar, day).length === 0) continue;
    counted += 1;
    if (counted === span.amount) return firstInstantAtOrAfter(zone, day, minute);
  }
  return null;
}

const AGENT_ROLES = new Set(['line1', 'line2']);

type Silence = { readonly waiting: boolean; readonly anchor: { id: string; at: number } | null; readonly replyAt: number | null };

/** Replays status changes and public comments up to `now`. */
function replay(history: IssueHistory, settings: AutoCloseSettings, own: ReadonlySet<string>, now: number): Silence {
  let waiting = statusMatches(history.initial.status, settings.waitingStatuses);
  let anchor: { id: string; at: number } | null = waiting ? { id: 'created', at: history.created } : null;
  let replyAt: number | null = null;
  const events: HistoryEvent[] = normalizeEvents(history).events.filter((e) => e.at <= now);
  for (const e of events) {
    const at = e.at; // already clamped to the creation
    if (e.kind === 'status') {
      const entering = statusMatches(e.to, settings.waitingStatuses);
      if (entering && !waiting) {
        anchor = { id: e.id, at };
        replyAt = null;
      }
      if (!entering) {
        anchor = null;
        replyAt = null;
      }
      waiting = entering;
    } else if (e.kind === 'comment' && waiting && e.visibility === 'public' && !own.has(e.id)) {
      if (AGENT_ROLES.has(e.author.role)) {
        anchor = { id: e.id, at };
        replyAt = null;
      } else {
        replyAt = at;
      }
    }
  }
  return { waiting, anchor, replyAt };
}

export function decideAutoClose(
  history: IssueHistory,
  settings: AutoCloseSettings,
  calendar: SlaCalendar,
  now: number,
  memory: AutoCloseMemory,
): AutoCloseDecision {
  if (!settings.enabled) return { kind: 'off' };
  if (!isInstant(history.created) || !isInstant(now)) return { kind: 'notWaiting' };
  const own = new Set(memory.ownCommentIds.flatMap((id) => (id.startsWith('comment:') ? [id] : [id, `comment:${id}`])));
  const { waiting, anchor, replyAt } = replay(history, settings, own, now);
  if (!waiting || anchor === null) return { kind: 'notWaiting' };
  if (replyAt !== null) return { kind: 'answered', anchorAt: anchor.at, replyAt };
  if (memory.anchorId === anchor.id && memory.remindedAt !== null) {
    return { kind: 'silent', anchorId: anchor.id, anchorAt: anchor.at, action: 'close', dueAt: addSilence(calendar, memory.remindedAt, settings.closeAfter) };
  }
  return { kind: 'silent', anchorId: anchor.id, anchorAt: anchor.at, action: 'remind', dueAt: addSilence(calendar, anchor.at, settings.remindAfter) };
}

/** The issue's status at `now`, from its history. */
export function statusAt(history: IssueHistory, now: number): StatusRef {
  let status = history.initial.status;
  for (const e of normalizeEvents(history).events) if (e.kind === 'status' && e.at <= now) status = e.to;
  return status;
}
