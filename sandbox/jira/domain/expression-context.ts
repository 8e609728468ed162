// Builds the Jira-expression view of stand-in entities (Issue, User, Project, Transition) following the
// Jira expressions type reference: numeric issue/project ids, Dates, RichText as {plainText}, lazy
// (expensive) comments/changelogs/properties. Read-only.
import { scalar } from '../format';
import { adfToText, isAdfDoc, type AdfDoc } from '../adf';
import { findCategory, findIssueType, findPriority, findResolution, findStatus, type TransitionDef } from '../catalog';
import type { IssueRecord } from '../store/issues-store';
import type { ProjectRecord } from '../store/projects-store';
import { customFieldDef } from './fields/field-defs';
import type { Site } from './site';

const rich = (doc: AdfDoc | null | undefined): Record<string, unknown> | null => (doc ? { plainText: adfToText(doc) } : null);

export function expressionUser(site: Site, accountId: string | null): Record<string, unknown> | null {
  const u = accountId === null ? undefined : site.users.get(accountId);
  if (!u) return null;
  return { accountId: u.accountId, displayName: u.displayName, timeZone: u.timeZone, locale: u.locale, active: u.active, accountType: u.accountType, properties: () => ({}) };
}

export function expressionProject(p: ProjectRecord): Record<string, unknown> {
  return { id: p.id, key: p.key, name: p.name, projectTypeKey: p.projectTypeKey, style: p.simplified ? 'next-gen' : 'classic', properties: () => ({}) };
}

export function expressionStatus(statusId: string): Record<string, unknown> | null {
  const s = findStatus(statusId);
  if (!s) return null;
  const c = findCategory(s.category);
  return { id: Number(s.id), name: s.name, category: c ? { id: c.id, key: c.key, name: c.name, colorName: c.colorName } : null };
}

function customValue(site: Site, type: string | undefined, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isAdfDoc(value)) return rich(value);
  const option = (id: unknown): Record<string, unknown> | null => {
    const o = site.fields.option(Number(id));
    return o ? { id: o.id, value: o.value } : null;
  };
  switch (type) {
    case 'datetime': return typeof value === 'number' ? new Date(value) : null;
    case 'select': case 'radiobuttons': return option(value);
    case 'multiselect': case 'multicheckboxes': return Array.isArray(value) ? value.map(option).filter((o) => o !== null) : [];
    case 'userpicker': return expressionUser(site, scalar(value));
    case 'multiuserpicker': return Array.isArray(value) ? value.map((id) => expressionUser(site, scalar(id))).filter((u) => u !== null) : [];
    default: return value;
  }
}

export function expressionIssue(site: Site, issue: IssueRecord): Record<string, unknown> {
  const project = site.projects.byId(issue.projectId);
  const type = findIssueType(issue.issueTypeId);
  const priority = issue.priorityId === null ? undefined : findPriority(issue.priorityId);
  const resolution = issue.resolutionId === null ? undefined : findResolution(issue.resolutionId);
  const custom: Record<string, unknown> = {};
  for (const f of site.fields.customFields()) custom[f.id] = customValue(site, customFieldDef(f).customType, issue.custom[f.id]);
  return {
    id: issue.id,
    key: issue.key,
    summary: issue.summary,
    description: rich(issue.description),
    status: expressionStatus(issue.statusId),
    issueType: type ? { id: type.id, name: type.name, subtask: false, hierarchyLevel: 0 } : null,
    priority: priority ? { id: priority.id, name: priority.name } : null,
    resolution: resolution ? { id: resolution.id, name: resolution.name, description: resolution.description } : null,
    assignee: expressionUser(site, issue.assignee),
    reporter: expressionUser(site, issue.reporter),
    creator: expressionUser(site, issue.creator),
    project: project ? expressionProject(project) : null,
    labels: [...issue.labels],
    components: issue.components.map((id) => ({ id: Number(id), name: site.projects.components(issue.projectId).find((c) => String(c.id) === id)?.name ?? id })),
    created: new Date(issue.created),
    updated: new Date(issue.updated),
    resolutionDate: issue.resolutionDate === null ? null : new Date(issue.resolutionDate),
    properties: () => site.properties.all(issue.id),
    comments: () => site.comments.forIssue(issue.id).map((c) => ({
      id: c.id, body: rich(c.body), author: expressionUser(site, c.author), created: new Date(c.created), updated: new Date(c.updated),
    })),
    changelogs: () => site.changelog.forIssue(issue.id).reverse().map((h) => ({
      id: String(h.id), author: expressionUser(site, h.author), created: new Date(h.created), items: h.items.map((i) => ({ ...i })),
    })),
    ...custom,
  };
}

export function expressionTransition(t: TransitionDef, fromStatusId: string): Record<string, unknown> {
  return { id: Number(t.id), name: t.name, hasScreen: t.screenId !== undefined, from: expressionStatus(fromStatusId), to: expressionStatus(t.to) };
}
