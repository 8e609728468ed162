// One labelled text input of the Telegram section with the server's error for its path under it.
import { ErrorMessage, Label } from '@atlaskit/form';
import Textfield from '@atlaskit/textfield';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import type { MessageKey } from '@shared/contract';
import { useI18n } from '@ui/i18n';

type Props = {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: MessageKey;
  readonly readOnly: boolean;
  readonly help?: string;
  readonly type?: 'text' | 'password';
};

export function TelegramField({ id, label, value, onChange, error, readOnly, help, type = 'text' }: Props) {
  const { t } = useI18n();
  return (
    <Stack space="space.050">
      <Label htmlFor={id}>{label}</Label>
      <Textfield
        id={id}
        testId={id}
        type={type}
        value={value}
        isReadOnly={readOnly}
        isInvalid={error !== undefined}
        autoComplete="off"
        aria-describedby={[help ? `${id}-help` : '', error ? `${id}-error` : ''].join(' ').trim() || undefined}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
      {help && <span id={`${id}-help`} className="lb-tg-help">{help}</span>}
      {error && (
        <div id={`${id}-error`}>
          <ErrorMessage>{t(error)}</ErrorMessage>
        </div>
      )}
    </Stack>
  );
}
