// Loads what Jira's create dialog needs: the projects, a project's issue types and the create-screen
// fields of one issue type (createmeta), read as the signed-in user.
import { fieldFromMeta, type FormField } from '../forms/field-model';
import { requestJira } from '../host/host-client';
import { asArray, asRecord, asString, type Json } from '../json';

export type Named = { readonly id: string; readonly key?: string; readonly name: string; readonly raw: Json };
const HIDDEN = new Set(['project', 'issuetype']);

export async function loadProjects(): Promise<Named[]> {
  const res = await requestJira('/rest/api/3/project/search?maxResults=50');
  return asArray(asRecord(res.body).values).map((p) => ({ id: asString(asRecord(p).id), key: asString(asRecord(p).key), name: asString(asRecord(p).name), raw: asRecord(p) }));
}

export async function loadIssueTypes(projectIdOrKey: string): Promise<Named[]> {
  const res = await requestJira(`/rest/api/3/issue/createmeta/${encodeURIComponent(projectIdOrKey)}/issuetypes`);
  return asArray(asRecord(res.body).issueTypes).map((t) => ({ id: asString(asRecord(t).id), name: asString(asRecord(t).name), raw: asRecord(t) }));
}

export async function loadCreateFields(projectIdOrKey: string, issueTypeId: string): Promise<FormField[]> {
  const res = await requestJira(`/rest/api/3/issue/createmeta/${encodeURIComponent(projectIdOrKey)}/issuetypes/${encodeURIComponent(issueTypeId)}?maxResults=200`);
  const fields = asArray(asRecord(res.body).fields)
    .map((m) => fieldFromMeta(asString(asRecord(m).fieldId) || asString(asRecord(m).key), m))
    .filter((f) => !HIDDEN.has(f.fieldId));
  const rank = (f: FormField): number => (f.fieldId === 'summary' ? 0 : f.fieldId === 'description' ? 1 : 2);
  return fields.sort((a, b) => rank(a) - rank(b));
}
