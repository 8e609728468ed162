// Progress of the SLA recomputation (`sla/recompute-status`), refreshed every few seconds while it runs,
// and "Recompute now" for admins (`sla/recompute-start`). Shown above the SLA settings.
import { useCallback, useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import type { ErrorPayload, ResolverResult, SlaRecomputeStatusDto } from '@shared/contract';
import { useI18n } from '@ui/i18n';
import { api } from '../api';

const POLL_MS = 3000;
const APPEARANCE = { never: 'default', running: 'inprogress', done: 'success', failed: 'removed', superseded: 'moved' } as const;

export function SlaRecompute({ version, canEdit }: { readonly version: number; readonly canEdit: boolean }) {
  const { t, tError, formatDateTime } = useI18n();
  const [status, setStatus] = useState<SlaRecomputeStatusDto | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [tick, setTick] = useState(0);

  const apply = useCallback((result: ResolverResult<'sla/recompute-status'>) => {
    if (result.ok) setStatus(result.value);
    setError(result.ok ? null : result.error);
  }, []);

  useEffect(() => {
    let live = true;
    void api.call('sla/recompute-status', {}).then((r) => live && apply(r));
    return () => {
      live = false;
    };
  }, [apply, version, tick]);

  useEffect(() => {
    if (status?.status !== 'running') return undefined;
    const timer = setTimeout(() => setTick((n) => n + 1), POLL_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const start = async () => apply(await api.call('sla/recompute-start', {}));
  const s = status;
  const percent = s && s.total ? Math.min(100, Math.round((s.processed / s.total) * 100)) : null;
  return (
    <Stack space="space.100" testId="sla-recompute">
      <Inline space="space.100" alignBlock="center">
        <Heading size="small" as="h3">{t('admin.sla.recompute.title')}</Heading>
        {s && <Lozenge appearance={APPEARANCE[s.status]}>{t(`admin.sla.recompute.status.${s.status}`)}</Lozenge>}
      </Inline>
      <div aria-live="polite" data-testid="sla-recompute-progress">
        {s?.status === 'never' && <p>{t('admin.sla.recompute.never')}</p>}
        {s && s.status !== 'never' && (
          <p>
            {t('admin.sla.recompute.progress', { processed: s.processed, total: s.total ?? '?', written: s.written, failed: s.failed })}
            {percent !== null && s.status === 'running' && ` (${percent} %)`}
          </p>
        )}
        {s?.startedAt && <p className="lb-sla-help">{t('admin.sla.recompute.when', { started: formatDateTime(s.startedAt), finished: s.finishedAt ? formatDateTime(s.finishedAt) : '—' })}</p>}
        {s && s.retries > 0 && s.status === 'running' && <p className="lb-sla-help">{t('admin.sla.recompute.retries', { retries: s.retries })}</p>}
        {s?.status === 'failed' && s.lastError && <p>{tError(s.lastError)}</p>}
        {error && <p>{tError(error)}</p>}
      </div>
      {canEdit && (
        <Inline>
          <Button onClick={() => void start()} isDisabled={s?.status === 'running'} testId="sla-recompute-start">{t('admin.sla.recompute.start')}</Button>
        </Inline>
      )}
    </Stack>
  );
}
