// The overview of the saved rules (`guard/overview`): per rule the workflow transitions it matches, whether
// it can be enforced (a field that no longer exists, an unprovisioned field, an expression over Jira's
// limits: flagged with the reason), team-managed projects (no validators there), and the expression's cost
// against Jira's limits.
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import type { GuardEstimateDto, GuardRuleStatusDto } from '@shared/contract';
import { ErrorState } from '@ui/error-state';
import { useI18n } from '@ui/i18n';
import { LoadingState } from '@ui/loading-state';
import type { OverviewState } from './use-guard-overview';

function Cost({ estimate, limits }: { readonly estimate: GuardEstimateDto | null; readonly limits: GuardEstimateDto }) {
  const { t } = useI18n();
  if (!estimate) return <>{t('guard.overview.noCost')}</>;
  return <>{t('guard.overview.cost', {
    expensive: estimate.expensiveOperations, expensiveLimit: limits.expensiveOperations, leaves: estimate.leaves, leavesLimit: limits.leaves,
    characters: estimate.characters, charactersLimit: limits.characters,
  })}</>;
}

function Row({ rule, limits }: { readonly rule: GuardRuleStatusDto; readonly limits: GuardEstimateDto }) {
  const { t } = useI18n();
  const flagged = rule.problems.length > 0;
  return (
    <tr data-testid="guard-overview-row" data-rule={rule.ruleId} data-flagged={flagged ? 'true' : 'false'}>
      <td><code>{rule.ruleId}</code> · {rule.projectKey}</td>
      <td>{rule.transitions.length === 0 ? t('guard.overview.none') : rule.transitions.map((x) => `${x.name} (${x.id})`).join(', ')}</td>
      <td>
        <Stack space="space.050">
          <span><Lozenge appearance={flagged ? 'removed' : 'success'}>{t(flagged ? 'guard.admin.flagged' : 'guard.overview.ok')}</Lozenge></span>
          {rule.problems.map((p, i) => <span key={i} data-testid="guard-problem">{t(p.messageKey, p.params)}</span>)}
          {rule.teamManaged && <span data-testid="guard-team-managed"><Lozenge appearance="moved">{t('guard.overview.teamManaged')}</Lozenge> {t('guard.teamManaged')}</span>}
        </Stack>
      </td>
      <td><Cost estimate={rule.estimate} limits={limits} /></td>
    </tr>
  );
}

export function GuardOverview({ overview }: { readonly overview: OverviewState }) {
  const { t } = useI18n();
  const { state, reload } = overview;
  return (
    <Stack space="space.150" testId="guard-overview">
      <Heading size="small" as="h3">{t('guard.overview.title')}</Heading>
      <Text as="p" color="color.text.subtle">{t('guard.overview.help')}</Text>
      {state.status === 'loading' && <LoadingState />}
      {state.status === 'error' && <ErrorState error={state.error} onRetry={reload} />}
      {state.status === 'ready' && (state.data.rules.length === 0 ? <SectionMessage appearance="information"><p>{t('guard.admin.empty')}</p></SectionMessage> : (
        <table className="lb-admin-table">
          <thead>
            <tr>
              <th scope="col">{t('guard.overview.column.rule')}</th>
              <th scope="col">{t('guard.overview.column.transitions')}</th>
              <th scope="col">{t('guard.overview.column.state')}</th>
              <th scope="col">{t('guard.overview.column.cost')}</th>
            </tr>
          </thead>
          <tbody>{state.data.rules.map((r) => <Row key={r.ruleId} rule={r} limits={state.data.limits} />)}</tbody>
        </table>
      ))}
      <div><Button appearance="subtle" onClick={reload} testId="guard-overview-refresh">{t('guard.overview.refresh')}</Button></div>
    </Stack>
  );
}
