// Renders one field of an issue as Jira's REST v3 JSON (users, options, statuses with self URLs; ADF as is;
// dates as `2026-01-17T12:34:00.000+0000`). Read-only.
import { findIssueType, findPriority, findResolution, findStatus } from '../../catalog';
import { formatJiraDate } from '../../format';
import type { IssueRecord } from '../../store/issues-store';
import { commentJson } from '../../views/comment-view';
import { issueTypeJson, priorityJson, projectRef, resolutionJson, statusJson } from '../../views/meta-view';
import { userRef } from '../../views/user-view';
import type { Site } from '../site';
import type { FieldDef } from './field-defs';
import { getValue } from './field-access';

function optionJson(site: Site, fieldId: string, id: unknown): Record<string, unknown> | null {
  const option = site.fields.option(Number(id));
  if (!option) return null;
  return { self: site.api(`/customFieldOption/${option.id}`), value: option.value, id: String(option.id) };
}

function renderCustom(site: Site, def: FieldDef, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (def.customType) {
    case 'datetime': return typeof value === 'number' ? formatJiraDate(value) : null;
    case 'select': case 'radiobuttons': return optionJson(site, def.id, value);
    case 'multiselect': case 'multicheckboxes':
      return Array.isArray(value) ? value.map((id) => optionJson(site, def.id, id)).filter((o) => o !== null) : null;
    case 'userpicker': return typeof value === 'string' ? userRef(site, value) : null;
    case 'multiuserpicker': return Array.isArray(value) ? value.map((id) => userRef(site, String(id))).filter((u) => u !== null) : null;
    default: return value;
  }
}

export function renderField(site: Site, issue: IssueRecord, def: FieldDef): unknown {
  if (def.custom) return renderCustom(site, def, getValue(issue, def.id));
  switch (def.id) {
    case 'summary': return issue.summary;
    case 'description': return issue.description;
    case 'issuetype': { const t = findIssueType(issue.issueTypeId); return t ? issueTypeJson(site, t) : null; }
    case 'project': { const p = site.projects.byId(issue.projectId); return p ? projectRef(site, p) : null; }
    case 'priority': { const p = issue.priorityId === null ? undefined : findPriority(issue.priorityId); return p ? priorityJson(site, p) : null; }
    case 'assignee': return userRef(site, issue.assignee);
    case 'reporter': return userRef(site, issue.reporter);
    case 'creator': return userRef(site, issue.creator);
    case 'labels': return [...issue.labels];
    case 'components': return issue.components.map((id) => {
      const c = site.projects.components(issue.projectId).find((x) => String(x.id) === id);
      return { self: site.api(`/component/${id}`), id, name: c?.name ?? id };
    });
    case 'status': { const s = findStatus(issue.statusId); return s ? statusJson(site, s) : null; }
    case 'resolution': { const r = issue.resolutionId === null ? undefined : findResolution(issue.resolutionId); return r ? resolutionJson(site, r) : null; }
    case 'resolutiondate': return issue.resolutionDate === null ? null : formatJiraDate(issue.resolutionDate);
    case 'created': return formatJiraDate(issue.created);
    case 'updated': return formatJiraDate(issue.updated);
    case 'comment': {
      const comments = site.comments.forIssue(issue.id).map((c) => commentJson(site, issue, c));
      return { comments, self: site.api(`/issue/${issue.id}/comment`), maxResults: comments.length, total: comments.length, startAt: 0 };
    }
    case 'attachment': return site.appConfig.attachments(issue.id).map((a) => ({
      self: site.api(`/attachment/${a.id}`), id: String(a.id), filename: a.filename, author: userRef(site, a.author),
      created: formatJiraDate(a.created), size: a.size, mimeType: a.mimeType, content: site.api(`/attachment/content/${a.id}`),
    }));
    default: return undefined;
  }
}

export function isAdfField(def: FieldDef): boolean {
  return def.id === 'description' || def.customType === 'textarea';
}
