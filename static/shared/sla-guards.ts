// Shape checks for the SLA resolvers' results (admin page): the recomputation status and the holidays
// read from an iCalendar file. Pure; keep in step with src/shared/contract.ts.
import type { SlaIcalImportDto, SlaRecomputeStatusDto } from '@shared/contract';
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
