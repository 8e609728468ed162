// FieldMetadata JSON (createmeta, editmeta, transition screens): required flag, schema, operations and
// allowed values. Read-only.
import { ISSUE_TYPES, PRIORITIES, RESOLUTIONS } from '../../catalog';
import type { ProjectRecord } from '../../store/projects-store';
import { issueTypeJson, priorityJson, resolutionJson } from '../../views/meta-view';
import type { Site } from '../site';
import type { FieldDef } from './field-defs';

const ARRAY_OPS = ['add', 'set', 'remove'];

export function operationsOf(def: FieldDef): string[] {
  if (def.schema?.type === 'array') return ARRAY_OPS;
  return ['set'];
}

function allowedValues(site: Site, def: FieldDef, project: ProjectRecord): unknown[] | undefined {
  switch (def.custom ? def.customType : def.id) {
    case 'priority': return PRIORITIES.map((p) => priorityJson(site, p));
    case 'resolution': return RESOLUTIONS.map((r) => resolutionJson(site, r));
    case 'issuetype': return ISSUE_TYPES.map((t) => issueTypeJson(site, t));
    case 'components':
      return site.projects.components(project.id).map((c) => ({ self: site.api(`/component/${c.id}`), id: String(c.id), name: c.name }));
    case 'select': case 'radiobuttons': case 'multiselect': case 'multicheckboxes':
      return site.fields.optionsOfField(def.id).filter((o) => !o.disabled)
        .map((o) => ({ self: site.api(`/customFieldOption/${o.id}`), value: o.value, id: String(o.id) }));
    default: return undefined;
  }
}

export function fieldMetadataJson(site: Site, def: FieldDef, project: ProjectRecord, required: boolean, withFieldId = false): Record<string, unknown> {
  const allowed = allowedValues(site, def, project);
  return {
    required,
    schema: def.schema ? { ...def.schema } : { type: 'any' },
    name: def.name,
    ...(withFieldId ? { fieldId: def.id } : {}),
    key: def.id,
    ...(def.id === 'assignee' || def.id === 'reporter' || def.customType === 'userpicker'
      ? { autoCompleteUrl: site.api(`/user/assignable/search?project=${project.key}&query=`) }
      : {}),
    hasDefaultValue: def.id === 'priority',
    operations: operationsOf(def),
    ...(allowed ? { allowedValues: allowed } : {}),
    ...(def.id === 'priority' ? { defaultValue: priorityJson(site, PRIORITIES[2] ?? PRIORITIES[0]!) } : {}),
  };
}
