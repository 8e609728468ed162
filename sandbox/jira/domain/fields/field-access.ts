// Reads and writes one field's internal value on an IssueRecord (system columns or the custom map).
// Values are already validated when they reach setValue; this file never validates or renders.
import type { AdfDoc } from '../../adf';
import type { IssueRecord } from '../../store/issues-store';

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function getValue(issue: IssueRecord, fieldId: string): unknown {
  switch (fieldId) {
    case 'summary': return issue.summary;
    case 'description': return issue.description;
    case 'issuetype': return issue.issueTypeId;
    case 'project': return String(issue.projectId);
    case 'priority': return issue.priorityId;
    case 'assignee': return issue.assignee;
    case 'reporter': return issue.reporter;
    case 'creator': return issue.creator;
    case 'labels': return issue.labels;
    case 'components': return issue.components;
    case 'status': return issue.statusId;
    case 'resolution': return issue.resolutionId;
    case 'resolutiondate': return issue.resolutionDate;
    case 'created': return issue.created;
    case 'updated': return issue.updated;
    default: return fieldId.startsWith('customfield_') ? (issue.custom[fieldId] ?? null) : undefined;
  }
}

const asStringOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const asStringArray = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export function setValue(issue: IssueRecord, fieldId: string, value: unknown): IssueRecord {
  const next: Mutable<IssueRecord> = { ...issue };
  switch (fieldId) {
    case 'summary': next.summary = typeof value === 'string' ? value : issue.summary; break;
    case 'description': next.description = (value ?? null) as AdfDoc | null; break;
    case 'issuetype': next.issueTypeId = typeof value === 'string' ? value : issue.issueTypeId; break;
    case 'priority': next.priorityId = asStringOrNull(value); break;
    case 'assignee': next.assignee = asStringOrNull(value); break;
    case 'reporter': next.reporter = asStringOrNull(value); break;
    case 'labels': next.labels = asStringArray(value); break;
    case 'components': next.components = asStringArray(value); break;
    case 'status': next.statusId = typeof value === 'string' ? value : issue.statusId; break;
    case 'resolution': next.resolutionId = asStringOrNull(value); break;
    case 'resolutiondate': next.resolutionDate = typeof value === 'number' ? value : null; break;
    default: {
      if (!fieldId.startsWith('customfield_')) return issue;
      const custom = { ...issue.custom };
      if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) delete custom[fieldId];
      else custom[fieldId] = value;
      next.custom = custom;
    }
  }
  return next;
}

/** Jira's notion of "has a value" for required-field checks. */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && (value as { type?: unknown }).type === 'doc') {
    const content = (value as { content?: unknown }).content;
    return !Array.isArray(content) || content.length === 0;
  }
  return false;
}
