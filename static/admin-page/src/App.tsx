// The LineBridge settings page (jira:adminPage, useAsConfig): loads `settings/get`, shows the
// sections, saves through `settings/save`. The server enforces who may edit; the UI only mirrors it.
import { useCallback } from 'react';
import { Box } from '@atlaskit/primitives/compiled/box';
import Heading from '@atlaskit/heading';
import type { GeneralSettingsDto } from '@shared/contract';
import type { SurfaceProps } from '@ui/bootstrap';
import { ErrorState } from '@ui/error-state';
import { useI18n } from '@ui/i18n';
import { LoadingState } from '@ui/loading-state';
import { useResolver } from '@ui/use-resolver';
import { api } from './api';
import { withSection } from './sections';
import { SettingsPage } from './settings-page';

const loadSettings = () => api.call('settings/get', {});

export function App(_props: SurfaceProps) {
  const { t } = useI18n();
  const { state, reload, update } = useResolver(loadSettings);

  const saveGeneral = useCallback(
    async (value: GeneralSettingsDto, expectedVersion: number) => {
      const result = await api.call('settings/save', { section: 'general', value, expectedVersion });
      if (result.ok) update((settings) => withSection(settings, result.value));
      return result;
    },
    [update],
  );

  const saveTemplates = useCallback(
    async (value: unknown, expectedVersion: number) => {
      const result = await api.call('settings/save', { section: 'templates', value, expectedVersion });
      if (result.ok) update((settings) => withSection(settings, result.value));
      return result;
    },
    [update],
  );

  const saveSla = useCallback(
    async (value: unknown, expectedVersion: number) => {
      const result = await api.call('settings/save', { section: 'sla', value, expectedVersion });
      if (result.ok) update((settings) => withSection(settings, result.value));
      return result;
    },
    [update],
  );

  const saveTelegram = useCallback(
    async (value: unknown, expectedVersion: number) => {
      const result = await api.call('settings/save', { section: 'telegram', value, expectedVersion });
      if (result.ok) update((settings) => withSection(settings, result.value));
      return result;
    },
    [update],
  );

  const saveGuard = useCallback(
    async (value: unknown, expectedVersion: number) => {
      const result = await api.call('settings/save', { section: 'transitionGuard', value, expectedVersion });
      if (result.ok) update((settings) => withSection(settings, result.value));
      return result;
    },
    [update],
  );

  if (state.status === 'ready') {
    return <SettingsPage settings={state.data} saveGeneral={saveGeneral} saveTemplates={saveTemplates} saveSla={saveSla} saveTelegram={saveTelegram} saveGuard={saveGuard} onReload={reload} />;
  }
  return (
    <Box as="main" padding="space.300">
      <Heading size="large" as="h1">
        {t('admin.title')}
      </Heading>
      {state.status === 'loading' ? <LoadingState /> : <ErrorState error={state.error} onRetry={reload} />}
    </Box>
  );
}
