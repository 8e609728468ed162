// Starts a surface: CSS reset, Jira theming, the Forge context (locale, time zone, issue) and the
// i18n provider, then renders the surface's App. Shared by every static/<surface>/src/main.tsx.
import '@atlaskit/css-reset';
import { StrictMode, useCallback, useEffect, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { toLocale } from '@shared/i18n';
import type { UiApi } from './bridge-client';
import { ErrorState } from './error-state';
import type { UiContext } from './forge-context';
import { I18nProvider } from './i18n';
import { LoadingState } from './loading-state';
import { useResolver } from './use-resolver';

export type SurfaceProps = { readonly context: UiContext };

function Shell({ api, App }: { readonly api: UiApi; readonly App: ComponentType<SurfaceProps> }) {
  const load = useCallback(() => api.context(), [api]);
  const { state, reload } = useResolver(load);
  const context = state.status === 'ready' ? state.data : null;
  const locale = context?.locale ?? toLocale(navigator.language);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  return (
    <I18nProvider locale={locale} timeZone={context?.timeZone ?? null}>
      {state.status === 'loading' && <LoadingState />}
      {state.status === 'error' && <ErrorState error={state.error} onRetry={reload} />}
      {context && <App context={context} />}
    </I18nProvider>
  );
}

export function bootstrap(api: UiApi, App: ComponentType<SurfaceProps>, rootId = 'root'): void {
  void api.enableTheme();
  const element = document.getElementById(rootId);
  if (!element) throw new Error(`#${rootId} is missing from index.html`);
  createRoot(element).render(
    <StrictMode>
      <Shell api={api} App={App} />
    </StrictMode>,
  );
}
