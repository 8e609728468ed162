// Shape checks for every resolver result in src/shared/contract.ts, so a malformed answer is caught at
// the api.ts boundary instead of crashing a component. Pure; keep in step with the contract.
import type {
  IssueSummaryDto,
  ResolverContract,
  ResolverKey,
  SettingsDto,
  SettingsSectionDto,
  SettingsSectionKey,
  StatusCategoryKey,
} from '@shared/contract';
import { isFiledIncident, isIncidentDuplicates, isIncidentPreview, isIncidentTemplates, isProvisionReport, isTemplatesCheck } from './incident-guards';
import { isBackfillStatus, isIssueLines, isPanel } from './lines-guards';
import { isRecord } from './result-guards';
import { isSlaIcalImport, isSlaIssueView, isSlaRecomputeStatus } from './sla-guards';
import { guardResultGuards } from './guard-guards';
import { telegramResultGuards } from './telegram-guards';
import { telegramLinksResultGuards } from './telegram-links-guards';
import { tgActionsResultGuards } from './tg-actions-guards';

const CATEGORY_KEYS: Readonly<Record<StatusCategoryKey, true>> = {
  new: true,
  indeterminate: true,
  done: true,
  undefined: true,
};

/** Every settings section, in the order the admin page lists them. */
export const SECTION_KEYS: readonly SettingsSectionKey[] = [
  'general',
  'templates',
  'transitionGuard',
  'sla',
  'panel',
  'telegram',
];

const isString = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isNullableString = (v: unknown): v is string | null => v === null || typeof v === 'string';

export function isIssueSummary(value: unknown): value is IssueSummaryDto {
  if (!isRecord(value) || !isString(value.issueKey) || !isCount(value.historyCount)) return false;
  const status = value.status;
  return (
    isRecord(status) &&
    isString(status.id) &&
    isString(status.name) &&
    isString(status.categoryKey) &&
    Object.prototype.hasOwnProperty.call(CATEGORY_KEYS, status.categoryKey)
  );
}

export function isSettingsSection(value: unknown): value is SettingsSectionDto {
  return (
    isRecord(value) &&
    (SECTION_KEYS as readonly unknown[]).includes(value.section) &&
    typeof value.built === 'boolean' &&
    isCount(value.version) &&
    isNullableString(value.updatedAt) &&
    isNullableString(value.updatedBy) &&
    'value' in value
  );
}

export function isSettings(value: unknown): value is SettingsDto {
  return (
    isRecord(value) &&
    typeof value.canEdit === 'boolean' &&
    Array.isArray(value.sections) &&
    value.sections.every(isSettingsSection)
  );
}

export type ResultGuards = { readonly [K in ResolverKey]: (value: unknown) => value is ResolverContract[K]['result'] };

/** One guard per resolver key: adding a resolver to the contract fails the typecheck here until it has one. */
export const resultGuards: ResultGuards = {
  'issue/summary': isIssueSummary,
  'settings/get': isSettings,
  'settings/save': isSettingsSection,
  'sla/recompute-status': isSlaRecomputeStatus,
  'sla/recompute-start': isSlaRecomputeStatus,
  'sla/parse-ical': isSlaIcalImport,
  'sla/issue': isSlaIssueView,
  'incidents/templates': isIncidentTemplates,
  'incidents/preview': isIncidentPreview,
  'incidents/create': isFiledIncident,
  'incidents/duplicates': isIncidentDuplicates,
  'templates/provision': isProvisionReport,
  'templates/check': isTemplatesCheck,
  'lines/panel': isPanel,
  'lines/issue': isIssueLines,
  'lines/rate': isIssueLines,
  'lines/job': isBackfillStatus,
  'lines/job-status': isBackfillStatus,
  ...guardResultGuards,
  ...telegramResultGuards,
  ...telegramLinksResultGuards,
  ...tgActionsResultGuards,
};
