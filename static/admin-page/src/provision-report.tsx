// A provisioning button and its report, shared by the templates' "Provision fields" and the transition
// guard's "Provision transition screens": what was created, what was already there, what failed and how to
// fix it. Provisioning is idempotent, so running it again is always safe.
import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Lozenge, { type ThemeAppearance } from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import type { ErrorPayload, ProvisionReportDto, ProvisionStepDto } from '@shared/contract';
import type { MessageKey } from '@shared/i18n';
import { useI18n } from '@ui/i18n';
import { api } from './api';

const OUTCOME: Readonly<Record<ProvisionStepDto['outcome'], ThemeAppearance>> = { created: 'success', updated: 'inprogress', exists: 'default', failed: 'removed', skipped: 'moved' };

export type ProvisionReportProps = {
  /** The resolver that provisions and answers with the report. */
  readonly route: 'templates/provision' | 'guard/provision-screens';
  /** Prefix of the test ids: `<prefix>-run`, `-report`, `-fix`, `-step`. */
  readonly testIdPrefix: string;
  /** The heading, help text, button label and the name of a `uiModification` step. */
  readonly labels: { readonly title: MessageKey; readonly help: MessageKey; readonly run: MessageKey; readonly uiModification: MessageKey };
  readonly onDone?: () => void;
};

export function ProvisionReport({ route, testIdPrefix, labels, onDone }: ProvisionReportProps) {
  const { t, tError, formatDateTime } = useI18n();
  const [running, setRunning] = useState(false);
  const [report, setReport] = useState<ProvisionReportDto | null>(null);
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const run = async () => {
    setRunning(true);
    const result = await api.call(route, {});
    setRunning(false);
    setReport(result.ok ? result.value : null);
    setFailure(result.ok ? null : result.error);
    onDone?.();
  };

  return (
    <Stack space="space.150">
      <Heading size="small" as="h3">{t(labels.title)}</Heading>
      <Text as="p" color="color.text.subtle">{t(labels.help)}</Text>
      <div>
        <Button onClick={() => void run()} isLoading={running} testId={`${testIdPrefix}-run`}>{t(labels.run)}</Button>
      </div>
      <div aria-live="polite" data-testid={`${testIdPrefix}-report`}>
        {failure && <SectionMessage appearance="error"><p>{tError(failure)}</p></SectionMessage>}
        {report && (
          <Stack space="space.100">
            <SectionMessage appearance={report.ok ? 'success' : 'warning'} title={t(report.ok ? 'provision.ok' : 'provision.failed')}>
              {report.fixes.map((key) => <p key={key} data-testid={`${testIdPrefix}-fix`}>{t(key)}</p>)}
              <p>{t('provision.ranAt', { when: formatDateTime(report.ranAt) })}</p>
            </SectionMessage>
            <table className="lb-admin-table">
              <thead>
                <tr>
                  <th scope="col">{t('provision.column.kind')}</th>
                  <th scope="col">{t('provision.column.target')}</th>
                  <th scope="col">{t('provision.column.outcome')}</th>
                  <th scope="col">{t('provision.column.detail')}</th>
                </tr>
              </thead>
              <tbody>
                {report.steps.map((s, i) => (
                  <tr key={i} data-testid={`${testIdPrefix}-step`} data-outcome={s.outcome}>
                    <td>{t(s.kind === 'uiModification' ? labels.uiModification : `provision.kind.${s.kind}`)}</td>
                    <td>{s.target}</td>
                    <td><Lozenge appearance={OUTCOME[s.outcome]}>{t(`provision.outcome.${s.outcome}`)}</Lozenge></td>
                    <td>{s.problem ? t(`provision.problem.${s.problem}`) : (s.detail ?? '')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Stack>
        )}
      </div>
    </Stack>
  );
}
