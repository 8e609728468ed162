// One SLA clock on the issue: its state as an Atlaskit lozenge, the live remaining time (or how long ago
// it breached, or how it was met), the due instant, the pause reason, and when work resumes off hours.
import Lozenge, { type ThemeAppearance } from '@atlaskit/lozenge';
import type { SlaIssueViewDto } from '@shared/contract';
import { useI18n } from '@ui/i18n';
import type { DisplayState, LiveClock } from './sla-live';
import { formatDuration, relativeTime } from './sla-time';

const APPEARANCE: Readonly<Record<DisplayState, ThemeAppearance>> = {
  running: 'inprogress', atRisk: 'moved', paused: 'default', met: 'success', breached: 'removed', noGoal: 'default', none: 'default',
};

function Detail({ live, view, now }: { readonly live: LiveClock; readonly view: SlaIssueViewDto; readonly now: number }) {
  const { t, locale, formatDateTime } = useI18n();
  const c = live.clock;
  const target = live.targetMs === null ? '' : formatDuration(live.targetMs, t);
  const elapsed = formatDuration(live.elapsedMs, t);
  switch (live.display) {
    case 'running':
    case 'atRisk':
      return (
        <>
          <strong data-testid={`sla-remaining-${c.metric}`}>{t('slaIssue.remaining', { time: formatDuration(live.remainingMs ?? 0, t) })}</strong>
          {live.breachAt !== null && <> · {t('slaIssue.dueAt', { at: formatDateTime(new Date(live.breachAt).toISOString()) })}</>}
          <br />
          <span className="lb-sla-sub">{t('slaIssue.used', { elapsed, target })}</span>
        </>
      );
    case 'paused':
      return (
        <>
          <strong>{t('slaIssue.pausedBecause', { status: view.statusName })}</strong> · {t('slaIssue.remaining', { time: formatDuration(live.remainingMs ?? 0, t) })}
        </>
      );
    case 'breached': {
      const ago = live.breachAt === null ? '' : relativeTime(live.breachAt, now, locale);
      return (
        <>
          <strong data-testid={`sla-breached-${c.metric}`}>{t('slaIssue.breachedAgo', { ago })}</strong>
          {live.targetMs !== null && <> · {t('slaIssue.overdue', { time: formatDuration(Math.max(0, live.elapsedMs - live.targetMs), t) })}</>}
          {c.paused && <><br />{t('slaIssue.pausedBecause', { status: view.statusName })}</>}
        </>
      );
    }
    case 'met':
      return <>{t('slaIssue.metIn', { time: elapsed, target })}</>;
    case 'noGoal':
      return <>{t('slaIssue.noGoalDetail', { elapsed })}</>;
    case 'none':
      return <>{t('slaIssue.notStarted')}</>;
  }
}

export function SlaClockRow({ live, view, now }: { readonly live: LiveClock; readonly view: SlaIssueViewDto; readonly now: number }) {
  const { t, formatDateTime } = useI18n();
  const c = live.clock;
  const label = live.display === 'atRisk' ? t('slaIssue.state.atRisk') : t(`slaIssue.state.${live.display}`);
  return (
    <li className="lb-sla-clock" data-testid={`sla-clock-${c.metric}`} data-state={live.display}>
      <div className="lb-sla-head">
        <span className="lb-sla-name">{t(`slaIssue.metric.${c.metric}`)}</span>
        <Lozenge appearance={APPEARANCE[live.display]} testId={`sla-state-${c.metric}`}>{label}</Lozenge>
        {c.cycles > 1 && <span className="lb-sla-sub">{t('slaIssue.cycle', { n: c.cycle })}</span>}
      </div>
      <p className="lb-sla-detail"><Detail live={live} view={view} now={now} /></p>
      {typeof live.resumes === 'number' && (
        <p className="lb-sla-sub" data-testid={`sla-resumes-${c.metric}`}>{t('slaIssue.outsideHours', { when: formatDateTime(new Date(live.resumes).toISOString()) })}</p>
      )}
    </li>
  );
}
