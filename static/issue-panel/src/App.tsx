// The support-lines issue panel: the issue's status, how many changes its history holds, and its SLA
// clocks. The same resource serves the SLA issue context (module linebridge-sla-context): the clocks only.
// Reads the issue key from the Forge context; data comes from the `issue/summary` and `sla/issue` resolvers.
import './sla.css';
import { useCallback, useEffect } from 'react';
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
import { api, onIssueChanged } from './api';
import { SlaClocks } from './sla-clocks';
import { StatusLozenge } from './status-lozenge';

export const SLA_CONTEXT_MODULE = 'linebridge-sla-context';

const NO_ISSUE: ResolverResult<'issue/summary'> = {
  ok: false,
  error: { code: 'BAD_REQUEST', messageKey: 'error.noIssueContext' },
};

export function App({ context }: SurfaceProps) {
  if (context.moduleKey === SLA_CONTEXT_MODULE) {
    return (
      <Box padding="space.050" testId="sla-context">
        <SlaClocks issueKey={context.issueKey} compact />
      </Box>
    );
  }
  return <IssuePanel context={context} />;
}

function IssuePanel({ context }: SurfaceProps) {
  const { t } = useI18n();
  const { issueKey } = context;
  const load = useCallback(
    () => (issueKey ? api.call('issue/summary', { issueKey }) : Promise.resolve(NO_ISSUE)),
    [issueKey],
  );
  const { state, reload } = useResolver(load);
  useEffect(() => {
    // This frame listens to JIRA_ISSUE_CHANGED (the clocks do), so Jira no longer re-renders it: reload the summary too.
    let off: () => void = () => undefined;
    let live = true;
    void onIssueChanged(reload).then((unsubscribe) => (live ? (off = unsubscribe) : unsubscribe()));
    return () => {
      live = false;
      off();
    };
  }, [reload]);

  return (
    <Box padding="space.100">
      <Stack space="space.150">
        {state.status === 'loading' && <LoadingState size="medium" />}
        {state.status === 'error' && <ErrorState error={state.error} onRetry={reload} headingAs="h3" />}
        {state.status === 'ready' && (
          <Stack space="space.150" testId="issue-summary">
            <Inline space="space.100" alignBlock="center">
              <Text weight="medium">{t('panel.status')}:</Text>
              <StatusLozenge status={state.data.status} />
            </Inline>
            <Text as="p">
              {t('panel.historyCount')}: <Text weight="medium">{state.data.historyCount}</Text>
            </Text>
          </Stack>
        )}
        <SlaClocks issueKey={issueKey} />
      </Stack>
    </Box>
  );
}
