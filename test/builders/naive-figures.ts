// Naive KPIs from naive cycles (test/builders/naive-lines.ts): plain filters and counts over arrays, exact
// sorted-list medians over the documented minute resolution. For comparison with the panel's resolver.
import type { NaiveCycle } from './naive-lines';

export type NaiveFilters = { priorities: string[]; issueTypes: string[]; line: 'all' | 'line1' | 'line2' };
const DAY = 86_400_000;

export function mondayOf(at: number): string {
  const day = Math.floor(at / DAY);
  const weekday = (new Date(day * DAY).getUTCDay() + 6) % 7;
  return new Date((day - weekday) * DAY).toISOString().slice(0, 10);
}

/** 1 min below 1 h, 5 min below 8 h, 30 min below 3 days, 4 h beyond (README, "storage design"). */
export function roundMinutes(m: number): number {
  const step = m < 60 ? 1 : m < 480 ? 5 : m < 4320 ? 30 : 240;
  return m - (m % step);
}

function nearestRank(values: number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil(q * sorted.length)) - 1] ?? null;
}

const rate = (num: number, den: number) => ({ num, den, rate: den > 0 ? num / den : null });

export function naiveKpis(all: readonly NaiveCycle[], weeks: readonly string[], f: NaiveFilters) {
  const cycles = all.filter((c) => (f.line === 'all' || c.line === f.line)
    && (f.priorities.length === 0 || f.priorities.includes(c.priority)) && (f.issueTypes.length === 0 || f.issueTypes.includes(c.issueType)));
  const started = cycles.filter((c) => weeks.includes(mondayOf(c.startedAt)));
  const resolved = cycles.filter((c) => c.resolvedAt !== null && weeks.includes(mondayOf(c.resolvedAt)));
  const firsts = resolved.filter((c) => c.index === 1);
  const rated = resolved.filter((c) => c.csat !== null);
  const sla = (m: 'firstResponse' | 'resolution' | 'handoff') => {
    const met = resolved.filter((c) => c.sla[m].state === 'met').length;
    return rate(met, met + resolved.filter((c) => c.sla[m].state === 'breached').length);
  };
  const times = (m: 'handoff' | 'firstResponse') => started.flatMap((c) => (c.sla[m].minutes === null ? [] : [roundMinutes(c.sla[m].minutes)]));
  const stats = (v: number[]) => ({ median: nearestRank(v, 0.5), p90: nearestRank(v, 0.9), count: v.length });
  return {
    load: started.length,
    resolved: resolved.length,
    reopenRate: rate(resolved.filter((c) => c.reopened).length, resolved.length),
    fcr: rate(firsts.filter((c) => !c.reopened).length, firsts.length),
    repeatContactRate: rate(started.filter((c) => c.repeat > 0).length, started.length),
    csat: {
      average: rated.length > 0 ? rated.reduce((s, c) => s + (c.csat ?? 0), 0) / rated.length : null,
      count: rated.length,
      distribution: [1, 2, 3, 4, 5].map((n) => rated.filter((c) => c.csat === n).length),
    },
    sla: { firstResponse: sla('firstResponse'), resolution: sla('resolution'), handoff: sla('handoff') },
    handoff: stats(times('handoff')),
    reaction: stats(times('firstResponse')),
  };
}

export function naivePeople(all: readonly NaiveCycle[], weeks: readonly string[], f: NaiveFilters) {
  const people = [...new Set(all.map((c) => c.person))];
  return people.map((person) => {
    const k = naiveKpis(all.filter((c) => c.person === person), weeks, f);
    return { accountId: person, load: k.load, resolved: k.resolved, reopened: k.reopenRate.num, csatCount: k.csat.count, slaMet: k.sla.resolution.num, slaTotal: k.sla.resolution.den };
  }).filter((p) => p.load + p.resolved > 0).sort((a, b) => a.accountId.localeCompare(b.accountId));
}
