// This surface's only door to Forge: @forge/bridge (resolvers, context) and @forge/jira-bridge's
// workflowRules.onConfigure, which hands Jira the rule config (JSON) it stores on the validator.
import { createUiApi } from '@ui/bridge-client';
import { toLocale, type Locale } from '@shared/i18n';

export const api = createUiApi(async () => {
  const { invoke, view } = await import('@forge/bridge');
  return {
    invoke: (functionKey, payload) => invoke(functionKey, { ...payload }),
    getContext: () => view.getContext(),
    enableTheme: () => view.theme.enable(),
  };
});

/** The stored rule config (edit/view) and the user's language, from the validator's extension context. */
export async function validatorContext(): Promise<{ stored: unknown; locale: Locale }> {
  try {
    const { view } = await import('@forge/bridge');
    const context = (await view.getContext()) as { locale?: unknown; extension?: { validatorConfig?: unknown; config?: unknown } };
    const raw = context.extension?.validatorConfig ?? context.extension?.config;
    let stored: unknown = raw;
    if (typeof raw === 'string') {
      try { stored = JSON.parse(raw) as unknown; } catch { stored = undefined; }
    }
    return { stored, locale: toLocale(typeof context.locale === 'string' ? context.locale : undefined) };
  } catch {
    return { stored: undefined, locale: 'en' };
  }
}

/** Registers what Jira saves when the admin confirms the validator (the latest config wins). */
export async function onConfigure(config: () => string): Promise<void> {
  const { workflowRules } = await import('@forge/jira-bridge');
  await workflowRules.onConfigure(config);
}
