// One labelled text input of the SLA section with the server's errors for its path right under it.
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
  readonly errors?: readonly MessageKey[];
  readonly readOnly: boolean;
  readonly help?: string;
  readonly type?: 'text' | 'number' | 'date';
};

export function SlaField({ id, label, value, onChange, errors = [], readOnly, help, type = 'text' }: Props) {
  const { t } = useI18n();
  const invalid = errors.length > 0;
  return (
    <Stack space="space.050">
      <Label htmlFor={id}>{label}</Label>
      <Textfield
        id={id}
        testId={id}
        type={type}
        value={value}
        isReadOnly={readOnly}
        isInvalid={invalid}
        autoComplete="off"
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
      {help && <span className="lb-sla-help">{help}</span>}
      {invalid && (
        <div id={`${id}-error`}>
          {errors.map((key) => (
            <ErrorMessage key={key}>{t(key)}</ErrorMessage>
          ))}
        </div>
      )}
    </Stack>
  );
}
