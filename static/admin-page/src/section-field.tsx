// One labelled text input of a settings section, with its help line and the server's errors for its path
// right under it (each section styles its help line through `helpClassName`).
import { ErrorMessage, Label } from '@atlaskit/form';
import Textfield from '@atlaskit/textfield';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import type { MessageKey } from '@shared/contract';
import { useI18n } from '@ui/i18n';

export type SectionFieldProps = {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly errors?: readonly MessageKey[];
  readonly readOnly: boolean;
  readonly help?: string;
  readonly type?: 'text' | 'number' | 'date' | 'password';
  readonly helpClassName: string;
};

export function SectionField({ id, label, value, onChange, errors = [], readOnly, help, type = 'text', helpClassName }: SectionFieldProps) {
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
        aria-describedby={[help ? `${id}-help` : '', invalid ? `${id}-error` : ''].join(' ').trim() || undefined}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
      {help && <span id={`${id}-help`} className={helpClassName}>{help}</span>}
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
