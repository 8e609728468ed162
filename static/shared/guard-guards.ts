// Shape checks for the transition-guard resolver results (validator config, rule overview, screen
// provisioning), so a malformed answer becomes a Result error at the api.ts boundary. Pure.
import type { GuardEstimateDto, GuardProblemDto, GuardResolverContract, GuardRuleStatusDto, GuardSiteFieldDto, GuardValidatorConfigDto } from '@shared/contract';
import { isProvisionReport } from './incident-guards';
import { isRecord } from './result-guards';

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const listOf = <T>(v: unknown, each: (x: unknown) => x is T): v is T[] => Array.isArray(v) && v.every(each);
const isStrMap = (v: unknown): boolean => isRecord(v) && Object.values(v).every(isStr);

const isEstimate = (v: unknown): v is GuardEstimateDto => isRecord(v) && isNum(v.characters) && isNum(v.leaves) && isNum(v.expensiveOperations);
const isProblem = (v: unknown): v is GuardProblemDto => isRecord(v) && isStr(v.messageKey) && isStrMap(v.params);

export function isValidatorConfig(v: unknown): v is GuardValidatorConfigDto {
  return isRecord(v) && isStr(v.expression) && isStr(v.ruleId) && v.version === 1 && listOf(v.fieldIds, isStr) && isRecord(v.l) && Object.values(v.l).every(isStrMap);
}

function isRuleStatus(v: unknown): v is GuardRuleStatusDto {
  return isRecord(v) && isStr(v.ruleId) && isStr(v.projectKey) && typeof v.teamManaged === 'boolean' && listOf(v.problems, isProblem)
    && (v.estimate === null || isEstimate(v.estimate)) && listOf(v.transitions, (t): t is { id: string; name: string } => isRecord(t) && isStr(t.id) && isStr(t.name));
}

type Results = GuardResolverContract;
export const guardResultGuards: { readonly [K in keyof Results]: (value: unknown) => value is Results[K]['result'] } = {
  'guard/validator-config': (v): v is Results['guard/validator-config']['result'] => isRecord(v) && isValidatorConfig(v.config) && isEstimate(v.estimate) && isNum(v.settingsVersion),
  'guard/overview': (v): v is Results['guard/overview']['result'] =>
    isRecord(v) && isNum(v.version) && listOf(v.rules, isRuleStatus) && isEstimate(v.limits)
    && listOf(v.fields, (f): f is GuardSiteFieldDto => isRecord(f) && isStr(f.id) && isStr(f.name) && listOf(f.checks, isStr)),
  'guard/provision-screens': isProvisionReport,
};
