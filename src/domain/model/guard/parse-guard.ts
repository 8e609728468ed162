// Parses untrusted transition-guard settings (the admin page's save) into rules, or field errors keyed by
// path (`rules.0.fields.1.ref`) whose values are i18n keys. Pure; never guesses a value it cannot read.
import { LOCALES } from '../../../shared/i18n';
import type { FieldErrors } from '../config/general';
import { LOGICAL_FIELD_KEYS, type LocalizedText } from '../template/types';
import { GUARD_CHECKS, SYSTEM_FIELD_IDS, type GuardField, type GuardFieldRef, type GuardRule, type GuardTarget, type TransitionGuardSettings } from './types';

const RULE_ID = /^[A-Za-z0-9._-]{1,40}$/;
const PROJECT_KEY = /^[A-Z][A-Z0-9]{1,9}$/;
const JIRA_FIELD_ID = /^customfield_\d{1,10}$/;
const MAX_RULES = 50;
const MAX_FIELDS = 8;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const includes = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);

function localized(raw: unknown, max: number, mustContain?: string): LocalizedText | undefined {
  if (!isRecord(raw)) return undefined;
  const out: Record<string, string> = {};
  for (const l of LOCALES) {
    const v = text(raw[l]);
    if (v.length === 0 || v.length > max || (mustContain !== undefined && !v.includes(mustContain))) return undefined;
    out[l] = v;
  }
  return out as LocalizedText;
}

function parseRef(raw: unknown): GuardFieldRef | undefined {
  if (!isRecord(raw)) return undefined;
  if (raw.kind === 'system' && includes(SYSTEM_FIELD_IDS, raw.id)) return { kind: 'system', id: raw.id };
  if (raw.kind === 'logical' && includes(LOGICAL_FIELD_KEYS, raw.key)) return { kind: 'logical', key: raw.key };
  if (raw.kind === 'jira' && typeof raw.fieldId === 'string' && JIRA_FIELD_ID.test(raw.fieldId)) return { kind: 'jira', fieldId: raw.fieldId };
  return undefined;
}

function parseField(raw: unknown, path: string, errors: FieldErrors): GuardField | undefined {
  const r = isRecord(raw) ? raw : {};
  const ref = parseRef(r.ref);
  if (!ref) errors[`${path}.ref`] = 'guard.validation.fieldRef';
  if (!includes(GUARD_CHECKS, r.check)) errors[`${path}.check`] = 'guard.validation.check';
  const minLength = r.minLength;
  const badMin = r.check === 'minLength' && !(typeof minLength === 'number' && Number.isInteger(minLength) && minLength >= 1 && minLength <= 1000);
  if (badMin) errors[`${path}.minLength`] = 'guard.validation.minLength';
  const label = localized(r.label, 60);
  if (!label) errors[`${path}.label`] = 'guard.validation.label';
  if (!ref || !includes(GUARD_CHECKS, r.check) || badMin || !label) return undefined;
  return { ref, check: r.check, label, ...(r.check === 'minLength' ? { minLength: minLength as number } : {}) };
}

function parseTarget(raw: unknown): GuardTarget | undefined {
  if (!isRecord(raw)) return undefined;
  if (raw.kind === 'transition' && /^\d{1,10}$/.test(text(raw.transitionId))) return { kind: 'transition', transitionId: text(raw.transitionId) };
  const from = Array.isArray(raw.fromStatuses) ? raw.fromStatuses.map(text) : [];
  if (raw.kind === 'status' && text(raw.toStatus).length > 0 && from.every((s) => s.length > 0 && s.length <= 60)) {
    return { kind: 'status', toStatus: text(raw.toStatus), fromStatuses: [...new Set(from)] };
  }
  return undefined;
}

function parseRule(raw: unknown, path: string, errors: FieldErrors, seen: Set<string>): GuardRule | undefined {
  const r = isRecord(raw) ? raw : {};
  const id = text(r.id);
  if (!RULE_ID.test(id) || seen.has(id)) errors[`${path}.id`] = 'guard.validation.ruleId';
  seen.add(id);
  const projectKey = text(r.projectKey).toUpperCase();
  if (!PROJECT_KEY.test(projectKey)) errors[`${path}.projectKey`] = 'validation.projectKey';
  const target = parseTarget(r.target);
  if (!target) errors[`${path}.target`] = 'guard.validation.target';
  const rawFields = Array.isArray(r.fields) ? r.fields : [];
  if (rawFields.length === 0 || rawFields.length > MAX_FIELDS) errors[`${path}.fields`] = 'guard.validation.fields';
  const fields = rawFields.map((f, i) => parseField(f, `${path}.fields.${i}`, errors));
  const message = localized(r.message, 200, '{fields}');
  if (!message) errors[`${path}.message`] = 'guard.validation.message';
  const priorityNames = Array.isArray(r.priorityNames) ? [...new Set(r.priorityNames.map(text).filter((p) => p.length > 0))] : [];
  const issueTypeName = text(r.issueTypeName);
  if (!target || !message || fields.some((f) => f === undefined)) return undefined;
  const requireComment = r.requireComment === true;
  return { id, projectKey, issueTypeName: issueTypeName.length > 0 ? issueTypeName : null, target, fields: fields as GuardField[], priorityNames, requireComment, message };
}

export function parseTransitionGuard(input: unknown): { value?: TransitionGuardSettings; errors: FieldErrors } {
  if (!isRecord(input) || !Array.isArray(input.rules)) return { errors: { _: 'validation.required' } };
  const errors: FieldErrors = {};
  if (input.rules.length > MAX_RULES) return { errors: { rules: 'guard.validation.tooMany' } };
  const seen = new Set<string>();
  const rules = input.rules.map((r, i) => parseRule(r, `rules.${i}`, errors, seen));
  const reasons = Array.isArray(input.reopenReasons) ? input.reopenReasons.map(text) : [];
  const badReasons = reasons.length === 0 || reasons.length > 20 || new Set(reasons).size !== reasons.length || reasons.some((r) => r.length === 0 || r.length > 60);
  if (badReasons) errors.reopenReasons = 'guard.validation.reasons';
  if (Object.keys(errors).length > 0) return { errors };
  return { value: { rules: rules as GuardRule[], reopenReasons: reasons }, errors };
}
