// The handoff panel's only door to Forge: @forge/bridge is loaded here and nowhere else in this surface.
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
