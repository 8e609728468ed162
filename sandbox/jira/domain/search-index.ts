// Adapts the stand-in's storage to the JQL module's ports: a flat JqlIssueView per issue and a JqlResolver
// for names (projects, statuses, users, custom fields, `jira:entityProperty` aliases). Read-only.
import { adfToText, isAdfDoc } from '../adf';
import { findIssueType, findPriority, findResolution, findStatus, ISSUE_TYPES, PRIORITIES, RESOLUTIONS, STATUSES } from '../catalog';
import type { JqlCustomField, JqlCustomFieldType, JqlIssueView, JqlResolver, JqlUserView } from '../jql/index';
import type { IssueRecord } from '../store/issues-store';
import { customFieldDef } from './fields/field-defs';
import type { Site } from './site';

export type EntityPropertyIndex = {
  readonly propertyKey: string;
  readonly entityType?: string;
  readonly values: readonly { readonly path: string; readonly type: 'number' | 'string' | 'text' | 'user' | 'date'; readonly searchAlias?: string }[];
};

const JQL_TYPES: Readonly<Record<string, JqlCustomFieldType>> = {
  textfield: 'text', textarea: 'text', readonlyfield: 'text', url: 'text', float: 'number', datepicker: 'date', datetime: 'datetime',
  select: 'option', radiobuttons: 'option', multiselect: 'option', multicheckboxes: 'option', userpicker: 'user', multiuserpicker: 'user', labels: 'labels',
};

function userView(site: Site, accountId: string | null): JqlUserView | null {
  const u = accountId === null ? undefined : site.users.get(accountId);
  return u ? { accountId: u.accountId, displayName: u.displayName, ...(u.email ? { emailAddress: u.email } : {}) } : null;
}

function customValue(site: Site, type: string | undefined, value: unknown): unknown {
  if (isAdfDoc(value)) return adfToText(value);
  if (type === 'select' || type === 'radiobuttons') return site.fields.option(Number(value))?.value ?? null;
  if (type === 'multiselect' || type === 'multicheckboxes') {
    return Array.isArray(value) ? value.map((id) => site.fields.option(Number(id))?.value).filter((v) => v !== undefined) : [];
  }
  return value;
}

/** Custom field types by id, computed once per search. */
export function customTypes(site: Site): ReadonlyMap<string, string | undefined> {
  return new Map(site.fields.customFields().map((f) => [f.id, customFieldDef(f).customType]));
}

export function issueView(site: Site, issue: IssueRecord, types: ReadonlyMap<string, string | undefined> = customTypes(site)): JqlIssueView {
  const status = findStatus(issue.statusId);
  const customFields: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(issue.custom)) customFields[id] = customValue(site, types.get(id), value);
  let comments: string[] | undefined;
  let properties: Record<string, unknown> | undefined;
  return {
    id: String(issue.id),
    key: issue.key,
    projectKey: site.projects.byId(issue.projectId)?.key ?? '',
    status: status?.name ?? issue.statusId,
    statusCategoryKey: status?.category ?? 'undefined',
    priority: issue.priorityId === null ? null : findPriority(issue.priorityId)?.name ?? null,
    issueType: findIssueType(issue.issueTypeId)?.name ?? issue.issueTypeId,
    assignee: userView(site, issue.assignee),
    reporter: userView(site, issue.reporter),
    labels: issue.labels,
    created: issue.created,
    updated: issue.updated,
    resolved: issue.resolutionDate,
    resolution: issue.resolutionId === null ? null : findResolution(issue.resolutionId)?.name ?? null,
    summary: issue.summary,
    description: issue.description ? adfToText(issue.description) : null,
    // Loaded only when a clause reads them (comment ~, text ~, issue.property[...]).
    get comments(): readonly string[] {
      comments ??= site.comments.forIssue(issue.id).map((c) => adfToText(c.body));
      return comments;
    },
    customFields,
    get properties(): Readonly<Record<string, unknown>> {
      properties ??= site.properties.all(issue.id);
      return properties;
    },
  };
}

const byIdOrName = <T extends { id: string; name: string }>(list: readonly T[], v: string): T | undefined =>
  list.find((x) => x.id === v || x.name.toLowerCase() === v.toLowerCase());

export function jqlResolver(site: Site, currentUser: string | null, indexes: readonly EntityPropertyIndex[]): JqlResolver {
  const issueIndexes = indexes.filter((i) => (i.entityType ?? 'issue') === 'issue');
  return {
    now: () => site.now(),
    currentUser: () => currentUser,
    findProject: (v) => site.projects.find(v)?.key ?? site.projects.all().find((p) => p.name.toLowerCase() === v.toLowerCase())?.key ?? null,
    findStatus: (v) => byIdOrName(STATUSES, v)?.name ?? null,
    findPriority: (v) => {
      const p = byIdOrName(PRIORITIES, v);
      return p ? { name: p.name, sequence: Number(p.id) } : null;
    },
    findIssueType: (v) => byIdOrName(ISSUE_TYPES, v)?.name ?? null,
    findResolution: (v) => byIdOrName(RESOLUTIONS, v)?.name ?? null,
    findUsers: (v) => site.users.all()
      .filter((u) => u.accountId === v || u.displayName.toLowerCase() === v.toLowerCase() || (u.email ?? '').toLowerCase() === v.toLowerCase())
      .map((u) => u.accountId),
    findCustomField: (nameOrId) => findCustomField(site, nameOrId),
    findPropertyAlias: (name) => {
      for (const idx of issueIndexes) {
        const v = idx.values.find((x) => x.searchAlias?.toLowerCase() === name.toLowerCase());
        if (v) return { key: idx.propertyKey, path: v.path, type: v.type };
      }
      return null;
    },
    propertyType: (key, path) => issueIndexes.find((i) => i.propertyKey === key)?.values.find((v) => v.path === path)?.type ?? null,
    issueExists: (keyOrId) => site.issues.find(keyOrId) !== undefined,
  };
}

function findCustomField(site: Site, nameOrId: string): JqlCustomField | null {
  const id = /^\d+$/.test(nameOrId) ? `customfield_${nameOrId}` : nameOrId;
  const record = site.fields.customFields().find((f) => f.id === id || f.name.toLowerCase() === nameOrId.toLowerCase());
  if (!record) return null;
  const def = customFieldDef(record);
  const type = JQL_TYPES[def.customType ?? ''] ?? 'text';
  const options = type === 'option' ? site.fields.optionsOfField(def.id).map((o) => o.value) : undefined;
  return { id: def.id, name: def.name, type, ...(options ? { options } : {}) };
}
