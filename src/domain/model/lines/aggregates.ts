// The stored aggregates: per project and week, a KPI document (cells by line × priority × issue type, with
// counters and duration histograms), a people-totals document (cells by line × person: the table by engineer
// without priority or issue-type filters) and people documents (cells by line × priority × issue type ×
// person, counters only, sharded by person). A contribution is one issue's share of one (project, week) bucket.
import { addCounters, addHistogram, isZero, trimZeros, type Counters, type Histogram } from './measures';
import type { SupportLine } from './facts';

export const PEOPLE_SHARDS = 4;
export const AGGREGATE_VERSION = 1;

export type KpiCell = { m: Counters; ho: Histogram; re: Histogram };
export type KpiDoc = { v: number; cells: Record<string, KpiCell> };
export type PeopleDoc = { v: number; cells: Record<string, Counters> };

/** One issue's share of one bucket. Stored per issue and bucket (the contribution index). */
export type Contribution = { k: Record<string, KpiCell>; p: Record<string, Counters>; t: Record<string, Counters> };

/** Every document of one bucket. */
export type BucketDocSet = { kpi: KpiDoc; totals: PeopleDoc; people: PeopleDoc[] };

export type CellDims = { readonly line: SupportLine; readonly priority: string; readonly issueType: string };

/** Separator that cannot occur in priority or issue type names as used here (they are sanitized). */
const SEP = '|';
const clean = (s: string): string => s.replace(/\|/g, '/');

export const kpiCellKey = (d: CellDims): string => [d.line, clean(d.priority), clean(d.issueType)].join(SEP);
export const peopleCellKey = (d: CellDims, person: string): string => `${kpiCellKey(d)}${SEP}${person}`;
export const totalsCellKey = (line: SupportLine, person: string): string => `${line}${SEP}${person}`;

export function parseTotalsKey(key: string): { line: SupportLine; person: string } | null {
  const at = key.indexOf(SEP);
  const line = key.slice(0, at);
  return at > 0 && (line === 'line1' || line === 'line2') ? { line, person: key.slice(at + 1) } : null;
}

type ParsedKey = (CellDims & { readonly person: string }) | null;
const parsed = new Map<string, ParsedKey>();
const MEMO_MAX = 100_000;

function parseUncached(key: string): ParsedKey {
  const [line, priority, issueType, ...rest] = key.split(SEP);
  if ((line !== 'line1' && line !== 'line2') || priority === undefined || issueType === undefined) return null;
  return { line, priority, issueType, person: rest.join(SEP) };
}

/** Memoized: a panel read parses the same few thousand keys again and again. Results are immutable. */
export function parseCellKey(key: string): ParsedKey {
  let hit = parsed.get(key);
  if (hit === undefined) {
    if (parsed.size >= MEMO_MAX) parsed.clear();
    hit = parseUncached(key);
    parsed.set(key, hit);
  }
  return hit;
}

/** Stable small hash of a person id → people shard. */
export function peopleShard(person: string): number {
  let h = 0;
  for (let i = 0; i < person.length; i++) h = (h * 31 + person.charCodeAt(i)) >>> 0;
  return h % PEOPLE_SHARDS;
}

export const emptyKpiDoc = (): KpiDoc => ({ v: AGGREGATE_VERSION, cells: {} });
export const emptyPeopleDoc = (): PeopleDoc => ({ v: AGGREGATE_VERSION, cells: {} });
export const emptyContribution = (): Contribution => ({ k: {}, p: {}, t: {} });
export const emptyBucketDocs = (): BucketDocSet => ({ kpi: emptyKpiDoc(), totals: emptyPeopleDoc(), people: Array.from({ length: PEOPLE_SHARDS }, emptyPeopleDoc) });

export function addKpiCell(cells: Record<string, KpiCell>, key: string, add: KpiCell, sign: 1 | -1 = 1): void {
  const cell = cells[key] ?? { m: [], ho: {}, re: {} };
  addCounters(cell.m, add.m, sign);
  addHistogram(cell.ho, add.ho, sign);
  addHistogram(cell.re, add.re, sign);
  if (isZero(cell.m) && Object.keys(cell.ho).length === 0 && Object.keys(cell.re).length === 0) delete cells[key];
  else cells[key] = { ...cell, m: trimZeros(cell.m) };
}

export function addPeopleCell(cells: Record<string, Counters>, key: string, add: readonly number[], sign: 1 | -1 = 1): void {
  const cell = addCounters(cells[key] ?? [], add, sign);
  if (isZero(cell)) delete cells[key];
  else cells[key] = trimZeros(cell);
}

/** Adds (sign 1) or removes (sign -1) a contribution to a bucket's documents, in place. */
export function applyContribution(docs: BucketDocSet, c: Contribution, sign: 1 | -1): void {
  for (const [key, cell] of Object.entries(c.k)) addKpiCell(docs.kpi.cells, key, cell, sign);
  for (const [key, counters] of Object.entries(c.t ?? {})) addPeopleCell(docs.totals.cells, key, counters, sign);
  for (const [key, counters] of Object.entries(c.p)) {
    const person = parseCellKey(key)?.person ?? '';
    const doc = docs.people[peopleShard(person)];
    if (doc) addPeopleCell(doc.cells, key, counters, sign);
  }
}
