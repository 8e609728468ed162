// The General section: heading, version line, the outcome of the last save and the form.
// Saving goes through `save` (App owns the api); errors stay here and never reset the draft.
import { useCallback, useMemo, useState } from 'react';
import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import type { GeneralSettingsDto, Result, SettingsSectionDto } from '@shared/contract';
import { useI18n } from '@ui/i18n';
import { GeneralForm } from './general-form';
import { formErrors, toGeneralSettings } from './general-value';
import { SaveBanner, type SaveOutcome } from './save-banner';
import { VersionLine } from './version-line';

type Props = {
  readonly section: SettingsSectionDto;
  readonly canEdit: boolean;
  readonly save: (value: GeneralSettingsDto, expectedVersion: number) => Promise<Result<SettingsSectionDto>>;
  readonly onReload: () => void;
};

const HEADING_ID = 'lb-general-heading';

export function GeneralSection({ section, canEdit, save, onReload }: Props) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const initial = useMemo(() => toGeneralSettings(section.value), [section.value]);

  const onSave = useCallback(
    async (value: GeneralSettingsDto) => {
      setOutcome(null);
      const result = await save(value, section.version);
      setOutcome(result.ok ? { kind: 'saved' } : { kind: 'failed', error: result.error });
      return result.ok ? undefined : formErrors(result.error, t);
    },
    [save, section.version, t],
  );

  return (
    <Stack space="space.200">
      <Stack space="space.050">
        <Heading size="medium" as="h2" id={HEADING_ID}>
          {t('admin.section.general')}
        </Heading>
        <VersionLine section={section} />
      </Stack>
      <div>
        <SaveBanner outcome={outcome} onReload={onReload} />
        <GeneralForm initial={initial} canEdit={canEdit} onSave={onSave} labelId={HEADING_ID} />
      </div>
    </Stack>
  );
}
