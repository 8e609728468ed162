// The saved templates checked against Jira's live field list: answers mapped to Jira fields that no longer
// exist (deleted after provisioning, or picked by id) are reported by editor path, so the templates editor
// can flag them before an agent meets the error at filing. Read-only; the field list is read as the app.
import type { KeyValueStore } from '../ports';
import type { FieldCatalog } from '../ports-incident';
import type { FieldErrors } from '../model/template/input-reader';
import { loadResolvedFields, loadTemplates } from '../model/template/template-store';
import { validateTemplates } from '../rules/template/validate-template';

export type CheckDeps = { readonly store: KeyValueStore; readonly fields: FieldCatalog };

export type TemplatesCheck = { readonly version: number; readonly errors: FieldErrors };

export async function checkTemplatesAgainstJira(deps: CheckDeps): Promise<TemplatesCheck> {
  const [set, resolved, fields] = await Promise.all([loadTemplates(deps.store), loadResolvedFields(deps.store), deps.fields.listFields()]);
  const errors: FieldErrors = {};
  validateTemplates(set.templates, errors, { knownFieldIds: fields.map((f) => f.id), resolved });
  // Only the live check matters here: structural errors cannot be in a saved version.
  const live = Object.fromEntries(Object.entries(errors).filter(([, key]) => key === 'template.error.deletedJiraField' || key === 'template.error.unprovisionedField'));
  return { version: set.version, errors: live };
}
