// Jira's IssueBean: id/key/self, the selected `fields`, and the `expand` extras (renderedFields, names,
// schema, transitions, changelog = newest 100 histories, editmeta) plus requested `properties`.
import { adfToHtml, isAdfDoc } from '../adf';
import { allFields, type FieldDef } from '../domain/fields/field-defs';
import { fieldMetadataJson } from '../domain/fields/field-meta';
import { isAdfField, renderField } from '../domain/fields/field-render';
import { canSeeComment } from '../domain/comments';
import type { Caller } from '../domain/permissions';
import type { Site } from '../domain/site';
import { scalar } from '../format';
import { isRecord } from '../http/json-body';
import { availableTransitions, transitionJson } from '../domain/workflow';
import type { IssueRecord } from '../store/issues-store';
import { historyJson } from './changelog-view';
import type { FieldSelection } from './field-selection';

export type IssueBeanOptions = {
  readonly selection: FieldSelection;
  /** When given, role/group-restricted comments this caller may not see are left out. */
  readonly caller?: Caller;
  readonly expand: ReadonlySet<string>;
  readonly properties?: readonly string[];
  readonly expandValue?: string;
};

const GET_EXPAND = 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations';
export const EXPAND_CHANGELOG_LIMIT = 100;

export function issueBean(site: Site, issue: IssueRecord, opts: IssueBeanOptions): Record<string, unknown> {
  const defs = allFields(site).filter((d) => opts.selection.includes(d));
  const fields: Record<string, unknown> = {};
  for (const def of defs) fields[def.id] = renderField(site, issue, def) ?? null;
  if (opts.caller && isRecord(fields.comment)) fields.comment = visibleComments(site, issue, opts.caller, fields.comment);
  const bean: Record<string, unknown> = {
    expand: opts.expandValue ?? GET_EXPAND,
    id: String(issue.id),
    self: site.api(`/issue/${issue.id}`),
    key: issue.key,
  };
  if (opts.expand.has('renderedFields')) bean.renderedFields = renderedFields(site, issue, defs);
  if (opts.expand.has('names')) bean.names = Object.fromEntries(defs.map((d) => [d.id, d.name]));
  if (opts.expand.has('schema')) bean.schema = Object.fromEntries(defs.filter((d) => d.schema).map((d) => [d.id, { ...d.schema }]));
  if (opts.expand.has('transitions')) bean.transitions = availableTransitions(issue).map((t) => transitionJson(site, issue, t, false));
  if (opts.expand.has('editmeta')) bean.editmeta = editMeta(site, issue);
  if (opts.expand.has('changelog')) bean.changelog = newestHistories(site, issue);
  if (opts.properties && opts.properties.length > 0) bean.properties = selectProperties(site, issue, opts.properties);
  bean.fields = fields;
  return bean;
}

function visibleComments(site: Site, issue: IssueRecord, caller: Caller, page: Record<string, unknown>): Record<string, unknown> {
  const hidden = new Set(site.comments.forIssue(issue.id).filter((c) => !canSeeComment(site, caller, issue, c)).map((c) => String(c.id)));
  const comments = (Array.isArray(page.comments) ? page.comments : []).filter((c) => !(isRecord(c) && hidden.has(scalar(c.id))));
  return { ...page, comments, maxResults: comments.length, total: comments.length };
}

function renderedFields(site: Site, issue: IssueRecord, defs: readonly FieldDef[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const def of defs) {
    if (!isAdfField(def)) continue;
    const value = renderField(site, issue, def);
    out[def.id] = isAdfDoc(value) ? adfToHtml(value) : null;
  }
  return out;
}

function newestHistories(site: Site, issue: IssueRecord): Record<string, unknown> {
  const all = site.changelog.forIssue(issue.id);
  const newest = all.slice(-EXPAND_CHANGELOG_LIMIT).reverse();
  return { startAt: 0, maxResults: newest.length, total: all.length, histories: newest.map((h) => historyJson(site, h)) };
}

function editMeta(site: Site, issue: IssueRecord): Record<string, unknown> {
  const project = site.projects.byId(issue.projectId);
  const fields: Record<string, unknown> = {};
  if (project) {
    for (const f of site.screens.screenFields(1)) {
      const def = allFields(site).find((d) => d.id === f.fieldId);
      if (def) fields[def.id] = fieldMetadataJson(site, def, project, f.required || def.id === 'summary');
    }
  }
  return { fields };
}

function selectProperties(site: Site, issue: IssueRecord, requested: readonly string[]): Record<string, unknown> {
  const all = site.properties.all(issue.id);
  const excluded = new Set(requested.filter((k) => k.startsWith('-')).map((k) => k.slice(1)));
  const wantAll = requested.includes('*all');
  return Object.fromEntries(Object.entries(all).filter(([k]) => !excluded.has(k) && (wantAll || requested.includes(k))));
}
