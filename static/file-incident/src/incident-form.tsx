// The "File incident" form: the template's questions, the live priority preview, the duplicate warning,
// pasted or dropped attachments, and submit (Enter in a one-line field, Ctrl/Cmd+Enter anywhere). The draft survives errors and reloads;
// every retry of one incident sends the same idempotency key, so Jira never gets a second issue.
import { useEffect, useMemo, useState, type ClipboardEvent, type FormEvent, type KeyboardEvent } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import type { ErrorPayload, FiledIncidentDto, IncidentTemplateDto, MessageKey } from '@shared/contract';
import { useI18n } from '@ui/i18n';
import { api } from './api';
import { AttachmentPicker } from './attachment-picker';
import { useAttachments } from './use-attachments';
import { splitErrors, toWireAnswers } from './answers';
import { CreatedPanel } from './created-panel';
import { FieldInput, inputIdOf } from './field-input';
import { DuplicateWarning, PriorityPreview } from './live-hints';
import { TemplatePicker } from './template-picker';
import { useIncidentDraft } from './use-incident-draft';
import { useDuplicates, usePreview } from './use-live-answers';

type Props = {
  readonly templates: readonly IncidentTemplateDto[];
  readonly defaultTemplateId: string;
  readonly storageKey: string;
  /** Answers to fill in when still empty (the follow-up action's client ID). */
  readonly prefill: Readonly<Record<string, string>>;
};

export function IncidentForm({ templates, defaultTemplateId, storageKey, prefill }: Props) {
  const { t, tError } = useI18n();
  const { draft, restored, setAnswer, setTemplate, reset } = useIncidentDraft(storageKey, templates, defaultTemplateId);
  const template = templates.find((x) => x.id === draft.templateId) ?? templates[0];
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<ErrorPayload | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, MessageKey>>({});
  const [filed, setFiled] = useState<{ readonly dto: FiledIncidentDto; readonly files: readonly File[] } | null>(null);
  const attachments = useAttachments();
  const wire = useMemo(() => (template ? toWireAnswers(template, draft.answers) : {}), [template, draft.answers]);
  const preview = usePreview(template?.id ?? '', wire);
  const clientField = template?.clientIdFieldId ?? null;
  const duplicates = useDuplicates(template?.id ?? '', clientField ? (draft.answers[clientField] ?? '') : '');

  // Prefill once per value it brings (only into empty answers): later edits by the agent win.
  useEffect(() => {
    for (const [id, value] of Object.entries(prefill)) if (!draft.answers[id]) setAnswer(id, value);
  }, [prefill]);

  if (!template) return null;
  if (filed) return <CreatedPanel filed={filed.dto} files={filed.files} onAnother={() => setFiled(null)} />;

  const change = (fieldId: string, value: string) => {
    setAnswer(fieldId, value);
    if (fieldErrors[fieldId]) setFieldErrors(({ [fieldId]: _dropped, ...rest }) => rest);
  };

  const submit = async () => {
    if (submitting) return;
    setSubmitting(true);
    setFailure(null);
    const result = await api.call('incidents/create', {
      idempotencyKey: draft.idempotencyKey, templateId: template.id, projectKey: template.projectKey, issueTypeName: template.issueTypeName, answers: wire,
    });
    setSubmitting(false);
    if (result.ok) {
      setFieldErrors({});
      setFiled({ dto: result.value, files: attachments.files.map((p) => p.file) });
      attachments.clear();
      reset();
      return;
    }
    const { byField } = splitErrors(template, result.error.fieldErrors ?? {});
    setFailure(result.error);
    setFieldErrors(byField);
    const first = template.fields.find((f) => byField[f.id]);
    if (first) document.getElementById(inputIdOf(first.id))?.focus();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  };
  // A pasted screenshot (or file) anywhere in the form becomes an attachment; pasted text stays text.
  const onPaste = (event: ClipboardEvent<HTMLFormElement>) => {
    const files = Array.from(event.clipboardData.files);
    if (files.length === 0 || submitting) return;
    event.preventDefault();
    attachments.add(files, true);
  };
  const topErrors = failure ? splitErrors(template, failure.fieldErrors ?? {}).top : [];

  return (
    <form noValidate onSubmit={onSubmit} onKeyDown={onKeyDown} onPaste={onPaste} data-testid="incident-form" aria-busy={submitting}>
      <Stack space="space.200">
        {restored && (
          <SectionMessage appearance="information" testId="incident-draft-restored" actions={<SectionMessageAction onClick={reset} testId="incident-discard-draft">{t('incident.discardDraft')}</SectionMessageAction>}>
            <p>{t('incident.draftRestored')}</p>
          </SectionMessage>
        )}
        <div role="alert" data-testid="incident-top-error">
          {failure && (
            <SectionMessage appearance={failure.code === 'VALIDATION' ? 'warning' : 'error'}>
              <p>{tError(failure)}</p>
              {topErrors.map((key) => <p key={key}>{t(key)}</p>)}
              <p>{t('incident.retryHint')}</p>
            </SectionMessage>
          )}
        </div>
        {templates.length > 1 && <TemplatePicker templates={templates} value={template.id} onChange={setTemplate} disabled={submitting} autoFocus />}
        <Text size="small" color="color.text.subtle">{t('incident.required')}</Text>
        {template.fields.map((field, i) => (
          <FieldInput
            key={`${template.id}:${field.id}`}
            field={field}
            value={draft.answers[field.id] ?? ''}
            onChange={(v) => change(field.id, v)}
            error={fieldErrors[field.id] ? t(fieldErrors[field.id] as MessageKey) : undefined}
            autoFocus={i === 0 && templates.length === 1}
            disabled={submitting}
          />
        ))}
        <AttachmentPicker state={attachments} disabled={submitting} restored={restored} />
        <PriorityPreview preview={preview} template={template} answers={draft.answers} />
        <DuplicateWarning issues={duplicates} />
        <Inline space="space.150" alignBlock="center">
          <Button type="submit" appearance="primary" isLoading={submitting} testId="incident-submit">
            {t('incident.submit')}
          </Button>
          <Text size="small" color="color.text.subtle">{t('incident.submitHint')}</Text>
        </Inline>
      </Stack>
    </form>
  );
}
