// What `/ticket` asks: the template's fields in the admin's order, then every field the transition guard
// requires for the first move to "Open" that the template does not already fill (a client cannot choose an
// assignee or a resolution, so those are left to line 1). A client ID given by the chat's link is not
// asked. Pure.
import { translate, type MessageKey } from '../../../../shared/i18n';
import type { GuardField, GuardRule } from '../../../model/guard/types';
import { AFFECTED_SCOPE_OPTIONS } from '../../../model/template/defaults';
import type { LocalizedText, SelectOption, TemplateDefinition, TemplateField } from '../../../model/template/types';
import { REOPEN_REASON_OPTIONS } from '../../../model/template/provisioning';
import { orderedFields } from '../../../rules/template/display';
import type { DraftQuestion } from './intake-model';

const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();
const both = (key: MessageKey): LocalizedText => ({ en: translate('en', key), ru: translate('ru', key) });

/** Rules of the template's project and issue type that guard the first move New → Open. */
export function openingRules(rules: readonly GuardRule[], template: TemplateDefinition): GuardRule[] {
  return rules.filter((r) =>
    same(r.projectKey, template.projectKey) &&
    (r.issueTypeName === null || same(r.issueTypeName, template.issueTypeName)) &&
    r.target.kind === 'status' && same(r.target.toStatus, 'Open') &&
    (r.target.fromStatuses.length === 0 || r.target.fromStatuses.some((s) => same(s, 'New'))));
}

function coveredByTemplate(field: GuardField, template: TemplateDefinition): boolean {
  const ref = field.ref;
  if (ref.kind === 'system') {
    // Summary, description, priority and labels are always written by the template; the rest a client cannot set.
    if (ref.id === 'description') return template.mapping.description.some((s) => s.fieldIds.length > 0);
    return true;
  }
  return template.mapping.customFields.some((m) =>
    ref.kind === 'logical' ? m.target.kind === 'logical' && m.target.key === ref.key : m.target.kind === 'jira' && m.target.fieldId === ref.fieldId);
}

const optionsOf = (values: readonly string[]): SelectOption[] => values.map((v, i) => ({ id: `o${i + 1}`, label: { en: v, ru: v }, jiraValue: v }));

function guardQuestion(field: GuardField, index: number): DraftQuestion | null {
  const ref = field.ref;
  if (ref.kind === 'system') return null;
  const id = `guard${index + 1}`;
  const base = { id, label: field.label, help: both('tg.intake.guardHelp'), required: true, order: 1000 + index, format: 'plain' as const };
  const target = ref.kind === 'logical' ? { kind: 'logical' as const, key: ref.key } : { kind: 'jira' as const, fieldId: ref.fieldId };
  let q: TemplateField;
  if (field.check === 'dateSet') q = { ...base, type: 'dateTime' };
  else if (field.check === 'optionSelected' && ref.kind === 'logical' && ref.key === 'affectedScope') q = { ...base, type: 'select', options: AFFECTED_SCOPE_OPTIONS };
  else if (field.check === 'optionSelected' && ref.kind === 'logical' && ref.key === 'reopenReason') q = { ...base, type: 'select', options: optionsOf(REOPEN_REASON_OPTIONS) };
  else q = { ...base, type: 'text' };
  return { field: q, target, minLength: field.check === 'minLength' ? field.minLength ?? 1 : null };
}

export function draftQuestions(template: TemplateDefinition, guardRules: readonly GuardRule[], prefilled: ReadonlySet<string>): DraftQuestion[] {
  const asked: DraftQuestion[] = orderedFields(template)
    .filter((f) => !prefilled.has(f.id))
    .map((field) => ({ field, target: null, minLength: null }));
  const extra = openingRules(guardRules, template)
    .flatMap((r) => r.fields)
    .filter((f) => !coveredByTemplate(f, template));
  const seen = new Set<string>();
  extra.forEach((f, i) => {
    const key = JSON.stringify(f.ref);
    if (seen.has(key)) return;
    seen.add(key);
    const q = guardQuestion(f, i);
    if (q) asked.push(q);
  });
  return asked;
}
