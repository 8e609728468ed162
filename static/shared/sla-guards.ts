// Shape checks for the SLA resolvers' results: the recomputation status and the holidays read from an
// iCalendar file (admin page), and the clocks of one issue (issue panel and context). Pure; keep in step with src/shared/contract.ts.
import type { SlaAutoCloseViewDto, SlaClockDto, SlaIcalImportDto, SlaIssueViewDto, SlaRecomputeStatusDto } from '@shared/contract';
import { isRecord } from './result-guards';

const STATUSES: readonly SlaRecomputeStatusDto['status'][] = ['never', 'running', 'done', 'failed', 'superseded'];
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isNullableString = (v: unknown): v is string | null => v === null || typeof v === 'string';

export function isSlaRecomputeStatus(value: unknown): value is SlaRecomputeStatusDto {
  return (
    isRecord(value) &&
    (STATUSES as readonly unknown[]).includes(value.status) &&
    isNullableString(value.jobId) &&
    isNullableString(value.startedAt) &&
    isNullableString(value.finishedAt) &&
    (value.total === null || isCount(value.total)) &&
    [value.processed, value.written, value.failed, value.batches, value.retries].every(isCount) &&
    (value.lastError === null || isRecord(value.lastError))
  );
}

export function isSlaIcalImport(value: unknown): value is SlaIcalImportDto {
  return (
    isRecord(value) &&
    isCount(value.events) &&
    isCount(value.skipped) &&
    Array.isArray(value.holidays) &&
    value.holidays.every((h) => isRecord(h) && typeof h.date === 'string' && (h.name === undefined || typeof h.name === 'string'))
  );
}

const CLOCK_STATES = ['running', 'paused', 'met', 'breached', 'noGoal', 'none'];
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isNullableNum = (v: unknown): v is number | null => v === null || isNum(v);

function isClock(value: unknown): value is SlaClockDto {
  return (
    isRecord(value) &&
    ['firstResponse', 'resolution', 'handoff'].includes(value.metric as string) &&
    CLOCK_STATES.includes(value.state as string) &&
    isCount(value.cycle) && isCount(value.cycles) && isCount(value.elapsedMinutes) && typeof value.paused === 'boolean' &&
    isNullableNum(value.remainingMinutes) && isNullableNum(value.targetMinutes) &&
    [value.startedAt, value.stoppedAt, value.warningAt, value.breachAt].every(isNullableString) &&
    Array.isArray(value.past) &&
    value.past.every((c) => isRecord(c) && isCount(c.cycle) && typeof c.startedAt === 'string' && CLOCK_STATES.includes(c.state as string) && isCount(c.elapsedMinutes))
  );
}

function isAutoCloseView(value: unknown): value is SlaAutoCloseViewDto {
  return (
    isRecord(value) &&
    ['notWaiting', 'answered', 'silent', 'closed'].includes(value.state as string) &&
    [value.since, value.dueAt, value.remindedAt, value.replyAt, value.closedAt].every(isNullableString) &&
    (value.failure === null || (isRecord(value.failure) && typeof value.failure.code === 'string' && typeof value.failure.detail === 'string'))
  );
}

export function isSlaIssueView(value: unknown): value is SlaIssueViewDto {
  return (
    isRecord(value) &&
    typeof value.issueKey === 'string' &&
    typeof value.projectKey === 'string' &&
    ['ok', 'notServed', 'pending'].includes(value.availability as string) &&
    typeof value.statusName === 'string' &&
    isNullableString(value.computedAt) &&
    typeof value.serverNow === 'string' &&
    typeof value.stale === 'boolean' &&
    isRecord(value.calendar) && typeof value.calendar.always === 'boolean' &&
    Array.isArray(value.workingSpans) &&
    value.workingSpans.every((s) => Array.isArray(s) && s.length === 2 && isNum(s[0]) && isNum(s[1])) &&
    isNullableNum(value.horizon) &&
    Array.isArray(value.clocks) && value.clocks.every(isClock) &&
    (value.autoClose === null || isAutoCloseView(value.autoClose))
  );
}
