// An issue created in Jira's own create dialog (prefilled by the UI modification) becomes an incident like
// one filed from the form: its answers are read back from the description and the mapped custom fields,
// the `linebridge.incident` property is written, and the project's assignment rule applies. Idempotent:
// an issue that already has the property (filed by LineBridge, or adopted before) is left alone, the
// property write is a plain overwrite and assignIncident runs at most once per issue.
import type { Clock, KeyValueStore, Logger } from '../ports';
import type { CreatedIssueReader } from '../ports-incident';
import { INCIDENT_PROPERTY_KEY } from '../model/template/incident';
import { loadResolvedFields, loadTemplates } from '../model/template/template-store';
import type { AnswerValue } from '../model/template/types';
import { headingMatches, readBackAnswers, readBackFieldIds } from '../rules/template/read-back-answers';
import { renderCustomFields } from '../rules/template/render-fields';
import { assignIncident, type AssignDeps } from './assign-incident';
import type { AssignmentDecision } from '../rules/template/choose-assignee';

export type AdoptDeps = AssignDeps & { readonly reader: CreatedIssueReader; readonly store: KeyValueStore; readonly clock: Clock; readonly logger: Logger };

export type AdoptOutcome =
  | { readonly kind: 'skipped'; readonly why: 'alreadyIncident' | 'notServed' }
  | { readonly kind: 'adopted'; readonly templateId: string; readonly answered: readonly string[]; readonly assignment: AssignmentDecision | null };

/**
 * `hint` (project key from the event) only lets events of projects no template serves be dropped without a
 * Jira read; everything else is read from the issue itself (events may be stale or redelivered).
 */
export async function adoptCreatedIssue(deps: AdoptDeps, issueKey: string, hint: { readonly projectKey?: string } = {}): Promise<AdoptOutcome> {
  const set = await loadTemplates(deps.store);
  if (hint.projectKey !== undefined && !set.templates.some((t) => t.projectKey === hint.projectKey?.toUpperCase())) return { kind: 'skipped', why: 'notServed' };
  const resolved = await loadResolvedFields(deps.store);
  const fieldIds = [...new Set(set.templates.flatMap((t) => readBackFieldIds(t, resolved)))];
  const issue = await deps.reader.readCreatedIssue(issueKey, fieldIds);
  const serving = set.templates.filter((t) => t.projectKey === issue.projectKey.toUpperCase() && t.issueTypeName.toLowerCase() === issue.issueTypeName.toLowerCase());
  if (serving.length === 0) return { kind: 'skipped', why: 'notServed' };
  if (issue.incidentProperty !== undefined && issue.incidentProperty !== null) return { kind: 'skipped', why: 'alreadyIncident' };
  // The language variant whose headings the description carries (the dialog prefilled one of them).
  const template = [...serving].sort((a, b) => headingMatches(b, issue.fields.description) - headingMatches(a, issue.fields.description))[0];
  if (!template) return { kind: 'skipped', why: 'notServed' };
  const answers = readBackAnswers(template, issue.fields, resolved);
  const facts = renderCustomFields(template, answers, resolved).facts;
  await deps.assignment.setIssueProperty(issue.key, INCIDENT_PROPERTY_KEY, {
    templateId: template.id,
    templateVersion: set.version,
    source: 'createDialog',
    answered: Object.keys(answers),
    ...facts,
  });
  const clientId = facts.clientId;
  const assignment = issue.assigneeId
    ? null
    : await assignIncident(deps, { issueId: issue.id, issueKey: issue.key, projectKey: issue.projectKey, clientId: clientIdText(clientId) });
  deps.logger.info('create-dialog issue adopted', { issueKey: issue.key, templateId: template.id, answered: Object.keys(answers).length });
  return { kind: 'adopted', templateId: template.id, answered: Object.keys(answers), assignment };
}

const clientIdText = (v: AnswerValue | undefined): string | null => (v === undefined ? null : String(v));
