// The auto-close state of the issue: when the reminder or the close is due, a client reply that cancelled
// it, the close itself, or a failure Jira caused (the reason, kept until the next attempt succeeds).
import SectionMessage from '@atlaskit/section-message';
import type { SlaAutoCloseViewDto } from '@shared/contract';
import { useI18n } from '@ui/i18n';
import { relativeTime } from './sla-time';

export function SlaAutoClose({ state, now }: { readonly state: SlaAutoCloseViewDto; readonly now: number }) {
  const { t, locale, formatDateTime } = useI18n();
  const when = (iso: string | null): string => (iso === null ? '' : relativeTime(Date.parse(iso), now, locale));
  const at = (iso: string | null): string => (iso === null ? '' : formatDateTime(iso));
  let line: string | null = null;
  if (state.state === 'silent') {
    if (state.dueAt === null) line = t('slaIssue.autoClose.noWorkingTime');
    else if (state.action === 'close') line = t('slaIssue.autoClose.closeDue', { reminded: at(state.remindedAt), when: when(state.dueAt) });
    else line = t('slaIssue.autoClose.remindDue', { since: at(state.since), when: when(state.dueAt) });
  } else if (state.state === 'answered') line = t('slaIssue.autoClose.answered', { when: when(state.replyAt) });
  else if (state.state === 'closed') line = t('slaIssue.autoClose.closed', { when: when(state.closedAt) });
  const f = state.failure;
  const reason = f === null ? '' : f.code === 'missingTransition'
    ? t('slaIssue.autoClose.error.missingTransition', { status: f.status ?? '' })
    : f.code === 'refused' ? t('slaIssue.autoClose.error.refused', { status: f.status ?? '', detail: f.detail }) : t('slaIssue.autoClose.error.comment', { detail: f.detail });
  if (line === null && f === null) return null;
  return (
    <section className="lb-sla-autoclose" data-testid="sla-auto-close" data-state={state.state}>
      <h3 className="lb-sla-title">{t('slaIssue.autoClose.title')}</h3>
      {line && <p className="lb-sla-detail">{line}</p>}
      {f && (
        <SectionMessage appearance="warning" testId="sla-auto-close-failure">
          <p>{t('slaIssue.autoClose.failed', { when: when(f.at), reason })}</p>
        </SectionMessage>
      )}
    </section>
  );
}
