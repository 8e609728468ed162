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
