// The issue panel's only door to Forge: @forge/bridge is loaded here and nowhere else in this surface.
// It is imported lazily so that a missing host bridge becomes a Result error, not a blank iframe.
import { createUiApi } from '@ui/bridge-client';

export const api = createUiApi(async () => {
  const { invoke, view } = await import('@forge/bridge');
  return {
    invoke: (functionKey, payload) => invoke(functionKey, { ...payload }),
    getContext: () => view.getContext(),
    enableTheme: () => view.theme.enable(),
  };
});

/**
 * Calls `listener` when Jira says the issue changed (JIRA_ISSUE_CHANGED, issue-view modules only).
 * Resolves to an unsubscribe function; a host without events resolves to a no-op (never rejects).
 */
export async function onIssueChanged(listener: () => void): Promise<() => void> {
  try {
    const { events } = await import('@forge/bridge');
    const subscription = await events.on('JIRA_ISSUE_CHANGED', () => listener());
    return () => subscription.unsubscribe();
  } catch (error) {
    console.warn(`[linebridge] issue-changed events unavailable: ${error instanceof Error ? error.message : String(error)}`);
    return () => undefined;
  }
}
