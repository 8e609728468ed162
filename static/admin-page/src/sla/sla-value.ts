// The SLA section's editable draft and its wire form: goals per priority and warning share per metric,
// the calendar's zone, working hours ("09:00-13:00, 14:00-18:00" per weekday) and holidays. Pure. The
// server validates; this only reshapes, keeps what the page does not edit (conditions, goal scopes) and
// never throws on odd stored values (they become empty fields the server will name).
import type { MessageKey } from '@shared/contract';
import { isRecord } from '@ui/result-guards';
import { fromAutoCloseDraft, toAutoCloseDraft, type AutoCloseDraft } from './sla-auto-close-value';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type WeekdayKey = (typeof WEEKDAYS)[number];
export const METRICS = ['firstResponse', 'resolution', 'handoff'] as const;
export type MetricKey = (typeof METRICS)[number];

export type GoalDraft = { readonly priority: string; readonly minutes: string; readonly scope: Readonly<Record<string, unknown>> };
export type MetricDraft = {
  readonly metric: MetricKey;
  readonly warnAtPercent: string;
  readonly goals: readonly GoalDraft[];
  /** start, stop and pause conditions: kept as stored (edited as JSON elsewhere, never lost here). */
  readonly conditions: Readonly<Record<string, unknown>>;
};
export type HolidayDraft = { readonly date: string; readonly name: string; readonly part: Readonly<Record<string, unknown>> };
export type CalendarDraft = {
  readonly id: string;
  readonly name: string;
  readonly timeZone: string;
  readonly week: Readonly<Record<WeekdayKey, string>>;
  readonly holidays: readonly HolidayDraft[];
};
export type SlaDraft = { readonly metrics: readonly MetricDraft[]; readonly calendar: CalendarDraft; readonly autoClose: AutoCloseDraft };

const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const pick = (r: Record<string, unknown>, keys: readonly string[]) => Object.fromEntries(keys.filter((k) => k in r).map((k) => [k, r[k]]));

function toGoal(raw: unknown): GoalDraft {
  const r = isRecord(raw) ? raw : {};
  return { priority: text(r.priority), minutes: text(r.targetMinutes), scope: pick(r, ['projectKeys', 'issueTypes', 'labels']) };
}

function toMetric(raw: unknown): MetricDraft | null {
  const r = isRecord(raw) ? raw : {};
  const metric = METRICS.find((m) => m === r.metric);
  if (!metric) return null;
  return { metric, warnAtPercent: text(r.warnAtPercent ?? 75), goals: list(r.goals).map(toGoal), conditions: pick(r, ['start', 'stop', 'pause']) };
}

/** `[{from:'09:00', to:'18:00'}]` → "09:00-18:00". */
export function formatDay(raw: unknown): string {
  return list(raw).map((i) => (isRecord(i) ? `${text(i.from)}-${text(i.to)}` : '')).filter(Boolean).join(', ');
}

/** "09:00-13:00, 14:00–18:00" → intervals; a piece without a dash becomes `{from: piece, to: ''}` (the server names it). */
export function parseDay(input: string): { from: string; to: string }[] {
  return input.split(',').map((p) => p.trim()).filter(Boolean).map((piece) => {
    const [from = '', to = ''] = piece.split(/\s*[-–—]\s*/);
    return { from: from.trim(), to: to.trim() };
  });
}

export function toSlaDraft(value: unknown): SlaDraft {
  const r = isRecord(value) ? value : {};
  const cal = isRecord(r.calendar) ? r.calendar : {};
  const week = isRecord(cal.week) ? cal.week : {};
  return {
    metrics: list(r.definitions).map(toMetric).filter((m): m is MetricDraft => m !== null),
    calendar: {
      id: text(cal.id) || 'default',
      name: text(cal.name) || 'Office hours',
      timeZone: text(cal.timeZone),
      week: Object.fromEntries(WEEKDAYS.map((d) => [d, formatDay(week[d])])) as Record<WeekdayKey, string>,
      holidays: list(cal.holidays).map((h) => {
        const hr = isRecord(h) ? h : {};
        return { date: text(hr.date), name: text(hr.name), part: pick(hr, ['from', 'to']) };
      }),
    },
    autoClose: toAutoCloseDraft(r.autoClose),
  };
}

const toNumber = (v: string): number | string => (/^\s*-?\d+\s*$/.test(v) ? Number(v) : v);

export function fromSlaDraft(draft: SlaDraft): unknown {
  return {
    definitions: draft.metrics.map((m) => ({
      metric: m.metric,
      ...m.conditions,
      goals: m.goals.map((g) => ({ ...g.scope, priority: g.priority.trim(), targetMinutes: toNumber(g.minutes) })),
      warnAtPercent: toNumber(m.warnAtPercent),
    })),
    calendar: {
      id: draft.calendar.id,
      name: draft.calendar.name,
      timeZone: draft.calendar.timeZone.trim(),
      week: Object.fromEntries(WEEKDAYS.map((d): [WeekdayKey, { from: string; to: string }[]] => [d, parseDay(draft.calendar.week[d])]).filter(([, v]) => v.length > 0)),
      holidays: draft.calendar.holidays.map((h) => ({ date: h.date.trim(), ...(h.name.trim() ? { name: h.name.trim() } : {}), ...h.part })),
    },
    autoClose: fromAutoCloseDraft(draft.autoClose),
  };
}

/** Adds imported holidays, skipping dates already listed. */
export function withHolidays(draft: SlaDraft, holidays: readonly { date: string; name?: string }[]): { draft: SlaDraft; added: number } {
  const known = new Set(draft.calendar.holidays.map((h) => h.date));
  const added: HolidayDraft[] = [];
  for (const h of holidays) {
    if (known.has(h.date)) continue;
    known.add(h.date);
    added.push({ date: h.date, name: h.name ?? '', part: {} });
  }
  const all = [...draft.calendar.holidays, ...added].sort((a, b) => a.date.localeCompare(b.date));
  return { draft: { ...draft, calendar: { ...draft.calendar, holidays: all } }, added: added.length };
}

/** Server error paths (`definitions.1.goals.0.targetMinutes`, `calendar.week.mon.0.from`) → the draft row they belong to. */
export function errorsUnder(errors: Readonly<Record<string, MessageKey>>, prefix: string): MessageKey[] {
  return Object.entries(errors).filter(([path]) => path === prefix || path.startsWith(`${prefix}.`)).map(([, key]) => key);
}
