// The form's only door to Forge: @forge/bridge is loaded here and nowhere else in this surface, lazily, so
// a missing host bridge becomes a Result error or a `false`, never a blank iframe or an exception.
// (The follow-up's client ID comes through the resolver, as the agent, not through requestJira.)
import { createUiApi } from '@ui/bridge-client';

const bridge = () => import('@forge/bridge');

export const api = createUiApi(async () => {
  const { invoke, view } = await bridge();
  return {
    invoke: (functionKey, payload) => invoke(functionKey, { ...payload }),
    getContext: () => view.getContext(),
    enableTheme: () => view.theme.enable(),
  };
});

const ISSUE_KEY = /^[A-Z][A-Z0-9_]{0,254}-[1-9][0-9]{0,9}$/;

/** Opens `/browse/KEY` of this Jira site (a new tab, as Jira does for links out of an app). */
export async function openIssue(issueKey: string): Promise<boolean> {
  if (!ISSUE_KEY.test(issueKey)) return false;
  try {
    await (await bridge()).router.open(`/browse/${issueKey}`);
    return true;
  } catch (error) {
    console.warn(`[linebridge] could not open ${issueKey}: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

export type UploadOutcome = { readonly ok: true } | { readonly ok: false; readonly status: number };

/**
 * Attaches one file to the issue as the agent: requestJira with FormData (@forge/bridge sends the `file`
 * entry base64-encoded and Jira's frontend rebuilds the multipart request). One file per request: the
 * bridge keeps only one entry named `file`. Status 0: the bridge itself failed.
 */
export async function uploadAttachment(issueKey: string, file: File): Promise<UploadOutcome> {
  if (!ISSUE_KEY.test(issueKey)) return { ok: false, status: 400 };
  try {
    const form = new FormData();
    form.append('file', file, file.name);
    const res = await (await bridge()).requestJira(`/rest/api/3/issue/${issueKey}/attachments`, {
      method: 'POST',
      headers: { 'X-Atlassian-Token': 'no-check', Accept: 'application/json' },
      body: form,
    });
    return res.ok ? { ok: true } : { ok: false, status: res.status };
  } catch (error) {
    console.warn(`[linebridge] upload to ${issueKey} failed: ${error instanceof Error ? error.message : String(error)}`);
    return { ok: false, status: 0 };
  }
}
