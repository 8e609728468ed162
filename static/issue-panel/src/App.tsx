// The support-lines issue panel: the issue's status and how many changes its history holds.
// Reads the issue key from the Forge context; all data comes from the `issue/summary` resolver.
import { useCallback } from 'react';
import { Box } from '@atlaskit/primitives/compiled/box';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import type { ResolverResult } from '@shared/contract';
import type { SurfaceProps } from '@ui/bootstrap';
import { ErrorState } from '@ui/error-state';
import { useI18n } from '@ui/i18n';
import { LoadingState } from '@ui/loading-state';
import { useResolver } from '@ui/use-resolver';
import { api } from './api';
import { StatusLozenge } from './status-lozenge';

const NO_ISSUE: ResolverResult<'issue/summary'> = {
  ok: false,
  error: { code: 'BAD_REQUEST', messageKey: 'error.noIssueContext' },
};

export function App({ context }: SurfaceProps) {
  const { t } = useI18n();
  const { issueKey } = context;
  const load = useCallback(
    () => (issueKey ? api.call('issue/summary', { issueKey }) : Promise.resolve(NO_ISSUE)),
    [issueKey],
  );
  const { state, reload } = useResolver(load);

  if (state.status === 'loading') return <LoadingState size="medium" />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={reload} headingAs="h3" />;
  const summary = state.data;
  return (
    <Box padding="space.100" testId="issue-summary">
      <Stack space="space.150">
        <Inline space="space.100" alignBlock="center">
          <Text weight="medium">{t('panel.status')}:</Text>
          <StatusLozenge status={summary.status} />
        </Inline>
        <Text as="p">
          {t('panel.historyCount')}: <Text weight="medium">{summary.historyCount}</Text>
        </Text>
      </Stack>
    </Box>
  );
}
