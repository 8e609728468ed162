// This surface's only door to Forge: @forge/jira-bridge (UI modifications) and @forge/bridge (the user's
// locale), both imported lazily because jira-bridge reads the host bridge when its module loads.
import type { HookApi, UiModification, uiModificationsApi } from '@forge/jira-bridge';
import { toLocale, type Locale } from '@shared/i18n';

export type { HookApi, UiModification };

export type Hooks = typeof uiModificationsApi;

export async function loadHooks(): Promise<Hooks> {
  return (await import('@forge/jira-bridge')).uiModificationsApi;
}

export async function userLocale(): Promise<Locale> {
  try {
    const { view } = await import('@forge/bridge');
    const context = (await view.getContext()) as { locale?: unknown };
    return toLocale(typeof context.locale === 'string' ? context.locale : undefined);
  } catch {
    return 'en';
  }
}
