// The templates the "File incident" form offers: one per project and issue type, in the agent's language
// when the admin wrote one (else the first language given), limited to a project when the form has one.
import type { Locale } from '../../shared/i18n';
import { isAppError } from '../errors';
import type { IssuePropertyReader, KeyValueStore } from '../ports';
import { INCIDENT_PROPERTY_KEY } from '../model/template/incident';
import { isRecord } from '../model/template/input-reader';
import { loadTemplates, selectTemplate } from '../model/template/template-store';
import type { TemplateDefinition } from '../model/template/types';

export type IncidentTemplateChoice = {
  readonly version: number;
  readonly templates: readonly TemplateDefinition[];
  readonly selectedId: string | null;
};

export async function listIncidentTemplates(deps: { store: KeyValueStore }, query: { projectKey?: string; locale: Locale }): Promise<IncidentTemplateChoice> {
  const set = await loadTemplates(deps.store);
  const project = query.projectKey?.toUpperCase();
  const slots = new Map<string, TemplateDefinition>();
  for (const t of set.templates) {
    if (project !== undefined && t.projectKey !== project) continue;
    const slot = `${t.projectKey}/${t.issueTypeName.toLowerCase()}`;
    if (slots.has(slot)) continue;
    const chosen = selectTemplate(set.templates, { projectKey: t.projectKey, issueTypeName: t.issueTypeName, locale: query.locale });
    if (chosen) slots.set(slot, chosen);
  }
  const templates = [...slots.values()];
  return { version: set.version, templates, selectedId: templates[0]?.id ?? null };
}

/**
 * The client ID LineBridge recorded on the issue a follow-up continues (its incident property), read as the
 * agent. Only a convenience for the form: any refusal (no property, no access) just means "not known".
 */
export async function followUpClientId(reader: IssuePropertyReader, issueKey: string): Promise<string | null> {
  try {
    const value = await reader.getIssueProperty(issueKey, INCIDENT_PROPERTY_KEY);
    const id = isRecord(value) ? value.clientId : undefined;
    return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
  } catch (error) {
    if (isAppError(error)) return null;
    throw error;
  }
}
