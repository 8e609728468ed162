// The transition guard in Jira's transition view: reads the data provisioning stored on the app's
// IssueTransition UI modification (GuardUiModificationDataDto, JSON), picks the rules of this transition and
// issue, and words the same message the workflow validator gives. Pure: no bridge, no DOM.
import type { GuardUiFieldDto, GuardUiModificationDataDto, GuardUiRuleDto, Locale } from '@shared/contract';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const CHECKS = ['nonEmpty', 'minLength', 'dateSet', 'optionSelected'];

const isField = (v: unknown): v is GuardUiFieldDto => isRecord(v) && typeof v.fieldId === 'string' && CHECKS.includes(String(v.check)) && typeof v.minLength === 'number';

function isRule(v: unknown): v is GuardUiRuleDto {
  return isRecord(v) && typeof v.ruleId === 'string' && (v.issueTypeName === null || typeof v.issueTypeName === 'string') && isStrList(v.transitionIds)
    && isStrList(v.priorityNames) && Array.isArray(v.fields) && v.fields.every(isField) && typeof v.requireComment === 'boolean'
    && isRecord(v.l) && Object.values(v.l).every((t) => isRecord(t) && Object.values(t).every((x) => typeof x === 'string'));
}

/** The first of the app's UI modifications whose data is the guard's (the create dialog's data is skipped). */
export function readGuardData(uiModifications: readonly { readonly data?: string }[]): GuardUiModificationDataDto | null {
  for (const m of uiModifications) {
    try {
      const v: unknown = JSON.parse(m.data ?? 'null');
      if (isRecord(v) && v.v === 1 && v.kind === 'linebridge-guard' && Array.isArray(v.rules) && v.rules.every(isRule)) return v as GuardUiModificationDataDto;
    } catch {
      // not ours, or corrupted: try the next one
    }
  }
  return null;
}

export type TransitionTarget = { readonly transitionId: string; readonly issueTypeName: string };

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The rules of this transition and issue type; a priority-bound rule only when the priority is known and listed. */
export function rulesFor(data: GuardUiModificationDataDto, target: TransitionTarget, priorityName: string | null): GuardUiRuleDto[] {
  return data.rules.filter((r) =>
    r.transitionIds.includes(target.transitionId)
    && (r.issueTypeName === null || same(r.issueTypeName, target.issueTypeName))
    && (r.priorityNames.length === 0 || (priorityName !== null && r.priorityNames.includes(priorityName))));
}

/** Every text of a value: a string, or the `text` nodes of an ADF document. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(textOf).join('');
  if (!isRecord(value)) return '';
  return (typeof value.text === 'string' ? value.text : '') + textOf(value.content);
}

/** Whether the screen's value fails the field's check, as the validator's expression would judge it. */
export function isMissing(field: GuardUiFieldDto, value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (field.check === 'nonEmpty' || field.check === 'minLength') {
    if (isRecord(value) && !('type' in value)) return false; // an option or a user: set
    return textOf(value).trim().length < Math.max(1, field.minLength);
  }
  return false;
}

/** The rule's message naming what is still missing (the comment is always named: this view cannot read it), or null. */
export function guardMessage(rule: GuardUiRuleDto, locale: Locale, valueOf: (fieldId: string) => unknown, onScreen: (fieldId: string) => boolean): string | null {
  const texts = rule.l[locale] ?? rule.l.en;
  if (!texts) return null;
  const names = rule.fields.flatMap((f, i) => (onScreen(f.fieldId) && isMissing(f, valueOf(f.fieldId)) ? [texts[`f${i}`] ?? f.fieldId] : []));
  if (rule.requireComment && texts.c) names.push(texts.c);
  return names.length === 0 ? null : (texts.m ?? '{fields}').replace('{fields}', names.join(', '));
}
