// Shape checks for the support-lines resolver results (panel figures, issue facts with the CSAT form,
// job status), so a malformed answer becomes a Result error at the api.ts boundary. Pure.
import type { BackfillStatusDto, CycleDto, IssueLinesDto, KpisDto, PanelDto, PersonRowDto, RateDto, TrendPointDto } from '@shared/contract';
import { isRecord } from './result-guards';

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isNumOrNull = (v: unknown): boolean => v === null || isNum(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isStrOrNull = (v: unknown): boolean => v === null || isStr(v);
const listOf = <T>(v: unknown, each: (x: unknown) => x is T): v is T[] => Array.isArray(v) && v.every(each);
const isStrList = (v: unknown): v is string[] => listOf(v, isStr);

const isRate = (v: unknown): v is RateDto => isRecord(v) && isNum(v.num) && isNum(v.den) && isNumOrNull(v.rate);
const isDuration = (v: unknown): boolean => isRecord(v) && isNumOrNull(v.median) && isNumOrNull(v.p90) && isNum(v.count);

function isKpis(v: unknown): v is KpisDto {
  if (!isRecord(v) || !isNum(v.load) || !isNum(v.resolved) || !isRate(v.reopenRate) || !isRate(v.fcr) || !isRate(v.repeatContactRate)) return false;
  const csat = v.csat;
  const sla = v.sla;
  return isRecord(csat) && isNumOrNull(csat.average) && isNum(csat.count) && listOf(csat.distribution, isNum) && csat.distribution.length === 5
    && isRecord(sla) && isRate(sla.firstResponse) && isRate(sla.resolution) && isRate(sla.handoff) && isDuration(v.handoff) && isDuration(v.reaction);
}

const isTrend = (v: unknown): v is TrendPointDto => isRecord(v) && isStr(v.week) && isNum(v.load) && isNum(v.resolved)
  && isNumOrNull(v.reopenRate) && isNumOrNull(v.csatAverage) && isNumOrNull(v.slaResolution) && isNumOrNull(v.handoffMedian);

const isPerson = (v: unknown): v is PersonRowDto => isRecord(v) && isStr(v.accountId) && isStr(v.name) && (v.line === 'line1' || v.line === 'line2')
  && isNum(v.load) && isNum(v.resolved) && isNum(v.reopened) && isNumOrNull(v.reopenRate) && isNumOrNull(v.csatAverage) && isNum(v.csatCount)
  && isNum(v.slaMet) && isNum(v.slaTotal) && isNumOrNull(v.slaRate);

export function isBackfillStatus(v: unknown): v is BackfillStatusDto {
  return isRecord(v) && ['never', 'running', 'done', 'failed'].includes(String(v.state)) && (v.kind === 'backfill' || v.kind === 'recompute')
    && isStr(v.phase) && isNum(v.processed) && isNumOrNull(v.total) && isStrOrNull(v.startedAt) && isStrOrNull(v.finishedAt)
    && isStrOrNull(v.throttledUntil) && isStrOrNull(v.error) && isStrList(v.missingProjects);
}

export function isPanel(v: unknown): v is PanelDto {
  if (!isRecord(v) || !isRecord(v.filters) || !isStr(v.filters.endWeek) || !isStrList(v.periodWeeks) || !isStrList(v.trendWeeks)) return false;
  const projects = listOf(v.projects, (p): p is { key: string; name: string } => isRecord(p) && isStr(p.key) && isStr(p.name));
  const options = isRecord(v.options) && isStrList(v.options.priorities) && isStrList(v.options.issueTypes);
  return projects && options && isStrList(v.missingProjects) && isKpis(v.kpis) && listOf(v.trends, isTrend)
    && (v.people === null || listOf(v.people, isPerson)) && isBackfillStatus(v.backfill) && isRecord(v.viewer) && typeof v.viewer.isAdmin === 'boolean' && isStr(v.generatedAt);
}

const isPersonRef = (v: unknown): boolean => v === null || (isRecord(v) && isStr(v.accountId) && isStr(v.name));

const isCycle = (v: unknown): v is CycleDto => isRecord(v) && isNum(v.index) && isStr(v.startedAt) && isStrOrNull(v.resolvedAt)
  && typeof v.reopened === 'boolean' && isStrOrNull(v.reopenReason) && (v.line === 'line1' || v.line === 'line2') && isPersonRef(v.engineer)
  && isRecord(v.sla) && isNum(v.repeatContacts)
  && (v.rating === null || (isRecord(v.rating) && isNum(v.rating.score) && isStrOrNull(v.rating.comment) && isPersonRef(v.rating.rater) && typeof v.rating.mine === 'boolean'));

export function isIssueLines(v: unknown): v is IssueLinesDto {
  return isRecord(v) && isStr(v.issueKey) && isNum(v.reopenCount) && isPersonRef(v.line1Agent) && listOf(v.cycles, isCycle)
    && isRecord(v.csat) && isStr(v.csat.state) && isNumOrNull(v.csat.cycle) && isStrOrNull(v.csat.editableUntil)
    && isRecord(v.viewer) && isStr(v.viewer.role) && typeof v.viewer.canSeeComments === 'boolean';
}
