// The state of the figures' background job: never built, building (progress), throttled, failed or done,
// and projects Jira no longer returns. Admins get the buttons (rebuild, resume, recompute aggregates).
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import type { BackfillActionDto, BackfillStatusDto, PanelDto } from '@shared/contract';
import { useI18n } from '@ui/i18n';
import { api } from './api';

type Props = { readonly panel: PanelDto; readonly job: BackfillStatusDto; readonly onJob: (job: BackfillStatusDto) => void };

export function JobBanner({ panel, job, onJob }: Props) {
  const { t, tError, formatDateTime } = useI18n();
  const run = (action: BackfillActionDto): void => {
    void api.call('lines/job', { action }).then((result) => (result.ok ? onJob(result.value) : onJob({ ...job, state: 'failed', error: result.error.messageKey })));
  };
  const admin = panel.viewer.isAdmin;
  const actions = admin ? (
    <div className="lb-job-actions">
      {job.state === 'failed' && <Button onClick={() => run('resume')} testId="job-resume">{t('lines.backfill.resume')}</Button>}
      {job.state !== 'running' && <Button onClick={() => run('start')} testId="job-start">{t('lines.backfill.start')}</Button>}
      {job.state === 'done' && <Button appearance="subtle" onClick={() => run('recompute')} testId="job-recompute">{t('lines.backfill.recompute')}</Button>}
    </div>
  ) : null;
  const missing = job.missingProjects.length > 0 || panel.missingProjects.length > 0;
  const keys = [...new Set([...job.missingProjects, ...panel.missingProjects])].join(', ');
  if (job.state === 'running') {
    const progress = job.total !== null && job.kind === 'backfill' ? t('lines.backfill.running', { processed: job.processed, total: job.total }) : t('lines.backfill.runningNoTotal', { processed: job.processed, phase: job.phase });
    return (
      <SectionMessage appearance="information" testId="job-banner">
        <p>{admin ? progress : t('lines.backfill.note')}</p>
        {job.throttledUntil && <p>{t('lines.backfill.throttled', { when: formatDateTime(job.throttledUntil) })}</p>}
        {job.total !== null && job.total > 0 && <progress className="lb-progress" max={job.total} value={Math.min(job.processed, job.total)} aria-label={progress} />}
      </SectionMessage>
    );
  }
  if (job.state === 'failed') {
    return (
      <SectionMessage appearance="warning" testId="job-banner">
        <p>{t('lines.backfill.failed', { error: tError({ code: 'INTERNAL', messageKey: job.error ?? 'error.INTERNAL' }) })}</p>
        {actions}
      </SectionMessage>
    );
  }
  if (!admin && !missing) return null;
  return (
    <SectionMessage appearance={missing ? 'warning' : 'information'} testId="job-banner">
      {missing && <p>{t('lines.backfill.missing', { keys })}</p>}
      {admin && <p>{job.state === 'never' ? t('lines.backfill.never') : t('lines.backfill.done', { when: job.finishedAt ? formatDateTime(job.finishedAt) : '—' })}</p>}
      {actions}
    </SectionMessage>
  );
}
