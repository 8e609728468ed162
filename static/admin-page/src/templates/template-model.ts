// The template editor's working copy of the `templates` section: the stored value read leniently, and the
// edits the editor makes (fields, description sections, Jira fields, rules) as pure functions. The server
// (parseTemplatesSection on settings/save) remains the judge of validity; nothing here rejects input.
import type { Locale, PriorityLevelDto, TemplateFieldTypeDto } from '@shared/contract';
import { isRecord } from '@ui/result-guards';

export type Localized = { readonly en: string; readonly ru: string };
export type EditOption = { readonly id: string; readonly label: Localized; readonly jiraValue?: string };
export type EditField = {
  readonly id: string;
  readonly type: TemplateFieldTypeDto;
  readonly label: Localized;
  readonly help: Localized;
  readonly required: boolean;
  readonly order: number;
  readonly format: 'plain' | 'code' | 'quote';
  readonly options?: readonly EditOption[];
  readonly pattern?: string;
  readonly min?: number;
  readonly max?: number;
};
export type EditSection = { readonly id: string; readonly heading: Localized; readonly fieldIds: readonly string[]; readonly layout: 'paragraphs' | 'bullets' };
export type EditTarget = { readonly kind: 'logical'; readonly key: string } | { readonly kind: 'jira'; readonly fieldId: string };
export type EditCondition =
  | { readonly kind: 'optionIn'; readonly fieldId: string; readonly optionIds: readonly string[] }
  | { readonly kind: 'numberCompare'; readonly fieldId: string; readonly op: '>' | '>=' | '<' | '<='; readonly value: number }
  | { readonly kind: 'answered'; readonly fieldId: string };
export type EditRule = { readonly id: string; readonly when: readonly EditCondition[]; readonly priority: PriorityLevelDto };
export type EditTemplate = {
  readonly id: string;
  readonly name: Localized;
  readonly projectKey: string;
  readonly issueTypeName: string;
  readonly locale: Locale;
  readonly fields: readonly EditField[];
  readonly mapping: {
    readonly summaryPattern: string;
    readonly description: readonly EditSection[];
    readonly customFields: readonly { readonly fieldId: string; readonly target: EditTarget }[];
    readonly labels: readonly string[];
    readonly components: readonly string[];
  };
  readonly priority: { readonly rules: readonly EditRule[]; readonly defaultPriority: PriorityLevelDto; readonly jiraNames: Readonly<Record<PriorityLevelDto, string>> };
};

export const LOGICAL_KEYS = ['errorOccurredAt', 'clientId', 'affectedScope', 'supportLine', 'reopenReason'] as const;
export const LEVELS: readonly PriorityLevelDto[] = ['critical', 'high', 'medium', 'low'];
export const FIELD_TYPES: readonly TemplateFieldTypeDto[] = ['text', 'multiline', 'dateTime', 'select', 'number', 'clientId'];

/** The stored section as editable templates, fields sorted by their order. Stored values were validated on save. */
export function toEditTemplates(value: unknown): EditTemplate[] {
  const list = isRecord(value) && Array.isArray(value.templates) ? value.templates : [];
  return (JSON.parse(JSON.stringify(list)) as EditTemplate[])
    .filter((t) => isRecord(t) && Array.isArray(t.fields) && isRecord(t.mapping) && isRecord(t.priority))
    .map((t) => ({ ...t, fields: [...t.fields].sort((a, b) => a.order - b.order) }));
}

/** What settings/save receives: the editor's order becomes each field's `order`. */
export function toSectionValue(templates: readonly EditTemplate[]): { templates: EditTemplate[] } {
  const tidy = (c: EditCondition): EditCondition => (c.kind === 'optionIn' ? { ...c, optionIds: c.optionIds.filter((o) => o !== '') } : c);
  return {
    templates: templates.map((t) => ({
      ...t,
      fields: t.fields.map((f, i) => ({ ...f, order: i })),
      priority: { ...t.priority, rules: t.priority.rules.map((r) => ({ ...r, when: r.when.map(tidy) })) },
    })),
  };
}

