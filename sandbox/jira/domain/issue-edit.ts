// PUT /issue and DELETE /issue: edit-screen fields only, EDIT_ISSUES (403 otherwise), change history and
// events through commitUpdate; delete needs DELETE_ISSUES and emits `avi:jira:deleted:issue`.
import { SCREEN } from '../catalog';
import { fieldErrors, forbidden } from '../http/errors';
import type { IssueRecord } from '../store/issues-store';
import { emitDeleted } from './events';
import { getValue, isEmptyValue } from './fields/field-access';
import { findField } from './fields/field-defs';
import { collectFieldInput } from './fields/field-input';
import { commitUpdate } from './issue-commit';
import { applyProperties } from './issue-properties';
import { hasProjectPermission, type Caller } from './permissions';
import type { Site } from './site';

export function editIssue(site: Site, caller: Caller, issue: IssueRecord, body: Record<string, unknown>): IssueRecord {
  if (!hasProjectPermission(site, caller, issue.projectId, 'EDIT_ISSUES')) {
    throw forbidden('You do not have permission to edit issues in this project.');
  }
  const project = site.projects.byId(issue.projectId);
  if (!project) throw fieldErrors({ project: 'valid project is required' });
  const screen = site.screens.screenFields(SCREEN.DEFAULT);
  const { draft, errors: missing } = collectFieldInput({ site, project }, issue, { fields: body.fields, update: body.update }, (id) => screen.some((f) => f.fieldId === id));
  if (draft.summary.trim() === '' && !missing.summary) missing.summary = 'You must specify a summary of the issue.';
  for (const f of screen.filter((x) => x.required)) {
    const touched = [body.fields, body.update].some((m) => typeof m === 'object' && m !== null && f.fieldId in m);
    if (touched && isEmptyValue(getValue(draft, f.fieldId)) && !missing[f.fieldId]) missing[f.fieldId] = `${findField(site, f.fieldId)?.name ?? f.fieldId} is required.`;
  }
  if (Object.keys(missing).length > 0) throw fieldErrors(missing);
  applyProperties(site, issue, body.properties);
  commitUpdate(site, caller, issue, draft);
  return site.issues.find(String(issue.id)) ?? draft;
}

export function deleteIssue(site: Site, caller: Caller, issue: IssueRecord): void {
  if (!hasProjectPermission(site, caller, issue.projectId, 'DELETE_ISSUES')) {
    throw forbidden('You do not have permission to delete issues in this project.');
  }
  site.issues.delete(issue.id);
  emitDeleted(site, caller, issue);
}
