// An issue's facts as contributions to the (project, week) buckets. Each cycle counts its load, repeat
// contacts and handoff/reaction times in the week it started, and its resolution, reopen, first-contact
// resolution, CSAT and SLA outcomes in the week it was resolved. Pure: the same facts give the same map.
import { addKpiCell, addPeopleCell, emptyContribution, kpiCellKey, peopleCellKey, totalsCellKey, type Contribution } from '../../model/lines/aggregates';
import { cyclePerson, type CycleFacts, type IssueFacts } from '../../model/lines/facts';
import { M, quantizeMinutes, zeroCounters, type Counters, type Histogram } from '../../model/lines/measures';
import { weekId } from '../../model/lines/week';

/** `PROJECT:YYYY-MM-DD` */
export const bucketId = (projectKey: string, week: string): string => `${projectKey}:${week}`;

export function parseBucketId(id: string): { projectKey: string; week: string } | null {
  const m = /^([A-Z][A-Z0-9_]*):(\d{4}-\d{2}-\d{2})$/.exec(id);
  return m ? { projectKey: m[1] ?? '', week: m[2] ?? '' } : null;
}

const sample = (minutes: number | null): Histogram => (minutes === null ? {} : { [String(quantizeMinutes(minutes * 60_000))]: 1 });

function startCounters(c: CycleFacts): Counters {
  const m = zeroCounters();
  m[M.load] = 1;
  m[M.repeatCycles] = c.repeatContacts > 0 ? 1 : 0;
  m[M.repeatContacts] = c.repeatContacts;
  return m;
}

function resolveCounters(c: CycleFacts): Counters {
  const m = zeroCounters();
  m[M.resolved] = 1;
  m[M.reopened] = c.reopened ? 1 : 0;
  m[M.firstResolved] = c.index === 1 ? 1 : 0;
  m[M.fcr] = c.index === 1 && !c.reopened ? 1 : 0;
  if (c.csat) {
    m[M.csatCount] = 1;
    m[M.csatSum] = c.csat.score;
    m[M[`csat${c.csat.score}`]] = 1;
  }
  const sla = (metric: 'firstResponse' | 'resolution' | 'handoff'): void => {
    const state = c.sla[metric].state;
    if (state === 'met') m[M[`${metric}Met`]] = 1;
    if (state === 'breached') m[M[`${metric}Breached`]] = 1;
  };
  sla('firstResponse');
  sla('resolution');
  sla('handoff');
  return m;
}

type Keys = { readonly cell: string; readonly person: string; readonly total: string };

function add(map: Map<string, Contribution>, bucket: string, keys: Keys, counters: Counters, ho: Histogram, re: Histogram): void {
  const c = map.get(bucket) ?? emptyContribution();
  addKpiCell(c.k, keys.cell, { m: counters, ho, re });
  addPeopleCell(c.p, keys.person, counters);
  addPeopleCell(c.t, keys.total, counters);
  map.set(bucket, c);
}

export function contributionsOf(facts: IssueFacts): Map<string, Contribution> {
  const out = new Map<string, Contribution>();
  for (const c of facts.cycles) {
    const dims = { line: c.line, priority: c.priority, issueType: facts.issueType };
    const keys = { cell: kpiCellKey(dims), person: peopleCellKey(dims, cyclePerson(c)), total: totalsCellKey(c.line, cyclePerson(c)) };
    add(out, bucketId(facts.projectKey, weekId(c.startedAt)), keys, startCounters(c), sample(c.sla.handoff.minutes), sample(c.sla.firstResponse.minutes));
    if (c.resolvedAt !== null) add(out, bucketId(facts.projectKey, weekId(c.resolvedAt)), keys, resolveCounters(c), {}, {});
  }
  return out;
}
