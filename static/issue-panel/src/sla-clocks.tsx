// The SLA clocks of the issue (issue panel and issue context): each clock with a live countdown ticking
// every second in the browser from the stored state, the business-hours note, earlier cycles and the
// auto-close state. Reloads only when Jira says the issue changed, or just after a breach it counted to.
import SectionMessage from '@atlaskit/section-message';
import { ErrorState } from '@ui/error-state';
import { useI18n } from '@ui/i18n';
import { LoadingState } from '@ui/loading-state';
import { SlaAutoClose } from './sla-auto-close';
import { SlaClockRow } from './sla-clock-row';
import { SlaCycles } from './sla-cycles';
import { liveClock } from './sla-live';
import { relativeTime } from './sla-time';
import { useNow, useSlaView } from './use-sla-view';

export function SlaClocks({ issueKey, compact = false }: { readonly issueKey: string | null; readonly compact?: boolean }) {
  const { t, locale } = useI18n();
  const { view, error, offset, reload } = useSlaView(issueKey);
  const now = useNow(offset, 1000);
  if (error && !view) return <ErrorState error={error} onRetry={reload} headingAs="h3" />;
  if (!view) return <LoadingState size="medium" />;
  if (view.availability === 'notServed') return <p className="lb-sla-sub" data-testid="sla-not-served">{t('slaIssue.notServed', { project: view.projectKey })}</p>;
  if (view.availability === 'pending') return <p className="lb-sla-sub" data-testid="sla-pending">{t('slaIssue.pending')}</p>;
  const clocks = view.clocks.filter((c) => !compact || c.state !== 'none');
  return (
    <div className="lb-sla" data-testid="sla-clocks">
      {view.stale && <SectionMessage appearance="information"><p>{t('slaIssue.stale')}</p></SectionMessage>}
      <ul className="lb-sla-list">
        {clocks.map((c) => <SlaClockRow key={c.metric} live={liveClock(c, view, now)} view={view} now={now} />)}
      </ul>
      <p className="lb-sla-sub" data-testid="sla-calendar-note">
        {view.calendar.always ? t('slaIssue.allHours') : t('slaIssue.businessHours', { calendar: view.calendar.name, zone: view.calendar.timeZone })}
        {view.computedAt && <> {t('slaIssue.asOf', { ago: relativeTime(Date.parse(view.computedAt), now, locale) })}.</>}
      </p>
      <SlaCycles clocks={view.clocks} />
      {view.autoClose && <SlaAutoClose state={view.autoClose} now={now} />}
    </div>
  );
}
