// Builds changelog items for a field change exactly as Jira records them: `field` is the system field id
// (or "Component", or the custom field's name), `fieldtype` jira|custom, `from`/`to` ids, `*String` text.
import { adfToText, isAdfDoc } from '../../adf';
import { findIssueType, findPriority, findResolution, findStatus } from '../../catalog';
import { formatJiraDate, scalar } from '../../format';
import type { ChangeItem } from '../../store/changelog-store';
import type { Site } from '../site';
import type { FieldDef } from './field-defs';

type Pair = { readonly id: string | null; readonly text: string | null };
const NONE: Pair = { id: null, text: null };

function userPair(site: Site, v: unknown): Pair {
  if (typeof v !== 'string') return NONE;
  return { id: v, text: site.users.get(v)?.displayName ?? v };
}

function optionText(site: Site, id: unknown): string {
  return site.fields.option(Number(id))?.value ?? scalar(id);
}

function describe(site: Site, def: FieldDef, v: unknown): Pair {
  if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) return NONE;
  if (isAdfDoc(v)) return { id: null, text: adfToText(v) };
  switch (def.custom ? def.customType : def.id) {
    case 'issuetype': return { id: scalar(v), text: findIssueType(scalar(v))?.name ?? scalar(v) };
    case 'priority': return { id: scalar(v), text: findPriority(scalar(v))?.name ?? scalar(v) };
    case 'status': return { id: scalar(v), text: findStatus(scalar(v))?.name ?? scalar(v) };
    case 'resolution': return { id: scalar(v), text: findResolution(scalar(v))?.name ?? scalar(v) };
    case 'assignee': case 'reporter': case 'userpicker': return userPair(site, v);
    case 'multiuserpicker': {
      const ids = Array.isArray(v) ? v.map(scalar) : [];
      return { id: `[${ids.join(', ')}]`, text: ids.map((id) => site.users.get(id)?.displayName ?? id).join(', ') };
    }
    case 'labels': return { id: null, text: Array.isArray(v) ? v.join(' ') : scalar(v) };
    case 'select': case 'radiobuttons': return { id: scalar(v), text: optionText(site, v) };
    case 'multiselect': case 'multicheckboxes': {
      const ids = Array.isArray(v) ? v.map(scalar) : [];
      return { id: `[${ids.join(', ')}]`, text: ids.map((id) => optionText(site, id)).join(',') };
    }
    case 'datetime': return typeof v === 'number' ? { id: formatJiraDate(v), text: formatJiraDate(v) } : NONE;
    case 'datepicker': return { id: scalar(v), text: scalar(v) };
    case 'float': return { id: null, text: scalar(v) };
    default: return { id: null, text: scalar(v) };
  }
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function changeItems(site: Site, def: FieldDef, before: unknown, after: unknown): ChangeItem[] {
  if (same(before, after)) return [];
  if (def.id === 'components') return componentItems(site, before, after);
  const from = describe(site, def, before);
  const to = describe(site, def, after);
  return [{
    field: def.custom ? def.name : def.id,
    fieldtype: def.custom ? 'custom' : 'jira',
    fieldId: def.id,
    from: from.id,
    fromString: from.text,
    to: to.id,
    toString: to.text,
  }];
}

/** Jira records one "Component" item per added or removed component. */
function componentItems(site: Site, before: unknown, after: unknown): ChangeItem[] {
  const a = Array.isArray(before) ? before.map(scalar) : [];
  const b = Array.isArray(after) ? after.map(scalar) : [];
  const name = (id: string): string => {
    const row = site.db.get<{ name: string }>('SELECT name FROM jira_components WHERE id = ?', [Number(id)]);
    return row?.name ?? id;
  };
  const base = { field: 'Component', fieldtype: 'jira' as const, fieldId: 'components' };
  return [
    ...a.filter((id) => !b.includes(id)).map((id) => ({ ...base, from: id, fromString: name(id), to: null, toString: null })),
    ...b.filter((id) => !a.includes(id)).map((id) => ({ ...base, from: null, fromString: null, to: id, toString: name(id) })),
  ];
}
