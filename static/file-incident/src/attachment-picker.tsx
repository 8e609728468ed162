// The form's "Screenshots and files" area: a drop zone that also says Ctrl+V works (paste is caught by the
// whole form), a "Choose files" button, thumbnails with a remove button each, and why a file was refused.
import { useRef, useState, type DragEvent } from 'react';
import Button from '@atlaskit/button/new';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { useI18n } from '@ui/i18n';
import { MAX_FILE_MB, MAX_FILES } from './attachment-rules';
import type { AttachmentsState } from './use-attachments';

const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`;

export function AttachmentPicker({ state, disabled, restored }: { readonly state: AttachmentsState; readonly disabled: boolean; readonly restored: boolean }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    if (!disabled) state.add(Array.from(e.dataTransfer.files), false);
  };
  return (
    <Stack space="space.100">
      <Text weight="medium" id="lb-attach-title">{t('incident.attach.title')}</Text>
      <div
        className={`lb-dropzone${over ? ' lb-dropzone-over' : ''}`}
        data-testid="incident-dropzone"
        role="group"
        aria-labelledby="lb-attach-title"
        onDragOver={(e) => { e.preventDefault(); setOver(true); }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <Text size="small" color="color.text.subtle">{t('incident.attach.hint', { count: MAX_FILES, size: MAX_FILE_MB })}</Text>
        <input ref={input} type="file" multiple hidden data-testid="incident-file-input" onChange={(e) => { state.add(Array.from(e.target.files ?? []), false); e.target.value = ''; }} />
        <Button onClick={() => input.current?.click()} isDisabled={disabled} testId="incident-choose-files">{t('incident.attach.choose')}</Button>
      </div>
      {restored && state.files.length === 0 && <Text size="small" color="color.text.subtle">{t('incident.attach.notKept')}</Text>}
      <div role="alert" data-testid="incident-attach-problems">
        {state.problems.map((p, i) => <p key={i} className="lb-attach-problem">{t(p.key, p.params)}</p>)}
      </div>
      {state.files.length > 0 && (
        <ul className="lb-thumbs" data-testid="incident-attachments">
          {state.files.map((p) => (
            <li key={p.id} className="lb-thumb" data-testid="incident-attachment">
              {p.previewUrl ? <img src={p.previewUrl} alt="" className="lb-thumb-img" /> : <span className="lb-thumb-file" aria-hidden="true">📄</span>}
              <span className="lb-thumb-name">{p.file.name}</span>
              <span className="lb-thumb-size">{kb(p.file.size)}</span>
              <Button appearance="subtle" spacing="compact" onClick={() => state.remove(p.id)} isDisabled={disabled} aria-label={t('incident.attach.remove', { name: p.file.name })} testId={`incident-remove-${p.file.name}`}>
                ✕
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Stack>
  );
}
