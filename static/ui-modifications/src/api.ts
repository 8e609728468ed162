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

/** Where the frame runs (`viewType`, and on the transition view the issue and transition), from Jira's context. */
export type ViewContext = { readonly viewType: string; readonly issueTypeName: string; readonly issueKey: string; readonly transitionId: string };

export async function viewContext(): Promise<ViewContext> {
  try {
    const { view } = await import('@forge/bridge');
    const ext = ((await view.getContext()) as { extension?: Record<string, unknown> }).extension ?? {};
    const pick = (v: unknown, key: string): string => (typeof v === 'object' && v !== null && typeof (v as Record<string, unknown>)[key] === 'string' ? String((v as Record<string, unknown>)[key]) : '');
    return { viewType: typeof ext.viewType === 'string' ? ext.viewType : '', issueTypeName: pick(ext.issueType, 'name'), issueKey: pick(ext.issue, 'key'), transitionId: pick(ext.issueTransition, 'id') };
  } catch {
    return { viewType: '', issueTypeName: '', issueKey: '', transitionId: '' };
  }
}

/** The issue's priority name as the user sees it (null when unknown): for rules bound to priorities. */
export async function issuePriority(issueKey: string): Promise<string | null> {
  try {
    const { requestJira } = await import('@forge/bridge');
    const res = await requestJira(`/rest/api/3/issue/${encodeURIComponent(issueKey)}?fields=priority`);
    if (!res.ok) return null;
    const json = (await res.json()) as { fields?: { priority?: { name?: unknown } | null } };
    return typeof json.fields?.priority?.name === 'string' ? json.fields.priority.name : null;
  } catch {
    return null;
  }
}
