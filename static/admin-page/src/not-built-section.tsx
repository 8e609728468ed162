// A settings section whose feature ships later: its title and a calm notice, no form.
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import type { SettingsSectionKey } from '@shared/contract';
import { useI18n } from '@ui/i18n';
import { sectionTitle } from './sections';

export function NotBuiltSection({ section }: { readonly section: SettingsSectionKey }) {
  const { t } = useI18n();
  const title = t(sectionTitle(section));
  return (
    <Stack space="space.200">
      <Heading size="medium" as="h2">
        {title}
      </Heading>
      <SectionMessage appearance="information">
        <p>{t('common.notBuiltYet', { feature: title })}</p>
      </SectionMessage>
    </Stack>
  );
}
