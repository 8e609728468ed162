// The earlier cycles of each clock (a reopen starts a new one; for handoff, a new escalation), each as a
// lozenge with its outcome, its span and the business time it took. Hidden when there were none.
import Lozenge, { type ThemeAppearance } from '@atlaskit/lozenge';
import type { SlaClockDto, SlaPastCycleDto } from '@shared/contract';
import { useI18n } from '@ui/i18n';
import { formatDuration, minutes } from './sla-time';

const APPEARANCE: Readonly<Record<SlaPastCycleDto['state'], ThemeAppearance>> = {
  running: 'inprogress', paused: 'default', met: 'success', breached: 'removed', noGoal: 'default',
};

export function SlaCycles({ clocks }: { readonly clocks: readonly SlaClockDto[] }) {
  const { t, formatDateTime } = useI18n();
  const withPast = clocks.filter((c) => c.past.length > 0);
  if (withPast.length === 0) return null;
  return (
    <section className="lb-sla-cycles" data-testid="sla-cycles" aria-label={t('slaIssue.cycles')}>
      <h3 className="lb-sla-title">{t('slaIssue.cycles')}</h3>
      {withPast.map((c) => (
        <div key={c.metric}>
          <span className="lb-sla-name">{t(`slaIssue.metric.${c.metric}`)}</span>
          <ul className="lb-sla-cycle-list">
            {c.past.map((p) => (
              <li key={p.cycle} data-testid={`sla-cycle-${c.metric}-${p.cycle}`}>
                <Lozenge appearance={APPEARANCE[p.state]}>{`${t('slaIssue.cycle', { n: p.cycle })}: ${t(`slaIssue.state.${p.state}`)}`}</Lozenge>{' '}
                <span className="lb-sla-sub">
                  {t('slaIssue.cycleDetail', {
                    from: formatDateTime(p.startedAt),
                    to: p.stoppedAt ? formatDateTime(p.stoppedAt) : t('slaIssue.cycle.open'),
                    elapsed: formatDuration(minutes(p.elapsedMinutes), t),
                  })}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
