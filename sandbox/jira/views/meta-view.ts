// JSON shapes of the site's catalog entities (status, status category, priority, issue type, resolution,
// project) with `self` URLs from the base URL.
import { findCategory, type IssueTypeDef, type PriorityDef, type ResolutionDef, type StatusCategoryDef, type StatusDef } from '../catalog';
import type { Site } from '../domain/site';
import type { ProjectRecord } from '../store/projects-store';
import { avatarUrls, userRef } from './user-view';

export function categoryJson(site: Site, c: StatusCategoryDef): Record<string, unknown> {
  return { self: site.api(`/statuscategory/${c.id}`), id: c.id, key: c.key, colorName: c.colorName, name: c.name };
}

export function statusJson(site: Site, s: StatusDef): Record<string, unknown> {
  const category = findCategory(s.category);
  return {
    self: site.api(`/status/${s.id}`),
    description: s.description,
    iconUrl: `${site.baseUrl}/images/icons/statuses/${s.icon}`,
    name: s.name,
    id: s.id,
    ...(category ? { statusCategory: categoryJson(site, category) } : {}),
  };
}

export function priorityJson(site: Site, p: PriorityDef, full = false): Record<string, unknown> {
  const base = { self: site.api(`/priority/${p.id}`), iconUrl: `${site.baseUrl}/images/icons/priorities/${p.icon}`, name: p.name, id: p.id };
  return full ? { ...base, statusColor: p.statusColor, description: p.description, isDefault: p.id === '3' } : base;
}

export function issueTypeJson(site: Site, t: IssueTypeDef): Record<string, unknown> {
  return {
    self: site.api(`/issuetype/${t.id}`),
    id: t.id,
    description: t.description,
    iconUrl: `${site.baseUrl}/rest/api/2/universal_avatar/view/type/issuetype/avatar/${t.avatarId}?size=medium`,
    name: t.name,
    subtask: false,
    avatarId: t.avatarId,
    hierarchyLevel: 0,
  };
}

export function resolutionJson(site: Site, r: ResolutionDef): Record<string, unknown> {
  return { self: site.api(`/resolution/${r.id}`), id: r.id, description: r.description, name: r.name };
}

export function projectRef(site: Site, p: ProjectRecord): Record<string, unknown> {
  return {
    self: site.api(`/project/${p.id}`),
    id: String(p.id),
    key: p.key,
    name: p.name,
    projectTypeKey: p.projectTypeKey,
    simplified: p.simplified,
    avatarUrls: avatarUrls(site, `project-${p.key}`),
  };
}

export function projectJson(site: Site, p: ProjectRecord, issueTypes: readonly IssueTypeDef[]): Record<string, unknown> {
  return {
    expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
    ...projectRef(site, p),
    description: p.description,
    lead: userRef(site, p.leadAccountId),
    components: site.projects.components(p.id).map((c) => ({ self: site.api(`/component/${c.id}`), id: String(c.id), name: c.name, description: c.description })),
    issueTypes: issueTypes.map((t) => issueTypeJson(site, t)),
    assigneeType: 'UNASSIGNED',
    versions: [],
    roles: {
      Administrators: site.api(`/project/${p.id}/role/10002`),
      Members: site.api(`/project/${p.id}/role/10001`),
      Viewers: site.api(`/project/${p.id}/role/10003`),
    },
    style: p.simplified ? 'next-gen' : 'classic',
    isPrivate: false,
    properties: {},
  };
}
