// POST /issue/{key}/transitions: the transition must be available, only its screen's fields may be set,
// required screen fields must end up non-empty, then the workflow validators run; resolution follows the
// target status category (done sets "Done" + resolutiondate, leaving done clears both). A comment typed on the
// transition screen (`update.comment: [{add: {body}}]`) is seen by the validators (id null) and added after the move.
import type { AdfDoc } from '../adf';
import { scalar } from '../format';
import { DONE_RESOLUTION_ID, findStatus, type TransitionDef } from '../catalog';
import { badRequest, fieldErrors } from '../http/errors';
import { isRecord } from '../http/json-body';
import type { IssueRecord } from '../store/issues-store';
import { getValue, isEmptyValue, type Mutable } from './fields/field-access';
import { findField } from './fields/field-defs';
import { collectFieldInput } from './fields/field-input';
import { addComment, parseBody } from './comments';
import { commitUpdate } from './issue-commit';
import { hasProjectPermission, type Caller } from './permissions';
import type { Site } from './site';
import { runWorkflowValidators } from './validators';
import { availableTransitions, screenFields } from './workflow';

function pickTransition(issue: IssueRecord, raw: unknown): TransitionDef {
  const id = isRecord(raw) ? raw.id : undefined;
  if (scalar(id) === '') throw badRequest("Missing 'transition' identifier");
  const t = availableTransitions(issue).find((x) => x.id === scalar(id));
  if (!t) throw badRequest(`Transition id '${scalar(id)}' is not valid for this issue.`);
  return t;
}

function withResolution(issue: IssueRecord, target: TransitionDef, now: number): IssueRecord {
  const next: Mutable<IssueRecord> = { ...issue, statusId: target.to };
  const done = findStatus(target.to)?.category === 'done';
  if (done) {
    next.resolutionId = issue.resolutionId ?? DONE_RESOLUTION_ID;
    next.resolutionDate = issue.resolutionDate ?? now;
  } else {
    next.resolutionId = null;
    next.resolutionDate = null;
  }
  return next;
}

/** Splits the transition comment off `update` (it is no screen field); refuses anything but `add` with an ADF body. */
function takeComments(update: unknown): { update: unknown; comments: AdfDoc[] } {
  if (!isRecord(update) || update.comment === undefined) return { update, comments: [] };
  const { comment, ...rest } = update;
  if (!Array.isArray(comment)) throw fieldErrors({ comment: 'Operation must be an array' });
  const comments = comment.map((op) => {
    if (!isRecord(op) || !isRecord(op.add) || Object.keys(op).length !== 1) throw fieldErrors({ comment: "Field 'comment' does not support this operation. Supported operation(s) are: 'add'" });
    return parseBody(op.add.body);
  });
  return { update: rest, comments };
}

export function transitionIssue(site: Site, caller: Caller, issue: IssueRecord, body: Record<string, unknown>): void {
  if (!hasProjectPermission(site, caller, issue.projectId, 'TRANSITION_ISSUES')) {
    throw badRequest('You do not have permission to transition this issue.');
  }
  const transition = pickTransition(issue, body.transition);
  const project = site.projects.byId(issue.projectId);
  if (!project) throw badRequest('valid project is required');
  const screen = screenFields(site, transition);
  const { update, comments } = takeComments(body.update);
  if (comments.length > 0 && !hasProjectPermission(site, caller, issue.projectId, 'ADD_COMMENTS')) throw badRequest('You do not have the permission to comment on this issue.');
  const { draft, errors: missing } = collectFieldInput({ site, project }, issue, { fields: body.fields, update }, (id) => screen.some((f) => f.fieldId === id));
  for (const f of screen.filter((x) => x.required)) {
    if (isEmptyValue(getValue(draft, f.fieldId)) && !missing[f.fieldId]) missing[f.fieldId] = `${findField(site, f.fieldId)?.name ?? f.fieldId} is required.`;
  }
  if (Object.keys(missing).length > 0) throw fieldErrors(missing);
  const failure = runWorkflowValidators(site, caller, { project, transition, original: issue, draft, pendingComments: comments });
  if (failure !== undefined) throw badRequest(failure);
  commitUpdate(site, caller, issue, withResolution(draft, transition, site.now()));
  for (const comment of comments) addComment(site, caller, site.issues.find(String(issue.id)) ?? issue, { body: comment });
}
