// Turns a rule's field references into the site's field ids and value shapes. Pure. A reference that does
// not resolve (a deleted field, an unprovisioned LineBridge field) is a problem, never silently dropped.
import type { MessageKey } from '../../../shared/i18n';
import type { JiraFieldInfo } from '../../ports';
import type { GuardCheck, GuardField, GuardFieldRef, SystemFieldId } from '../../model/guard/types';
import { PROVISIONED_FIELDS } from '../../model/template/provisioning';
import type { LocalizedText, ResolvedCustomFields } from '../../model/template/types';

/** How a validator expression reads the value: text, rich text (`.plainText`), a single value, a list. */
export type ValueShape = 'text' | 'richText' | 'single' | 'list';

export type ResolvedGuardField = {
  /** The Jira field id (`description`, `customfield_10050`). */
  readonly fieldId: string;
  /** The property of `issue` in a Jira expression (`dueDate` style names differ from REST ids). */
  readonly property: string;
  readonly shape: ValueShape;
  readonly check: GuardCheck;
  readonly minLength: number;
  readonly label: LocalizedText;
};

export type GuardProblem = { readonly messageKey: MessageKey; readonly params: Readonly<Record<string, string>> };

const SYSTEM_SHAPES: Readonly<Record<SystemFieldId, ValueShape>> = {
  summary: 'text', description: 'richText', assignee: 'single', resolution: 'single', labels: 'list', components: 'list', priority: 'single',
};

const CUSTOM_SHAPES: Readonly<Record<string, ValueShape>> = {
  textfield: 'text', textarea: 'richText', datetime: 'single', datepicker: 'single', select: 'single', radiobuttons: 'single',
  userpicker: 'single', float: 'single', multiselect: 'list', multicheckboxes: 'list', multiuserpicker: 'list', labels: 'list',
};

const FITS: Readonly<Record<GuardCheck, readonly ValueShape[]>> = {
  nonEmpty: ['text', 'richText', 'single', 'list'],
  minLength: ['text', 'richText'],
  dateSet: ['single'],
  optionSelected: ['single', 'list'],
};

export function refLabel(ref: GuardFieldRef): string {
  return ref.kind === 'system' ? ref.id : ref.kind === 'logical' ? ref.key : ref.fieldId;
}

function customShape(info: JiraFieldInfo | undefined): ValueShape | undefined {
  const type = info?.customType?.split(':').pop();
  return type === undefined ? undefined : CUSTOM_SHAPES[type];
}

function locate(ref: GuardFieldRef, resolved: ResolvedCustomFields, siteFields: readonly JiraFieldInfo[]): { fieldId: string; shape: ValueShape } | GuardProblem {
  if (ref.kind === 'system') return { fieldId: ref.id, shape: SYSTEM_SHAPES[ref.id] };
  const fieldId = ref.kind === 'logical' ? resolved[ref.key] : ref.fieldId;
  if (fieldId === undefined) {
    const name = PROVISIONED_FIELDS.find((s) => ref.kind === 'logical' && s.key === ref.key)?.name ?? refLabel(ref);
    return { messageKey: 'guard.error.fieldUnresolved', params: { field: name } };
  }
  const info = siteFields.find((f) => f.id === fieldId);
  if (!info) return { messageKey: 'guard.error.fieldGone', params: { field: ref.kind === 'jira' ? fieldId : `${refLabel(ref)} (${fieldId})` } };
  const shape = customShape(info);
  if (!shape) return { messageKey: 'guard.validation.check', params: { field: info.name } };
  return { fieldId, shape };
}

/** The checks that fit a site field (empty: the validator cannot read this field type). */
export function checksForField(info: JiraFieldInfo): GuardCheck[] {
  const system = (Object.keys(SYSTEM_SHAPES) as SystemFieldId[]).find((id) => id === info.id);
  const shape = system !== undefined ? SYSTEM_SHAPES[system] : customShape(info);
  return shape === undefined ? [] : (Object.keys(FITS) as GuardCheck[]).filter((c) => FITS[c].includes(shape));
}

/** Resolves every field of a rule; any problem means the rule cannot be enforced as written. */
export function resolveGuardFields(
  fields: readonly GuardField[], resolved: ResolvedCustomFields, siteFields: readonly JiraFieldInfo[],
): { fields: ResolvedGuardField[]; problems: GuardProblem[] } {
  const out: ResolvedGuardField[] = [];
  const problems: GuardProblem[] = [];
  for (const f of fields) {
    const found = locate(f.ref, resolved, siteFields);
    if ('messageKey' in found) { problems.push(found); continue; }
    if (!FITS[f.check].includes(found.shape)) { problems.push({ messageKey: 'guard.validation.check', params: { field: refLabel(f.ref) } }); continue; }
    out.push({ fieldId: found.fieldId, property: found.fieldId, shape: found.shape, check: f.check, minLength: f.check === 'minLength' ? f.minLength ?? 1 : 1, label: f.label });
  }
  return { fields: out, problems };
}
