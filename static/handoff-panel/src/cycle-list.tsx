// Each resolution cycle of the issue: when it was resolved, the engineer, the SLA outcome per metric, the
// reopen reason, repeat contacts and the rating as this viewer may see it (comments: leads and admins).
import Lozenge, { type ThemeAppearance } from '@atlaskit/lozenge';
import type { CycleDto, IssueLinesDto, SlaOutcomeDto } from '@shared/contract';
import { useI18n } from '@ui/i18n';

const APPEARANCE: Readonly<Record<SlaOutcomeDto, ThemeAppearance>> = { met: 'success', breached: 'removed', open: 'inprogress', noGoal: 'default', none: 'default' };
const METRICS = ['firstResponse', 'resolution', 'handoff'] as const;

function Cycle({ cycle }: { readonly cycle: CycleDto }) {
  const { t, formatDateTime } = useI18n();
  const r = cycle.rating;
  return (
    <li className="lb-cycle" data-testid={`cycle-${cycle.index}`}>
      <p className="lb-cycle-head">
        <strong>{t('handoff.cycle', { index: cycle.index })}</strong>{' · '}
        {cycle.resolvedAt ? t('handoff.resolvedAt', { when: formatDateTime(cycle.resolvedAt) }) : t('handoff.open')}
        {cycle.reopened && <> · <Lozenge appearance="moved">{t('handoff.reopened')}</Lozenge></>}
      </p>
      {cycle.reopenReason && <p className="lb-help">{t('handoff.reason', { reason: cycle.reopenReason })}</p>}
      <p>{t('handoff.engineer')}: {cycle.engineer?.name ?? '—'} · {t(`lines.line.${cycle.line}`)}</p>
      <ul className="lb-sla" aria-label={t('lines.kpi.sla')}>
        {METRICS.map((m) => (
          <li key={m}>
            {t(`lines.kpi.sla.${m}`)}: <Lozenge appearance={APPEARANCE[cycle.sla[m].state]}>{t(`handoff.sla.${cycle.sla[m].state}`)}</Lozenge>
          </li>
        ))}
      </ul>
      {cycle.repeatContacts > 0 && <p>{t('handoff.repeatContacts', { count: cycle.repeatContacts })}</p>}
      {r && (
        <p data-testid={`cycle-${cycle.index}-rating`}>
          <strong>{t('lines.table.csat')} {t('csat.rating', { score: r.score })}</strong>{' · '}
          {r.rater ? t('csat.ratedBy', { name: r.rater.name }) : t('csat.anonymousRater')}
          {r.comment ? <><br /><q>{r.comment}</q></> : null}
        </p>
      )}
    </li>
  );
}

export function CycleList({ facts }: { readonly facts: IssueLinesDto }) {
  const { t } = useI18n();
  if (facts.cycles.length === 0) return <p>{t('handoff.noCycles')}</p>;
  return <ol className="lb-cycles">{[...facts.cycles].reverse().map((c) => <Cycle key={c.index} cycle={c} />)}</ol>;
}
