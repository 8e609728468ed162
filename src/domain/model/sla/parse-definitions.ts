// Validates untrusted SLA definitions (admin page) into SlaDefinition[], or field errors keyed by path
// ("1.goals.0.targetMinutes") with i18n message keys. One definition per metric; goals unique per
// priority and scope; targets 1 minute to 1 year; warning threshold 1–99 % (75 when absent).
import type { FieldErrors } from '../config/general';
import { DEFAULT_WARN_AT_PERCENT } from './defaults';
import { SLA_METRICS } from './definition';
import type { SlaDefinition, SlaGoal, SlaMetric, StatePredicate, Trigger } from './definition';
import { parsePredicate, parseTrigger } from './parse-conditions';
import { isRecord, parseStringList } from './parse-helpers';

export const MAX_TARGET_MINUTES = 525_600;
export const MAX_GOALS = 200;

function parseList<T>(raw: unknown, path: string, errors: FieldErrors, parse: (v: unknown) => T | null): T[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item: unknown, i) => {
    const parsed = parse(item);
    if (parsed === null) errors[`${path}.${i}`] = 'validation.sla.condition';
    return parsed === null ? [] : [parsed];
  });
}

function scopeKey(goal: SlaGoal): string {
  const norm = (list: readonly string[] | undefined, upper: boolean) =>
    [...(list ?? [])].map((v) => (upper ? v.toUpperCase() : v)).sort().join(',');
  const parts = [norm(goal.projectKeys, true), norm(goal.issueTypes, true), norm(goal.labels, false)];
  return [goal.priority.toLowerCase(), ...parts].join('|');
}

function parseGoal(raw: unknown, path: string, errors: FieldErrors): SlaGoal | null {
  const entry = isRecord(raw) ? raw : {};
  const priority = typeof entry.priority === 'string' ? entry.priority.trim() : '';
  if (priority.length === 0 || priority.length > 100) errors[`${path}.priority`] = 'validation.sla.priority';
  const target = entry.targetMinutes;
  const targetOk =
    typeof target === 'number' && Number.isInteger(target) && target >= 1 && target <= MAX_TARGET_MINUTES;
  if (!targetOk) errors[`${path}.targetMinutes`] = 'validation.sla.targetMinutes';
  const scope = (field: string, upper: boolean) => {
    const list = parseStringList(entry[field], `${path}.${field}`, errors, 'validation.sla.scope', true);
    return list && { [field]: upper ? list.map((v) => v.toUpperCase()) : list };
  };
  const goal = {
    priority,
    targetMinutes: targetOk ? target : 0,
    ...scope('projectKeys', true),
    ...scope('issueTypes', false),
    ...scope('labels', false),
  };
  return priority.length > 0 && targetOk ? goal : null;
}

function parseGoals(raw: unknown, path: string, errors: FieldErrors): SlaGoal[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw) || raw.length > MAX_GOALS) {
    errors[path] = 'validation.tooMany';
    return [];
  }
  const seen = new Set<string>();
  return raw.flatMap((item: unknown, i) => {
    const goal = parseGoal(item, `${path}.${i}`, errors);
    if (!goal) return [];
    if (seen.has(scopeKey(goal))) errors[`${path}.${i}`] = 'validation.sla.duplicateGoal';
    seen.add(scopeKey(goal));
    return [goal];
  });
}

function parseDefinition(raw: unknown, path: string, errors: FieldErrors, seen: Set<SlaMetric>): SlaDefinition | null {
  const entry = isRecord(raw) ? raw : {};
  const metric = (SLA_METRICS as readonly unknown[]).includes(entry.metric) ? (entry.metric as SlaMetric) : null;
  if (!metric) errors[`${path}.metric`] = 'validation.sla.metric';
  else if (seen.has(metric)) errors[`${path}.metric`] = 'validation.sla.duplicateMetric';
  if (metric) seen.add(metric);
  const start: Trigger[] = parseList(entry.start, `${path}.start`, errors, parseTrigger);
  const stop: Trigger[] = parseList(entry.stop, `${path}.stop`, errors, parseTrigger);
  const pause: StatePredicate[] = parseList(entry.pause, `${path}.pause`, errors, parsePredicate);
  if (!Array.isArray(entry.start) || entry.start.length === 0) errors[`${path}.start`] = 'validation.sla.noStart';
  if (!Array.isArray(entry.stop) || entry.stop.length === 0) errors[`${path}.stop`] = 'validation.sla.noStop';
  if (entry.pause !== undefined && !Array.isArray(entry.pause)) errors[`${path}.pause`] = 'validation.sla.condition';
  const goals = parseGoals(entry.goals, `${path}.goals`, errors);
  const warn = entry.warnAtPercent ?? DEFAULT_WARN_AT_PERCENT;
  const warnOk = typeof warn === 'number' && Number.isInteger(warn) && warn >= 1 && warn <= 99;
  if (!warnOk) errors[`${path}.warnAtPercent`] = 'validation.sla.warnAtPercent';
  return metric && warnOk ? { metric, start, stop, pause, goals, warnAtPercent: warn } : null;
}

/** Parses untrusted input into SLA definitions, or returns field errors (paths start at the index). */
export function parseSlaDefinitions(input: unknown): { value?: readonly SlaDefinition[]; errors: FieldErrors } {
  if (!Array.isArray(input)) return { errors: { _: 'validation.required' } };
  if (input.length > SLA_METRICS.length) return { errors: { _: 'validation.tooMany' } };
  const errors: FieldErrors = {};
  const seen = new Set<SlaMetric>();
  const value = input.flatMap((raw: unknown, i) => parseDefinition(raw, String(i), errors, seen) ?? []);
  return Object.keys(errors).length > 0 ? { errors } : { value, errors };
}
