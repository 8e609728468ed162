// After filing: the picked files are attached to the new issue one by one, as the agent. The issue exists
// whatever happens here; files Jira refused are named with the reason, and "Retry the upload" sends only those.
import { useCallback, useEffect, useRef, useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { useI18n } from '@ui/i18n';
import { uploadAttachment } from './api';
import { uploadFailureKey } from './attachment-rules';

type Status = { readonly file: File; readonly state: 'waiting' | 'done' | 'failed'; readonly status?: number };

export function AttachmentUpload({ issueKey, files }: { readonly issueKey: string; readonly files: readonly File[] }) {
  const { t } = useI18n();
  const [items, setItems] = useState<Status[]>(() => files.map((file) => ({ file, state: 'waiting' })));
  const [busy, setBusy] = useState(false);
  const started = useRef(false);

  const run = useCallback(async (which: readonly File[]) => {
    setBusy(true);
    for (const file of which) {
      const outcome = await uploadAttachment(issueKey, file);
      setItems((list) => list.map((s) => (s.file === file ? { file, state: outcome.ok ? 'done' : 'failed', ...(outcome.ok ? {} : { status: outcome.status }) } : s)));
    }
    setBusy(false);
  }, [issueKey]);

  useEffect(() => {
    if (started.current || files.length === 0) return;
    started.current = true;
    void run(files);
  }, [files, run]);

  if (files.length === 0) return null;
  const failed = items.filter((s) => s.state === 'failed');
  const done = items.filter((s) => s.state === 'done').length;
  const reason = (s: Status) => {
    const r = uploadFailureKey(s.status ?? 0);
    return `${s.file.name} (${t(r.key, r.params)})`;
  };
  return (
    <div aria-live="polite" data-testid="incident-upload" data-state={busy ? 'uploading' : failed.length > 0 ? 'failed' : 'done'}>
      {busy && <p>{t('incident.attach.uploading', { count: items.filter((s) => s.state !== 'done').length, key: issueKey })}</p>}
      {!busy && failed.length === 0 && <p data-testid="incident-upload-done">{t('incident.attach.uploaded', { count: done })}</p>}
      {!busy && failed.length > 0 && (
        <SectionMessage appearance="warning" testId="incident-upload-failed">
          <p>{t('incident.attach.failed', { key: issueKey, names: failed.map(reason).join(', ') })}</p>
          <p>
            <Button onClick={() => void run(failed.map((s) => s.file))} testId="incident-upload-retry">{t('incident.attach.retry')}</Button>
          </p>
        </SectionMessage>
      )}
    </div>
  );
}
