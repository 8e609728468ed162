// What fileIncident does around Jira's create: explain a 400 caused by a deleted mapped field (naming the
// field and the fix), and assign the created issue by the project's rule without ever failing the filing.
import type { CreatedIssue, Logger } from '../ports';
import type { FieldCatalog } from '../ports-incident';
import type { FiledIncident } from '../model/template/incident';
import { TemplateFieldMissingError } from '../model/template/template-errors';
import type { Answers, ResolvedCustomFields, TemplateDefinition } from '../model/template/types';
import { jiraFieldIdOf } from '../rules/template/ui-modification-data';
import { assignIncident, type AssignDeps } from './assign-incident';

type FollowUpDeps = { readonly logger: Logger; readonly assign?: AssignDeps; readonly fieldCatalog?: FieldCatalog };

/** Jira refused fields the template maps: when one of them is gone from Jira, say which and how to fix it. */
export async function throwIfMappedFieldDeleted(deps: FollowUpDeps, template: TemplateDefinition, resolved: ResolvedCustomFields, refused: readonly string[]): Promise<void> {
  const mapped = template.mapping.customFields
    .map((m) => ({ field: template.fields.find((f) => f.id === m.fieldId), jiraId: jiraFieldIdOf(template, m.fieldId, resolved) }))
    .filter((m) => m.jiraId !== undefined && refused.includes(m.jiraId));
  if (!deps.fieldCatalog || mapped.length === 0) return;
  const existing = new Set((await deps.fieldCatalog.listFields().catch(() => [])).map((f) => f.id));
  if (existing.size === 0) return;
  const gone = mapped.find((m) => m.jiraId !== undefined && !existing.has(m.jiraId));
  if (gone?.jiraId) {
    deps.logger.warn('template maps a deleted Jira field', { templateId: template.id, fieldId: gone.jiraId });
    throw new TemplateFieldMissingError(gone.field?.label[template.locale] ?? gone.jiraId, gone.jiraId);
  }
}

/** The issue exists whatever happens here: an assignment failure is logged and reported, never thrown. */
export async function assignQuietly(deps: FollowUpDeps, template: TemplateDefinition, answers: Answers, issue: CreatedIssue): Promise<FiledIncident['assignment']> {
  if (!deps.assign) return undefined;
  const clientId = answers[template.fields.find((f) => f.type === 'clientId')?.id ?? ''];
  try {
    const decision = await assignIncident(deps.assign, {
      issueId: issue.id, issueKey: issue.key, projectKey: template.projectKey, clientId: clientId === undefined ? null : String(clientId),
    });
    return decision ? { accountId: decision.accountId, reason: decision.reason } : undefined;
  } catch (error) {
    deps.logger.warn('incident not assigned', { issueKey: issue.key, error: error instanceof Error ? error.name : 'unknown' });
    return { accountId: null, reason: 'failed' };
  }
}
