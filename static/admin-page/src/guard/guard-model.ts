// The transition rules as the admin page edits them: plain strings for every input (comma lists for
// statuses and priorities), read from and written back to the `transitionGuard` section value. Pure; the
// server validates the result (its errors come back keyed by the same paths: `rules.0.fields.1.ref`).
import type { Locale } from '@shared/contract';
import { LOCALES } from '@shared/i18n';

export type Texts = Readonly<Record<Locale, string>>;
export type EditField = { readonly ref: string; readonly check: string; readonly minLength: string; readonly label: Texts };
export type EditRule = {
  readonly id: string;
  readonly projectKey: string;
  readonly issueTypeName: string;
  readonly targetKind: 'status' | 'transition';
  readonly toStatus: string;
  readonly fromStatuses: string;
  readonly transitionId: string;
  readonly fields: readonly EditField[];
  readonly priorityNames: string;
  readonly requireComment: boolean;
  readonly message: Texts;
};
export type GuardDraft = { readonly rules: readonly EditRule[]; readonly reopenReasons: string };

/** "High and above" for the default priority scheme (PRODUCT.md: Critical, High, Medium, Low). */
export const HIGH_AND_ABOVE = 'Critical, High';

const rec = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(str) : []);
const texts = (v: unknown): Texts => Object.fromEntries(LOCALES.map((l) => [l, str(rec(v)[l])])) as Texts;
const split = (v: string): string[] => v.split(',').map((s) => s.trim()).filter((s) => s !== '');

/** `system:description`, `logical:errorOccurredAt`, `jira:customfield_10050` (the picker's value). */
export function refKey(raw: unknown): string {
  const r = rec(raw);
  if (r.kind === 'system') return `system:${str(r.id)}`;
  if (r.kind === 'logical') return `logical:${str(r.key)}`;
  if (r.kind === 'jira') return `jira:${str(r.fieldId)}`;
  return '';
}

function refOf(key: string): unknown {
  const [kind, id = ''] = key.split(/:(.*)/s);
  if (kind === 'system') return { kind, id };
  if (kind === 'logical') return { kind, key: id };
  if (kind === 'jira') return { kind, fieldId: id };
  return null;
}

function toRule(raw: unknown): EditRule {
  const r = rec(raw);
  const target = rec(r.target);
  return {
    id: str(r.id), projectKey: str(r.projectKey), issueTypeName: str(r.issueTypeName),
    targetKind: target.kind === 'transition' ? 'transition' : 'status',
    toStatus: str(target.toStatus), fromStatuses: list(target.fromStatuses).join(', '), transitionId: str(target.transitionId),
    fields: (Array.isArray(r.fields) ? r.fields : []).map((f) => ({ ref: refKey(rec(f).ref), check: str(rec(f).check), minLength: str(rec(f).minLength), label: texts(rec(f).label) })),
    priorityNames: list(r.priorityNames).join(', '), requireComment: r.requireComment === true, message: texts(r.message),
  };
}

export function toDraft(value: unknown): GuardDraft {
  const v = rec(value);
  return { rules: (Array.isArray(v.rules) ? v.rules : []).map(toRule), reopenReasons: list(v.reopenReasons).join('\n') };
}

function fromRule(r: EditRule): unknown {
  const target = r.targetKind === 'transition'
    ? { kind: 'transition', transitionId: r.transitionId.trim() }
    : { kind: 'status', toStatus: r.toStatus.trim(), fromStatuses: split(r.fromStatuses) };
  return {
    id: r.id.trim(), projectKey: r.projectKey.trim(), issueTypeName: r.issueTypeName.trim() || null, target,
    fields: r.fields.map((f) => ({ ref: refOf(f.ref), check: f.check, label: f.label, ...(f.check === 'minLength' ? { minLength: Number(f.minLength) } : {}) })),
    priorityNames: split(r.priorityNames), requireComment: r.requireComment, message: r.message,
  };
}

export function fromDraft(d: GuardDraft): unknown {
  return { rules: d.rules.map(fromRule), reopenReasons: d.reopenReasons.split('\n').map((s) => s.trim()).filter((s) => s !== '') };
}

const emptyTexts = (): Texts => Object.fromEntries(LOCALES.map((l) => [l, ''])) as Texts;

export const newField = (): EditField => ({ ref: '', check: 'nonEmpty', minLength: '', label: emptyTexts() });

/** A new rule: a copy of the selected one's project with a fresh id, or a blank SUP rule. */
export function newRule(from: EditRule | undefined, taken: readonly string[]): EditRule {
  let n = taken.length + 1;
  while (taken.includes(`rule-${n}`)) n += 1;
  return {
    id: `rule-${n}`, projectKey: from?.projectKey ?? 'SUP', issueTypeName: from?.issueTypeName ?? '', targetKind: 'status', toStatus: '', fromStatuses: '',
    transitionId: '', fields: [newField()], priorityNames: '', requireComment: false,
    message: { ...emptyTexts(), ...(from ? from.message : {}) },
  };
}
