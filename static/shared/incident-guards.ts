// Shape checks for the incident-intake resolver results (src/shared/contract-incidents.ts), so a malformed
// answer is caught at the api.ts boundary. Pure; keep in step with the contract.
import type {
  DuplicateIssueDto, FiledIncidentDto, TemplatesCheckDto, IncidentDuplicatesDto, IncidentPreviewDto, IncidentTemplateDto, IncidentTemplatesDto,
  LocalizedTextDto, PriorityLevelDto, ProvisionReportDto, ProvisionStepDto, TemplateFieldDto,
} from '@shared/contract';
import { isLocale } from '@shared/i18n';
import { isMessageKey, isRecord } from './result-guards';

const isString = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const oneOf = <T extends string>(values: readonly T[]) => (v: unknown): v is T => values.some((x) => x === v);

const isLevel = oneOf<PriorityLevelDto>(['critical', 'high', 'medium', 'low']);
const isFieldType = oneOf<TemplateFieldDto['type']>(['text', 'multiline', 'dateTime', 'select', 'number', 'clientId']);
const isStepKind = oneOf<ProvisionStepDto['kind']>(['field', 'options', 'screen', 'uiModification']);
const isOutcome = oneOf<ProvisionStepDto['outcome']>(['created', 'updated', 'exists', 'failed', 'skipped']);

export function isLocalized(v: unknown): v is LocalizedTextDto {
  return isRecord(v) && isString(v.en) && isString(v.ru);
}

function isField(v: unknown): v is TemplateFieldDto {
  if (!isRecord(v) || !isString(v.id) || !isFieldType(v.type) || !isLocalized(v.label) || !isLocalized(v.help)) return false;
  if (typeof v.required !== 'boolean' || typeof v.order !== 'number') return false;
  const options = v.options;
  return options === undefined || (Array.isArray(options) && options.every((o) => isRecord(o) && isString(o.id) && isLocalized(o.label)));
}

function isTemplate(v: unknown): v is IncidentTemplateDto {
  return (
    isRecord(v) && isString(v.id) && isLocalized(v.name) && isString(v.projectKey) && isString(v.issueTypeName) && isLocale(v.locale) &&
    Array.isArray(v.fields) && v.fields.every(isField) && (v.clientIdFieldId === null || isString(v.clientIdFieldId))
  );
}

export function isIncidentTemplates(v: unknown): v is IncidentTemplatesDto {
  return (
    isRecord(v) && isCount(v.version) && Array.isArray(v.templates) && v.templates.every(isTemplate) &&
    (v.selectedId === null || isString(v.selectedId)) && (v.followUpClientId === null || isString(v.followUpClientId))
  );
}

export function isIncidentPreview(v: unknown): v is IncidentPreviewDto {
  return isRecord(v) && isLevel(v.priority) && isString(v.priorityName) && (v.ruleId === null || isString(v.ruleId)) && Array.isArray(v.ruleFieldIds) && v.ruleFieldIds.every(isString) && isString(v.summary);
}

export function isFiledIncident(v: unknown): v is FiledIncidentDto {
  return (
    isRecord(v) && isString(v.issueKey) && isString(v.issueId) && isLevel(v.priority) && isString(v.priorityName) &&
    isString(v.templateId) && isCount(v.templateVersion) && typeof v.replayed === 'boolean'
  );
}

const isDuplicate = (v: unknown): v is DuplicateIssueDto => isRecord(v) && isString(v.key) && isString(v.summary) && isString(v.statusName);

export function isTemplatesCheck(v: unknown): v is TemplatesCheckDto {
  return isRecord(v) && isCount(v.version) && isRecord(v.errors) && Object.values(v.errors).every(isString);
}

export function isIncidentDuplicates(v: unknown): v is IncidentDuplicatesDto {
  return isRecord(v) && Array.isArray(v.issues) && v.issues.every(isDuplicate);
}

const isStep = (v: unknown): v is ProvisionStepDto =>
  isRecord(v) && isStepKind(v.kind) && isString(v.target) && isOutcome(v.outcome) && (v.detail === undefined || isString(v.detail));

export function isProvisionReport(v: unknown): v is ProvisionReportDto {
  return (
    isRecord(v) && isString(v.ranAt) && typeof v.ok === 'boolean' && Array.isArray(v.steps) && v.steps.every(isStep) &&
    isRecord(v.resolved) && Object.values(v.resolved).every(isString) && Array.isArray(v.fixes) && v.fixes.every(isMessageKey)
  );
}
