// The "File incident" surface (project page, global page, and the issue action "File follow-up incident"):
// loads the templates for the page's project in the agent's language, then shows the form. On the issue
// action the original issue's client ID is prefilled.
import { useCallback, useMemo } from 'react';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Box } from '@atlaskit/primitives/compiled/box';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import type { SurfaceProps } from '@ui/bootstrap';
import { ErrorState } from '@ui/error-state';
import { useI18n } from '@ui/i18n';
import { LoadingState } from '@ui/loading-state';
import { useResolver } from '@ui/use-resolver';
import { api } from './api';
import { draftKeyFor } from './answers';
import { IncidentForm } from './incident-form';

export function App({ context }: SurfaceProps) {
  const { t, locale } = useI18n();
  const { projectKey, issueKey, moduleKey } = context;
  const load = useCallback(
    () => api.call('incidents/templates', { locale, ...(projectKey ? { projectKey } : {}), ...(issueKey ? { issueKey } : {}) }),
    [locale, projectKey, issueKey],
  );
  const { state, reload } = useResolver(load);
  const ready = state.status === 'ready' ? state.data : null;
  const selected = ready?.templates.find((x) => x.id === ready.selectedId) ?? ready?.templates[0];
  const clientField = selected?.clientIdFieldId ?? null;
  const clientId = ready?.followUpClientId ?? null;
  const prefill = useMemo(() => (clientField && clientId ? { [clientField]: clientId } : {}), [clientField, clientId]);

  return (
    <Box as="main" padding="space.300">
      <Stack space="space.200">
        <Stack space="space.050">
          <Heading size="large" as="h1">
            {t(issueKey ? 'incident.followUpTitle' : 'incident.title')}
          </Heading>
          {issueKey && <Text color="color.text.subtle">{t('incident.followUpOf', { key: issueKey })}</Text>}
        </Stack>
        {state.status === 'loading' && <LoadingState />}
        {state.status === 'error' && <ErrorState error={state.error} onRetry={reload} />}
        {ready && !selected && (
          <SectionMessage appearance="information" testId="incident-no-templates">
            <p>{t('incident.noTemplates')}</p>
          </SectionMessage>
        )}
        {ready && selected && (
          <div className="lb-incident-form">
            <IncidentForm templates={ready.templates} defaultTemplateId={selected.id} storageKey={draftKeyFor(moduleKey, projectKey, issueKey)} prefill={prefill} />
          </div>
        )}
      </Stack>
    </Box>
  );
}
