// "Client conversations" of the Telegram section: what a client's reply in a linked group does (resume a
// waiting request, to which status) and when a second message counts as a repeat contact. Part of the
// telegram section's draft (saved with it, errors at `conversation.*`). While the section has none, the
// values in effect are asked of the server: an older stored value is taken into the draft, so a save keeps it.
import { useEffect, useState } from 'react';
import { Label } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import Select from '@atlaskit/select/default';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import type { ErrorPayload, MessageKey, TelegramConversationDto } from '@shared/contract';
import { useI18n } from '@ui/i18n';
import { api } from '../api';
import { TelegramField } from './telegram-field';
import type { ConversationDraft } from './telegram-value';

type Props = {
  readonly value: ConversationDraft | null;
  /** The telegram section's saved version: the values in effect are asked again after each save. */
  readonly version: number;
  readonly errors: Readonly<Record<string, MessageKey>>;
  readonly readOnly: boolean;
  readonly onChange: (next: ConversationDraft) => void;
};

/** The values in effect and their source, asked again after each save of the section. */
function useEffective(version: number): { readonly effective: TelegramConversationDto | null; readonly error: ErrorPayload | null } {
  const [effective, setEffective] = useState<TelegramConversationDto | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  useEffect(() => {
    let live = true;
    void api.call('telegram/conversation/settings', {}).then((result) => {
      if (!live) return;
      if (result.ok) setEffective(result.value);
      setError(result.ok ? null : result.error);
    });
    return () => {
      live = false;
    };
  }, [version]);
  return { effective, error };
}

export function TelegramConversation({ value, version, errors, readOnly, onChange }: Props) {
  const { t, tError } = useI18n();
  const { effective, error } = useEffective(version);
  const adopt = value === null && !readOnly && effective?.source === 'legacy';
  // An older stored value becomes the draft: saving the section moves it into the settings.
  useEffect(() => {
    if (adopt && effective) onChange(toDraft(effective));
  }, [adopt, effective, onChange]);
  const shown = value ?? (effective ? toDraft(effective) : null);
  const onOff = [{ value: true, label: t('tgc.admin.on') }, { value: false, label: t('tgc.admin.off') }];
  const edit = (patch: Partial<ConversationDraft>) => shown && onChange({ ...shown, ...patch });
  const at = (field: string): MessageKey | undefined => errors[`conversation.${field}`];

  return (
    <Stack space="space.150" testId="telegram-conversation">
      <Heading size="small" as="h3">{t('tgc.admin.title')}</Heading>
      <p className="lb-tg-help">{t('tgc.admin.intro')}</p>
      {error && <SectionMessage appearance="error"><p>{tError(error)}</p></SectionMessage>}
      {effective?.source === 'legacy' && <SectionMessage appearance="information" testId="telegram-conversation-legacy"><p>{t('tgc.admin.legacy')}</p></SectionMessage>}
      {value === null && effective?.source === 'defaults' && <p className="lb-tg-help" data-testid="telegram-conversation-defaults">{t('tgc.admin.defaults')}</p>}
      {shown && (
        <>
          <div className="lb-tg-row">
            <Stack space="space.050">
              <Label htmlFor="telegram-conv-resume">{t('tgc.admin.resume')}</Label>
              <Select inputId="telegram-conv-resume" options={onOff} value={onOff.find((o) => o.value === shown.resumeOnClientReply)} isDisabled={readOnly}
                onChange={(o) => o && edit({ resumeOnClientReply: o.value })} />
              <span className="lb-tg-help">{t('tgc.admin.resumeHelp')}</span>
            </Stack>
            <TelegramField id="telegram-conv-resume-to" label={t('tgc.admin.resumeTo')} value={shown.resumeTo} readOnly={readOnly} error={at('resumeTo')}
              onChange={(v) => edit({ resumeTo: v })} />
          </div>
          <TelegramField id="telegram-conv-waiting" label={t('tgc.admin.waiting')} help={t('tgc.admin.waitingHelp')} value={shown.waitingStatuses} readOnly={readOnly}
            error={at('waitingStatuses')} onChange={(v) => edit({ waitingStatuses: v })} />
          <TelegramField id="telegram-conv-repeat" label={t('tgc.admin.repeat')} help={t('tgc.admin.repeatHelp')} value={shown.repeatAfterMinutes} readOnly={readOnly}
            error={at('repeatAfterMinutes')} onChange={(v) => edit({ repeatAfterMinutes: v })} />
        </>
      )}
    </Stack>
  );
}

function toDraft(dto: TelegramConversationDto): ConversationDraft {
  const v = dto.value;
  return { resumeOnClientReply: v.resumeOnClientReply, waitingStatuses: v.waitingStatuses.join(', '), resumeTo: v.resumeTo, repeatAfterMinutes: String(v.repeatAfterMinutes) };
}
