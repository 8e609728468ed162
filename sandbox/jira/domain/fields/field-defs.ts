// The field catalogue: Jira's system fields the stand-in models plus the custom fields apps create, with the
// metadata /field, createmeta and transition screens report. Never holds values (see field-codec.ts).
import type { Site } from '../site';
import type { CustomFieldRecord } from '../../store/fields-store';

export type FieldSchema = { readonly type: string; readonly system?: string; readonly custom?: string; readonly customId?: number; readonly items?: string };
export type FieldDef = {
  readonly id: string;
  readonly name: string;
  readonly custom: boolean;
  readonly schema?: FieldSchema;
  /** Custom field type key without the plugin prefix, e.g. `select`. */
  readonly customType?: string;
  readonly orderable: boolean;
  readonly navigable: boolean;
  readonly searchable: boolean;
  readonly clauseNames: readonly string[];
  /** Whether REST callers may set it (create/edit/transition screens still decide where). */
  readonly settable: boolean;
};

export const CUSTOM_PREFIX = 'com.atlassian.jira.plugin.system.customfieldtypes:';

const sys = (id: string, name: string, type: string, extra: Partial<FieldDef> & { items?: string } = {}): FieldDef => ({
  id,
  name,
  custom: false,
  schema: { type, system: id, ...(extra.items ? { items: extra.items } : {}) },
  orderable: extra.orderable ?? true,
  navigable: extra.navigable ?? true,
  searchable: extra.searchable ?? true,
  clauseNames: extra.clauseNames ?? [id],
  settable: extra.settable ?? true,
});

export const SYSTEM_FIELDS: readonly FieldDef[] = [
  { id: 'issuekey', name: 'Key', custom: false, orderable: false, navigable: true, searchable: false, clauseNames: ['id', 'issue', 'issuekey', 'key'], settable: false },
  sys('summary', 'Summary', 'string'),
  sys('description', 'Description', 'string'),
  sys('issuetype', 'Issue Type', 'issuetype', { clauseNames: ['issuetype', 'type'] }),
  sys('project', 'Project', 'project', { orderable: false }),
  sys('priority', 'Priority', 'priority'),
  sys('assignee', 'Assignee', 'user'),
  sys('reporter', 'Reporter', 'user'),
  sys('creator', 'Creator', 'user', { orderable: false, settable: false }),
  sys('labels', 'Labels', 'array', { items: 'string', clauseNames: ['labels'] }),
  sys('components', 'Components', 'array', { items: 'component', clauseNames: ['component'] }),
  sys('status', 'Status', 'status', { orderable: false, settable: false }),
  sys('resolution', 'Resolution', 'resolution'),
  sys('resolutiondate', 'Resolved', 'datetime', { orderable: false, settable: false, clauseNames: ['resolutiondate', 'resolved'] }),
  sys('created', 'Created', 'datetime', { orderable: false, settable: false, clauseNames: ['created', 'createdDate'] }),
  sys('updated', 'Updated', 'datetime', { orderable: false, settable: false, clauseNames: ['updated', 'updatedDate'] }),
  sys('comment', 'Comment', 'comments-page', { navigable: false, settable: false }),
  sys('attachment', 'Attachment', 'array', { items: 'attachment', settable: false }),
];

export const CUSTOM_TYPES: Readonly<Record<string, { readonly schema: Omit<FieldSchema, 'custom' | 'customId'>; readonly searcher: string }>> = {
  textfield: { schema: { type: 'string' }, searcher: 'textsearcher' },
  textarea: { schema: { type: 'string' }, searcher: 'textsearcher' },
  readonlyfield: { schema: { type: 'string' }, searcher: 'textsearcher' },
  url: { schema: { type: 'string' }, searcher: 'exacttextsearcher' },
  float: { schema: { type: 'number' }, searcher: 'exactnumber' },
  datetime: { schema: { type: 'datetime' }, searcher: 'datetimerange' },
  datepicker: { schema: { type: 'date' }, searcher: 'daterange' },
  select: { schema: { type: 'option' }, searcher: 'multiselectsearcher' },
  radiobuttons: { schema: { type: 'option' }, searcher: 'multiselectsearcher' },
  multiselect: { schema: { type: 'array', items: 'option' }, searcher: 'multiselectsearcher' },
  multicheckboxes: { schema: { type: 'array', items: 'option' }, searcher: 'multiselectsearcher' },
  userpicker: { schema: { type: 'user' }, searcher: 'userpickergroupsearcher' },
  multiuserpicker: { schema: { type: 'array', items: 'user' }, searcher: 'userpickergroupsearcher' },
  labels: { schema: { type: 'array', items: 'string' }, searcher: 'labelsearcher' },
};

export function customFieldDef(f: CustomFieldRecord): FieldDef {
  const type = f.type.startsWith(CUSTOM_PREFIX) ? f.type.slice(CUSTOM_PREFIX.length) : f.type;
  const customId = Number(f.id.replace('customfield_', ''));
  const base = CUSTOM_TYPES[type]?.schema ?? { type: 'any' };
  return {
    id: f.id,
    name: f.name,
    custom: true,
    schema: { ...base, custom: f.type, customId },
    customType: type,
    orderable: true,
    navigable: true,
    searchable: f.searcherKey !== null,
    clauseNames: [`cf[${customId}]`, f.name],
    settable: true,
  };
}

export function allFields(site: Site): FieldDef[] {
  return [...SYSTEM_FIELDS, ...site.fields.customFields().map(customFieldDef)];
}

export function findField(site: Site, id: string): FieldDef | undefined {
  return SYSTEM_FIELDS.find((f) => f.id === id) ?? site.fields.customFields().map(customFieldDef).find((f) => f.id === id);
}

export function fieldDetailsJson(f: FieldDef): Record<string, unknown> {
  return {
    id: f.id,
    key: f.id,
    name: f.name,
    custom: f.custom,
    orderable: f.orderable,
    navigable: f.navigable,
    searchable: f.searchable,
    clauseNames: [...f.clauseNames],
    ...(f.schema ? { schema: { ...f.schema } } : {}),
  };
}
