// POST /issue: resolves project and issue type, applies the create screen's fields with Jira's messages,
// assigns the next key, stores the issue (no change history, as in Jira) and emits `avi:jira:created:issue`.
import { scalar } from '../format';
import { DEFAULT_PRIORITY_ID, findIssueType, INITIAL_STATUS_ID, SCREEN } from '../catalog';
import { fieldErrors } from '../http/errors';
import { isRecord } from '../http/json-body';
import type { IssueRecord } from '../store/issues-store';
import { nextId } from '../store/schema';
import { emitCreated } from './events';
import { isEmptyValue, getValue } from './fields/field-access';
import { findField } from './fields/field-defs';
import { collectFieldInput } from './fields/field-input';
import { hasProjectPermission, type Caller } from './permissions';
import type { Site } from './site';
import { applyProperties } from './issue-properties';

function resolveProject(site: Site, raw: unknown): ReturnType<Site['projects']['find']> {
  if (!isRecord(raw)) return undefined;
  const idOrKey = raw.id ?? raw.key;
  return typeof idOrKey === 'string' || typeof idOrKey === 'number' ? site.projects.find(String(idOrKey)) : undefined;
}

export function createIssue(site: Site, caller: Caller, body: Record<string, unknown>): IssueRecord {
  const fields = isRecord(body.fields) ? body.fields : {};
  const project = resolveProject(site, fields.project);
  const errors: Record<string, string> = {};
  if (fields.project === undefined) errors.project = 'Specify a valid project ID or key';
  else if (!project) errors.project = 'valid project is required';
  else if (!hasProjectPermission(site, caller, project.id, 'CREATE_ISSUES')) errors.project = 'You do not have permission to create issues in this project.';
  const typeRaw = fields.issuetype;
  const typeId = isRecord(typeRaw) ? scalar(typeRaw.id) : '';
  const typeByName = isRecord(typeRaw) && typeof typeRaw.name === 'string' ? typeRaw.name : undefined;
  const issueType = findIssueType(typeId) ?? (typeByName ? findIssueTypeByName(typeByName) : undefined);
  if (typeRaw === undefined) errors.issuetype = 'Specify an issue type';
  else if (!issueType) errors.issuetype = 'valid issue type is required';
  if (!project || !issueType || Object.keys(errors).length > 0) throw fieldErrors(errors);

  const now = site.now();
  const blank: IssueRecord = {
    id: 0, projectId: project.id, key: '', issueTypeId: issueType.id, summary: '', description: null, statusId: INITIAL_STATUS_ID,
    priorityId: DEFAULT_PRIORITY_ID, assignee: null, reporter: caller.accountId, creator: caller.accountId, labels: [], components: [],
    resolutionId: null, resolutionDate: null, created: now, updated: now, custom: {},
  };
  const screen = site.screens.screenFields(SCREEN.DEFAULT);
  const onScreen = (id: string): boolean => id === 'project' || id === 'issuetype' || screen.some((f) => f.fieldId === id);
  const rest = { ...fields };
  delete rest.project;
  delete rest.issuetype;
  const { draft, errors: missing } = collectFieldInput({ site, project }, blank, { fields: rest, update: body.update }, onScreen);
  if (draft.summary.trim() === '' && !missing.summary) missing.summary = 'You must specify a summary of the issue.';
  for (const f of screen.filter((x) => x.required)) {
    if (isEmptyValue(getValue(draft, f.fieldId)) && !missing[f.fieldId]) missing[f.fieldId] = `${findField(site, f.fieldId)?.name ?? f.fieldId} is required.`;
  }
  if (Object.keys(missing).length > 0) throw fieldErrors(missing);

  const issue: IssueRecord = site.db.transaction(() => {
    const created = { ...draft, id: nextId(site.db, 'issue'), key: `${project.key}-${site.projects.nextIssueNumber(project.id)}` };
    site.issues.insert(created);
    applyProperties(site, created, body.properties);
    return created;
  });
  emitCreated(site, caller, issue);
  return issue;
}

function findIssueTypeByName(name: string): ReturnType<typeof findIssueType> {
  return ['10001', '10002', '10003'].map((id) => findIssueType(id)).find((t) => t?.name.toLowerCase() === name.toLowerCase());
}
