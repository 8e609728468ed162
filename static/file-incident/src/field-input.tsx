// One template question as an input: Atlaskit Textfield and Select; a native <textarea> and
// <input type="datetime-local"> styled with design tokens (no Atlaskit textarea or date-time picker is
// installed). Labels, help and the server's error are tied to the input for screen readers.
import { ErrorMessage, HelperMessage, Label, RequiredAsterisk } from '@atlaskit/form';
import Select from '@atlaskit/select/default';
import Textfield from '@atlaskit/textfield';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import type { TemplateFieldDto } from '@shared/contract';
import { useI18n } from '@ui/i18n';

type Props = {
  readonly field: TemplateFieldDto;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onBlur?: () => void;
  readonly error: string | undefined;
  readonly autoFocus: boolean;
  readonly disabled: boolean;
};

type Option = { readonly label: string; readonly value: string };

export const inputIdOf = (fieldId: string): string => `lb-field-${fieldId}`;

export function FieldInput({ field, value, onChange, onBlur, error, autoFocus, disabled }: Props) {
  const { t, locale } = useI18n();
  const id = inputIdOf(field.id);
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const help = field.help[locale];
  const describedBy = [error ? errorId : '', help ? helpId : ''].filter(Boolean).join(' ') || undefined;
  const common = { id, name: field.id, autoFocus, disabled, required: field.required, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy, 'data-testid': `incident-field-${field.id}` };

  const options: Option[] = (field.options ?? []).map((o) => ({ value: o.id, label: o.label[locale] }));
  const input = (() => {
    switch (field.type) {
      case 'multiline':
        return <textarea {...common} className="lb-textarea" rows={5} value={value} onBlur={onBlur} onChange={(e) => onChange(e.target.value)} />;
      case 'dateTime':
        return <input {...common} className="lb-datetime" type="datetime-local" value={value} onBlur={onBlur} onChange={(e) => onChange(e.target.value)} />;
      case 'select':
        return (
          <div data-testid={`incident-field-${field.id}`}>
            <Select<Option, false>
              inputId={id}
              autoFocus={autoFocus}
              isDisabled={disabled}
              isClearable={!field.required}
              options={options}
              value={options.find((o) => o.value === value) ?? null}
              placeholder={t('incident.select.placeholder')}
              isInvalid={Boolean(error)}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
              onChange={(o) => onChange(o?.value ?? '')}
              onBlur={onBlur}
            />
          </div>
        );
      default:
        return (
          <Textfield
            id={id}
            name={field.id}
            autoFocus={autoFocus}
            isDisabled={disabled}
            isRequired={field.required}
            isInvalid={Boolean(error)}
            type={field.type === 'number' ? 'number' : 'text'}
            inputMode={field.type === 'number' ? 'decimal' : undefined}
            autoComplete="off"
            value={value}
            aria-describedby={describedBy}
            testId={`incident-field-${field.id}`}
            onBlur={onBlur}
            onChange={(e) => onChange(e.currentTarget.value)}
          />
        );
    }
  })();

  return (
    <Stack space="space.050">
      <Label htmlFor={id}>
        {field.label[locale]}
        {field.required && <RequiredAsterisk />}
      </Label>
      {input}
      {help && (
        <div id={helpId}>
          <HelperMessage>{help}</HelperMessage>
        </div>
      )}
      {error && (
        <div id={errorId} data-testid={`incident-error-${field.id}`}>
          <ErrorMessage>{error}</ErrorMessage>
        </div>
      )}
    </Stack>
  );
}
