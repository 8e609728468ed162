// The duplicate warning of the "File incident" form: open incidents of the same client in the template's
// project created in the last 24 hours, found through the indexed incident property (searched as the
// agent, so Jira's permissions apply). Never reveals more than keys, summaries and statuses.
import { BadRequestError, ConfigMissingError } from '../errors';
import type { JiraIssueView, JiraPort, KeyValueStore } from '../ports';
import { loadTemplates } from '../model/template/template-store';
import { cleanLine } from '../rules/template/sanitize-text';

/** The JQL alias of `linebridge.incident` → clientId (manifest.yml, jira:entityProperty). */
export const CLIENT_ID_ALIAS = 'linebridgeClientId';
export const DUPLICATE_LIMIT = 5;

/** A JQL string literal: backslashes and double quotes escaped. */
export function jqlString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export async function findDuplicateIncidents(
  deps: { store: KeyValueStore; jiraAsUser: JiraPort },
  templateId: string,
  rawClientId: string,
): Promise<JiraIssueView[]> {
  const clientId = cleanLine(rawClientId);
  if (clientId === '') return [];
  if (clientId.length > 100) throw new BadRequestError('clientId is too long');
  const { templates } = await loadTemplates(deps.store);
  const template = templates.find((t) => t.id === templateId);
  if (!template) throw new ConfigMissingError(`incident template ${templateId}`);
  const jql = [
    `project = ${jqlString(template.projectKey)}`,
    `${CLIENT_ID_ALIAS} = ${jqlString(clientId)}`,
    'statusCategory != Done',
    'created >= -24h',
  ].join(' AND ');
  return deps.jiraAsUser.searchIssues(`${jql} ORDER BY created DESC`, DUPLICATE_LIMIT);
}
