// Chooses the template (project and issue type) when the page serves more than one: the global page lists
// every project's templates; a project page usually has one and shows no picker.
import { Label } from '@atlaskit/form';
import Select from '@atlaskit/select/default';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import type { IncidentTemplateDto } from '@shared/contract';
import { useI18n } from '@ui/i18n';

type Option = { readonly label: string; readonly value: string };
type Props = {
  readonly templates: readonly IncidentTemplateDto[];
  readonly value: string;
  readonly onChange: (templateId: string) => void;
  readonly disabled: boolean;
  readonly autoFocus: boolean;
};

export function TemplatePicker({ templates, value, onChange, disabled, autoFocus }: Props) {
  const { t, locale } = useI18n();
  const options: Option[] = templates.map((x) => ({ value: x.id, label: `${x.projectKey} · ${x.issueTypeName} — ${x.name[locale]}` }));
  return (
    <Stack space="space.050">
      <Label htmlFor="lb-template">{t('incident.template')}</Label>
      <div data-testid="incident-template-select">
        <Select<Option, false>
          inputId="lb-template"
          autoFocus={autoFocus}
          isDisabled={disabled}
          options={options}
          value={options.find((o) => o.value === value) ?? null}
          onChange={(o) => o && onChange(o.value)}
        />
      </div>
    </Stack>
  );
}
