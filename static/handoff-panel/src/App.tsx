// The handoff-quality issue panel: who escalated, how often the issue came back, each resolution cycle
// with its engineer, SLA outcomes and rating, and the CSAT form for line 1. Data: `lines/issue`, `lines/rate`.
import { useCallback } from 'react';
import type { IssueLinesDto, ResolverResult } from '@shared/contract';
import type { SurfaceProps } from '@ui/bootstrap';
import { ErrorState } from '@ui/error-state';
import { useI18n } from '@ui/i18n';
import { LoadingState } from '@ui/loading-state';
import { useResolver } from '@ui/use-resolver';
import { api } from './api';
import { CsatForm } from './csat-form';
import { CycleList } from './cycle-list';
import { TelegramLink } from './telegram-link';

const NO_ISSUE: ResolverResult<'lines/issue'> = { ok: false, error: { code: 'BAD_REQUEST', messageKey: 'error.noIssueContext' } };

export function App({ context }: SurfaceProps) {
  const { t } = useI18n();
  const { issueKey } = context;
  const load = useCallback(() => (issueKey ? api.call('lines/issue', { issueKey }) : Promise.resolve(NO_ISSUE)), [issueKey]);
  const { state, reload, update } = useResolver(load);
  if (state.status === 'loading') return <LoadingState size="medium" />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={reload} headingAs="h3" />;
  const facts = state.data;
  return (
    <div className="lb-handoff" data-testid="handoff-panel">
      <dl className="lb-facts">
        <div>
          <dt>{t('handoff.line1Agent')}</dt>
          <dd data-testid="handoff-agent">{facts.line1Agent?.name ?? t('handoff.noLine1Agent')}</dd>
        </div>
        <div>
          <dt>{t('handoff.reopenCount')}</dt>
          <dd data-testid="handoff-reopens">{facts.reopenCount}</dd>
        </div>
      </dl>
      <CsatForm facts={facts} onRated={(next: IssueLinesDto) => update(() => next)} />
      <CycleList facts={facts} />
      <TelegramLink />
    </div>
  );
}
