// The panel's filters from an untrusted payload (resolver input, gadget configuration): project, period,
// end week, priorities, issue types, line, and whether to read the table by engineer. Invalid values are
// refused with a field error; absent ones take defaults (12 weeks ending this week, everything).
import { PANEL_PERIODS, type LineFilterDto, type PanelFiltersDto, type PanelPeriodDto } from '../../../shared/contract-lines';
import type { MessageKey } from '../../../shared/i18n';
import { isWeekId } from './week';

const PROJECT_KEY = /^[A-Z][A-Z0-9_]{1,9}$/;
const MAX_VALUES = 20;
const MAX_NAME = 60;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function names(raw: unknown, field: string, errors: Record<string, MessageKey>): string[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw) || raw.length > MAX_VALUES || !raw.every((v) => typeof v === 'string' && v.trim() !== '' && v.length <= MAX_NAME)) {
    errors[field] = 'validation.option';
    return [];
  }
  return [...new Set(raw.map((v) => String(v).trim()))];
}

export function parsePanelFilters(input: unknown): { value?: PanelFiltersDto; errors: Record<string, MessageKey> } {
  const raw = isRecord(input) ? input : {};
  const errors: Record<string, MessageKey> = {};
  const projectKey = raw.projectKey === undefined || raw.projectKey === null || raw.projectKey === '' ? null : raw.projectKey;
  if (projectKey !== null && (typeof projectKey !== 'string' || !PROJECT_KEY.test(projectKey))) errors.projectKey = 'validation.projectKey';
  const weeks = raw.weeks === undefined ? 12 : raw.weeks;
  if (!(PANEL_PERIODS as readonly unknown[]).includes(weeks)) errors.weeks = 'validation.option';
  const endWeek = raw.endWeek === undefined || raw.endWeek === null ? null : raw.endWeek;
  if (endWeek !== null && !isWeekId(endWeek)) errors.endWeek = 'validation.option';
  const line = raw.line === undefined ? 'all' : raw.line;
  if (line !== 'all' && line !== 'line1' && line !== 'line2') errors.line = 'validation.option';
  const priorities = names(raw.priorities, 'priorities', errors);
  const issueTypes = names(raw.issueTypes, 'issueTypes', errors);
  if (Object.keys(errors).length > 0) return { errors };
  return {
    value: {
      projectKey: projectKey as string | null,
      weeks: weeks as PanelPeriodDto,
      endWeek: endWeek as string | null,
      priorities,
      issueTypes,
      line: line as LineFilterDto,
      withPeople: raw.withPeople !== false,
    },
    errors,
  };
}

