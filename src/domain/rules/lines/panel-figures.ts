// Everything the panel shows, from the (project, week) documents in range and the filters: KPIs over
// the period, a point per week for the trends, the table by engineer and the filter options present in
// the data. Pure: reads only the documents it is given.
import { parseCellKey, parseTotalsKey, type KpiDoc, type PeopleDoc } from '../../model/lines/aggregates';
import { addCounters, M, zeroCounters, type Counters } from '../../model/lines/measures';
import type { KpisDto, LineFilterDto, PersonRowDto, TrendPointDto } from '../../../shared/contract-lines';
import { csatAverage, kpisOf, sumCells } from './kpis';

export type BucketDocs = {
  readonly projectKey: string;
  readonly week: string;
  readonly kpi: KpiDoc | undefined;
  /** The detailed people documents (any filter), when read. */
  readonly people?: readonly (PeopleDoc | undefined)[];
  /** The people totals by line and person (no priority or issue-type filter), when read. */
  readonly totals?: PeopleDoc;
};

export type FigureFilters = { readonly priorities: readonly string[]; readonly issueTypes: readonly string[]; readonly line: LineFilterDto };

export type Figures = {
  readonly kpis: KpisDto;
  readonly trends: TrendPointDto[];
  readonly people: PersonRowDto[] | null;
  readonly options: { priorities: string[]; issueTypes: string[] };
};

const inList = (list: readonly string[], value: string): boolean => list.length === 0 || list.some((x) => x.toLowerCase() === value.toLowerCase());

function dimsMatch(d: ReturnType<typeof parseCellKey>, f: FigureFilters): boolean {
  return d !== null && (f.line === 'all' || d.line === f.line) && inList(f.priorities, d.priority) && inList(f.issueTypes, d.issueType);
}

export function matches(key: string, f: FigureFilters): boolean {
  return dimsMatch(parseCellKey(key), f);
}

function kpiCells(docs: readonly BucketDocs[], f: FigureFilters) {
  return docs.flatMap((d) => Object.entries(d.kpi?.cells ?? {}).filter(([key]) => matches(key, f)).map(([, cell]) => cell));
}

function trend(week: string, docs: readonly BucketDocs[], f: FigureFilters): TrendPointDto {
  const k = kpisOf(sumCells(kpiCells(docs.filter((d) => d.week === week), f)));
  return { week, load: k.load, resolved: k.resolved, reopenRate: k.reopenRate.rate, csatAverage: k.csat.average, slaResolution: k.sla.resolution.rate, handoffMedian: k.handoff.median };
}

type PersonCell = { readonly line: 'line1' | 'line2'; readonly person: string; readonly counters: readonly number[] };

/** The people cells a filter selects: from the totals when only the line is filtered, else the detailed shards. */
function personCells(d: BucketDocs, f: FigureFilters): PersonCell[] {
  const out: PersonCell[] = [];
  if (d.people) {
    for (const doc of d.people) for (const [key, counters] of Object.entries(doc?.cells ?? {})) {
      const dims = parseCellKey(key);
      if (dims && dimsMatch(dims, f)) out.push({ line: dims.line, person: dims.person, counters });
    }
    return out;
  }
  for (const [key, counters] of Object.entries(d.totals?.cells ?? {})) {
    const t = parseTotalsKey(key);
    if (t && (f.line === 'all' || t.line === f.line)) out.push({ ...t, counters });
  }
  return out;
}

function peopleRows(docs: readonly BucketDocs[], f: FigureFilters, nameOf: (accountId: string) => string): PersonRowDto[] {
  const rows = new Map<string, { m: Counters; line2: number; total: number }>();
  for (const d of docs) {
    for (const { line, person, counters } of personCells(d, f)) {
      const row = rows.get(person) ?? { m: zeroCounters(), line2: 0, total: 0 };
      addCounters(row.m, counters);
      const weight = (counters[M.load] ?? 0) + (counters[M.resolved] ?? 0);
      row.total += weight;
      if (line === 'line2') row.line2 += weight;
      rows.set(person, row);
    }
  }
  return [...rows].map(([accountId, { m, line2, total }]) => {
    const v = (i: number): number => m[i] ?? 0;
    const slaTotal = v(M.resolutionMet) + v(M.resolutionBreached);
    return {
      accountId, name: accountId === '' ? '' : nameOf(accountId), line: line2 * 2 >= total ? 'line2' : 'line1',
      load: v(M.load), resolved: v(M.resolved), reopened: v(M.reopened),
      reopenRate: v(M.resolved) > 0 ? v(M.reopened) / v(M.resolved) : null,
      csatAverage: csatAverage(m), csatCount: v(M.csatCount),
      slaMet: v(M.resolutionMet), slaTotal, slaRate: slaTotal > 0 ? v(M.resolutionMet) / slaTotal : null,
    } satisfies PersonRowDto;
  }).sort((a, b) => b.load - a.load || b.resolved - a.resolved || a.accountId.localeCompare(b.accountId));
}

function options(docs: readonly BucketDocs[]): Figures['options'] {
  const priorities = new Set<string>();
  const issueTypes = new Set<string>();
  for (const d of docs) for (const key of Object.keys(d.kpi?.cells ?? {})) {
    const dims = parseCellKey(key);
    if (dims) {
      priorities.add(dims.priority);
      issueTypes.add(dims.issueType);
    }
  }
  return { priorities: [...priorities].sort(), issueTypes: [...issueTypes].sort() };
}

export function panelFigures(docs: readonly BucketDocs[], period: readonly string[], trendWeeks: readonly string[], f: FigureFilters, nameOf: (accountId: string) => string): Figures {
  const inPeriod = docs.filter((d) => period.includes(d.week));
  const withPeople = docs.some((d) => d.people !== undefined || d.totals !== undefined);
  return {
    kpis: kpisOf(sumCells(kpiCells(inPeriod, f))),
    trends: trendWeeks.map((w) => trend(w, docs, f)),
    people: withPeople ? peopleRows(inPeriod, f, nameOf) : null,
    options: options(docs),
  };
}
