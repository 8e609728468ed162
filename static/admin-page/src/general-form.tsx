// The General settings form (Atlaskit Form): project keys, default language and the three groups.
// It only collects and shows: saving, and turning server field errors into messages, are done by
// onSave's caller. A failed save leaves every typed value in place.
import { useMemo } from 'react';
import Button from '@atlaskit/button/new';
import Form, { Field, FormFooter } from '@atlaskit/form';
import Select from '@atlaskit/select/default';
import Textfield from '@atlaskit/textfield';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import type { GeneralSettingsDto, MessageKey } from '@shared/contract';
import { LOCALES } from '@shared/i18n';
import { useI18n } from '@ui/i18n';
import { fromFormValues, type GeneralFormValues, type LocaleOption } from './general-value';

type FieldErrors = Partial<Record<keyof GeneralFormValues, string>>;

type Props = {
  readonly initial: GeneralSettingsDto;
  readonly canEdit: boolean;
  /** Saves and answers the field errors to show (undefined when there are none). */
  readonly onSave: (value: GeneralSettingsDto) => Promise<FieldErrors | undefined>;
  readonly labelId: string;
};

type TextRowProps = {
  readonly name: 'projectKeys' | 'line1Group' | 'line2Group' | 'leadGroup';
  readonly label: MessageKey;
  readonly helper: MessageKey;
  readonly defaultValue: string;
  readonly readOnly: boolean;
};

function TextRow({ name, label, helper, defaultValue, readOnly }: TextRowProps) {
  const { t } = useI18n();
  return (
    <Field<string>
      name={name}
      label={t(label)}
      defaultValue={defaultValue}
      helperMessage={t(helper)}
      component={({ fieldProps }) => <Textfield {...fieldProps} isReadOnly={readOnly} autoComplete="off" />}
    />
  );
}

export function GeneralForm({ initial, canEdit, onSave, labelId }: Props) {
  const { t, locale } = useI18n();
  const options = useMemo<LocaleOption[]>(() => LOCALES.map((value) => ({ value, label: t(`locale.${value}`) })), [t]);
  const initialOption = options.find((o) => o.value === initial.defaultLocale) ?? null;
  const projectKeys = initial.projectKeys.join(', ');
  const readOnly = !canEdit;

  return (
    <Form<GeneralFormValues> labelId={labelId} onSubmit={(values) => onSave(fromFormValues(values, locale))}>
      {({ formProps, submitting }) => (
        <form {...formProps} noValidate>
          <Stack space="space.100">
            <TextRow
              name="projectKeys"
              label="admin.general.projectKeys"
              helper="admin.general.projectKeys.help"
              defaultValue={projectKeys}
              readOnly={readOnly}
            />
            <Field<LocaleOption | null>
              name="defaultLocale"
              label={t('admin.general.defaultLocale')}
              defaultValue={initialOption}
              component={({ fieldProps: { id, isDisabled, ...rest } }) => (
                <Select<LocaleOption, false>
                  inputId={id}
                  {...rest}
                  options={options}
                  isDisabled={isDisabled || readOnly}
                />
              )}
            />
            {(['line1Group', 'line2Group', 'leadGroup'] as const).map((name) => (
              <TextRow
                key={name}
                name={name}
                label={`admin.general.${name}`}
                helper="admin.general.group.help"
                defaultValue={initial[name]}
                readOnly={readOnly}
              />
            ))}
          </Stack>
          {canEdit && (
            <FormFooter align="start">
              <Button type="submit" appearance="primary" isLoading={submitting} testId="save-general">
                {t('common.save')}
              </Button>
            </FormFooter>
          )}
        </form>
      )}
    </Form>
  );
}
