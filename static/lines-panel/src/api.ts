// The panel's only door to Forge: @forge/bridge is loaded here and nowhere else in this surface, lazily,
// so a missing host bridge becomes a Result error or a `false`, never a blank iframe or an exception.
import { createUiApi } from '@ui/bridge-client';
import { toSurface, type GadgetConfig, type Surface } from './surface';

const bridge = () => import('@forge/bridge');

export const api = createUiApi(async () => {
  const { invoke, view } = await bridge();
  return {
    invoke: (functionKey, payload) => invoke(functionKey, { ...payload }),
    getContext: () => view.getContext(),
    enableTheme: () => view.theme.enable(),
  };
});

const warn = (what: string, error: unknown): void => console.warn(`[linebridge] ${what}: ${error instanceof Error ? error.message : String(error)}`);

/** Which surface this frame is (page, gadget view or gadget edit) and the gadget's saved configuration. */
export async function surface(): Promise<Surface> {
  try {
    return toSurface(await (await bridge()).view.getContext());
  } catch (error) {
    warn('context unavailable', error);
    return toSurface(null);
  }
}

/** Saves the gadget configuration and returns the gadget to its view (Jira's edit mode). */
export async function submitGadget(config: GadgetConfig): Promise<boolean> {
  try {
    await (await bridge()).view.submit({ ...config });
    return true;
  } catch (error) {
    warn('gadget save failed', error);
    return false;
  }
}

export async function closeGadget(): Promise<void> {
  try {
    await (await bridge()).view.close();
  } catch (error) {
    warn('gadget close failed', error);
  }
}

/** Opens a path of this Jira site (the issue navigator with a JQL query, the full panel). */
export async function navigateTo(path: string): Promise<boolean> {
  if (!path.startsWith('/')) return false;
  try {
    await (await bridge()).router.navigate(path);
    return true;
  } catch (error) {
    warn(`could not open ${path}`, error);
    return false;
  }
}