const uniqueId = (base: string, taken: readonly string[]): string => {
  for (let n = 1; ; n++) if (!taken.includes(`${base}${n}`)) return `${base}${n}`;
};

export function newField(t: EditTemplate): EditField {
  return { id: uniqueId('field', t.fields.map((f) => f.id)), type: 'text', label: { en: '', ru: '' }, help: { en: '', ru: '' }, required: false, order: t.fields.length, format: 'plain' };
}

export function copyOf(t: EditTemplate, all: readonly EditTemplate[]): EditTemplate {
  return { ...t, id: uniqueId(`${t.id}-`, all.map((x) => x.id)).slice(0, 40) };
}

export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  const [item] = out.splice(from, 1);
  if (item !== undefined) out.splice(Math.max(0, Math.min(out.length, to)), 0, item);
  return out;
}

/** Renames a field and every reference to it (sections, Jira fields, rules); the summary pattern is text. */
export function renameField(t: EditTemplate, from: string, to: string): EditTemplate {
  const swap = (id: string) => (id === from ? to : id);
  return {
    ...t,
    fields: t.fields.map((f) => (f.id === from ? { ...f, id: to } : f)),
    mapping: {
      ...t.mapping,
      description: t.mapping.description.map((s) => ({ ...s, fieldIds: s.fieldIds.map(swap) })),
      customFields: t.mapping.customFields.map((m) => ({ ...m, fieldId: swap(m.fieldId) })),
    },
    priority: { ...t.priority, rules: t.priority.rules.map((r) => ({ ...r, when: r.when.map((c) => ({ ...c, fieldId: swap(c.fieldId) })) })) },
  };
}

export function removeField(t: EditTemplate, fieldId: string): EditTemplate {
  return {
    ...t,
    fields: t.fields.filter((f) => f.id !== fieldId),
    mapping: {
      ...t.mapping,
      description: t.mapping.description.map((s) => ({ ...s, fieldIds: s.fieldIds.filter((id) => id !== fieldId) })),
      customFields: t.mapping.customFields.filter((m) => m.fieldId !== fieldId),
    },
  };
}

export const sectionOf = (t: EditTemplate, fieldId: string): string => t.mapping.description.find((s) => s.fieldIds.includes(fieldId))?.id ?? '';

export function setSection(t: EditTemplate, fieldId: string, sectionId: string): EditTemplate {
  const description = t.mapping.description.map((s) => {
    const without = s.fieldIds.filter((id) => id !== fieldId);
    return { ...s, fieldIds: s.id === sectionId ? [...without, fieldId] : without };
  });
  return { ...t, mapping: { ...t.mapping, description } };
}

/** `''` (none), a logical key, or `jira:customfield_…` for a field the admin mapped by id. */
export function targetOf(t: EditTemplate, fieldId: string): string {
  const target = t.mapping.customFields.find((m) => m.fieldId === fieldId)?.target;
  if (!target) return '';
  return target.kind === 'logical' ? target.key : `jira:${target.fieldId}`;
}

export function setTarget(t: EditTemplate, fieldId: string, value: string): EditTemplate {
  const kept = t.mapping.customFields.filter((m) => m.fieldId !== fieldId);
  const target: EditTarget | null = value === '' ? null : value.startsWith('jira:') ? { kind: 'jira', fieldId: value.slice(5) } : { kind: 'logical', key: value };
  return { ...t, mapping: { ...t.mapping, customFields: target ? [...kept, { fieldId, target }] : kept } };
}

/** "id | English | Russian | Jira value" per line ↔ options. */
export function optionsToText(options: readonly EditOption[] | undefined): string {
  return (options ?? []).map((o) => [o.id, o.label.en, o.label.ru, ...(o.jiraValue ? [o.jiraValue] : [])].join(' | ')).join('\n');
}

export function textToOptions(text: string): EditOption[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [id = '', en = '', ru = '', jiraValue = ''] = line.split('|').map((p) => p.trim());
      return { id, label: { en, ru: ru || en }, ...(jiraValue ? { jiraValue } : {}) };
    });
}
