// The emoji of each event type and burst coalescing (digest messages) of the Telegram section.
import { Label } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import Select from '@atlaskit/select/default';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import type { MessageKey } from '@shared/contract';
import { useI18n } from '@ui/i18n';
import { TelegramField } from './telegram-field';
import { EVENT_TYPES, type TelegramDraft } from './telegram-value';

type Props = {
  readonly draft: TelegramDraft;
  readonly errors: Readonly<Record<string, MessageKey>>;
  readonly readOnly: boolean;
  readonly onChange: (next: TelegramDraft) => void;
};

export function TelegramEmojis({ draft, errors, readOnly, onChange }: Props) {
  const { t } = useI18n();
  const onOff = [{ value: true, label: t('admin.telegram.digest.on') }, { value: false, label: t('admin.telegram.digest.off') }];
  return (
    <Stack space="space.150">
      <Heading size="small" as="h3">{t('admin.telegram.emojis.title')}</Heading>
      <div className="lb-tg-emojis">
        {EVENT_TYPES.map((type) => (
          <TelegramField key={type} id={`telegram-emoji-${type}`} label={t(`tg.event.${type}`)} value={draft.emojis[type]} readOnly={readOnly} error={errors[`emojis.${type}`]}
            onChange={(v) => onChange({ ...draft, emojis: { ...draft.emojis, [type]: v } })} />
        ))}
      </div>
      <Heading size="small" as="h3">{t('admin.telegram.digest.title')}</Heading>
      <div className="lb-tg-row">
        <Stack space="space.050">
          <Label htmlFor="telegram-digest-enabled">{t('admin.telegram.digest.enabled')}</Label>
          <Select inputId="telegram-digest-enabled" options={onOff} value={onOff.find((o) => o.value === draft.digestEnabled)} isDisabled={readOnly}
            onChange={(o) => o && onChange({ ...draft, digestEnabled: o.value })} />
        </Stack>
        <TelegramField id="telegram-digest-threshold" label={t('admin.telegram.digest.threshold')} value={draft.digestThreshold} readOnly={readOnly} error={errors['digest.threshold']}
          onChange={(v) => onChange({ ...draft, digestThreshold: v })} />
      </div>
    </Stack>
  );
}
