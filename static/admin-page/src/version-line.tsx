// "Version N, changed <when> by <who>", or "Defaults (never saved)" for a section nobody saved yet.
import { Text } from '@atlaskit/primitives/compiled/text';
import type { SettingsSectionDto } from '@shared/contract';
import { useI18n } from '@ui/i18n';

export function VersionLine({ section }: { readonly section: SettingsSectionDto }) {
  const { t, formatDateTime } = useI18n();
  const saved = section.updatedAt !== null;
  return (
    <Text as="p" color="color.text.subtle" size="small" testId="version-line">
      {saved
        ? t('admin.version', {
            version: section.version,
            when: formatDateTime(section.updatedAt ?? ''),
            who: section.updatedBy ?? '—',
          })
        : t('admin.neverSaved')}
    </Text>
  );
}
