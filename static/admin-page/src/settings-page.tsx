// The settings page layout: title, read-only notice, the section navigation and the sections.
// Every section stays mounted (hidden when not selected) so a half-typed draft survives switching.
import { useState } from 'react';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Box } from '@atlaskit/primitives/compiled/box';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import type { GeneralSettingsDto, Result, SettingsDto, SettingsSectionDto, SettingsSectionKey } from '@shared/contract';
import { useI18n } from '@ui/i18n';
import { GeneralSection } from './general-section';
import { GuardSection } from './guard/guard-section';
import { NotBuiltSection } from './not-built-section';
import { TemplatesSection } from './templates/templates-section';
import { line2GroupOf } from './templates/assignment-model';
import { SlaSection } from './sla/sla-section';
import { TelegramSection } from './telegram/telegram-section';
import { SectionNav } from './section-nav';
import { SECTION_ORDER, findSection, sectionPanelId } from './sections';

type Props = {
  readonly settings: SettingsDto;
  readonly saveGeneral: (value: GeneralSettingsDto, expectedVersion: number) => Promise<Result<SettingsSectionDto>>;
  readonly saveTemplates: (value: unknown, expectedVersion: number) => Promise<Result<SettingsSectionDto>>;
  readonly saveSla: (value: unknown, expectedVersion: number) => Promise<Result<SettingsSectionDto>>;
  readonly saveTelegram: (value: unknown, expectedVersion: number) => Promise<Result<SettingsSectionDto>>;
  readonly saveGuard: (value: unknown, expectedVersion: number) => Promise<Result<SettingsSectionDto>>;
  readonly onReload: () => void;
};

export function SettingsPage({ settings, saveGeneral, saveTemplates, saveSla, saveTelegram, saveGuard, onReload }: Props) {
  const { t } = useI18n();
  const [selected, setSelected] = useState<SettingsSectionKey>('general');
  const general = findSection(settings, 'general');
  const templates = findSection(settings, 'templates');
  const sla = findSection(settings, 'sla');
  const telegram = findSection(settings, 'telegram');
  const guard = findSection(settings, 'transitionGuard');

  return (
    <Box as="main" padding="space.300">
      <Stack space="space.300">
        <Heading size="large" as="h1">
          {t('admin.title')}
        </Heading>
        {!settings.canEdit && (
          <SectionMessage appearance="information" testId="read-only-notice">
            <p>{t('admin.readOnly')}</p>
          </SectionMessage>
        )}
        <div className="lb-admin-layout">
          <SectionNav selected={selected} onSelect={setSelected} />
          {SECTION_ORDER.map((key) => (
            <section key={key} id={sectionPanelId(key)} hidden={key !== selected} className="lb-admin-section">
              {key === 'general' && general?.built ? (
                <GeneralSection section={general} canEdit={settings.canEdit} save={saveGeneral} onReload={onReload} />
              ) : key === 'templates' && templates?.built ? (
                <TemplatesSection section={templates} canEdit={settings.canEdit} save={saveTemplates} onReload={onReload} line2Group={line2GroupOf(general?.value)} />
              ) : key === 'sla' && sla?.built ? (
                <SlaSection section={sla} canEdit={settings.canEdit} save={saveSla} onReload={onReload} />
              ) : key === 'transitionGuard' && guard?.built ? (
                <GuardSection section={guard} canEdit={settings.canEdit} save={saveGuard} onReload={onReload} />
              ) : key === 'telegram' && telegram?.built ? (
                <TelegramSection section={telegram} canEdit={settings.canEdit} save={saveTelegram} onReload={onReload} />
              ) : (
                <NotBuiltSection section={key} />
              )}
            </section>
          ))}
        </div>
      </Stack>
    </Box>
  );
}
