// One SLA metric: its warning share and its goals (priority → target in business minutes). Conditions
// (start, stop, pause) are kept as stored. Errors of `definitions.<index>…` appear at their rows.
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import type { MessageKey } from '@shared/contract';
import { useI18n } from '@ui/i18n';
import { SlaField } from './sla-field';
import { errorsUnder, type GoalDraft, type MetricDraft } from './sla-value';

type Props = {
  readonly index: number;
  readonly draft: MetricDraft;
  readonly onChange: (next: MetricDraft) => void;
  readonly errors: Readonly<Record<string, MessageKey>>;
  readonly readOnly: boolean;
};

const scopeText = (scope: GoalDraft['scope']): string =>
  Object.values(scope).flatMap((v) => (Array.isArray(v) ? v.map(String) : [])).join(', ');

export function SlaMetricGoals({ index, draft, onChange, errors, readOnly }: Props) {
  const { t } = useI18n();
  const path = `definitions.${index}`;
  const setGoal = (i: number, goal: GoalDraft) => onChange({ ...draft, goals: draft.goals.map((g, n) => (n === i ? goal : g)) });
  return (
    <Stack space="space.100" testId={`sla-metric-${draft.metric}`}>
      <Heading size="xsmall" as="h4">{t(`admin.sla.metric.${draft.metric}`)}</Heading>
      <div className="lb-sla-narrow">
        <SlaField id={`sla-${draft.metric}-warn`} label={t('admin.sla.warnAtPercent')} type="number" value={draft.warnAtPercent} readOnly={readOnly}
          errors={errorsUnder(errors, `${path}.warnAtPercent`)} onChange={(warnAtPercent) => onChange({ ...draft, warnAtPercent })} />
      </div>
      {draft.goals.length === 0 && <p className="lb-sla-help">{t('admin.sla.noGoals')}</p>}
      {draft.goals.map((goal, i) => (
        <div key={i} className="lb-sla-row">
          <SlaField id={`sla-${draft.metric}-goal-${i}-priority`} label={t('admin.sla.goal.priority')} value={goal.priority} readOnly={readOnly}
            errors={[...errorsUnder(errors, `${path}.goals.${i}.priority`), ...(errors[`${path}.goals.${i}`] ? [errors[`${path}.goals.${i}`] as MessageKey] : [])]}
            help={scopeText(goal.scope) ? t('admin.sla.goal.scope', { scope: scopeText(goal.scope) }) : undefined}
            onChange={(priority) => setGoal(i, { ...goal, priority })} />
          <SlaField id={`sla-${draft.metric}-goal-${i}-minutes`} label={t('admin.sla.goal.minutes')} type="number" value={goal.minutes} readOnly={readOnly}
            errors={errorsUnder(errors, `${path}.goals.${i}.targetMinutes`)} onChange={(minutes) => setGoal(i, { ...goal, minutes })} />
          {!readOnly && (
            <Button appearance="subtle" onClick={() => onChange({ ...draft, goals: draft.goals.filter((_, n) => n !== i) })}>
              {t('admin.sla.goal.remove', { priority: goal.priority || String(i + 1) })}
            </Button>
          )}
        </div>
      ))}
      {!readOnly && (
        <Inline>
          <Button onClick={() => onChange({ ...draft, goals: [...draft.goals, { priority: '', minutes: '', scope: {} }] })} testId={`sla-${draft.metric}-goal-add`}>
            {t('admin.sla.goal.add')}
          </Button>
        </Inline>
      )}
    </Stack>
  );
}
