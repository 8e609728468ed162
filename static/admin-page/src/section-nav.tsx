// Left navigation between settings sections: a labelled <nav> of buttons, the current one marked
// with aria-current. Keyboard: Tab moves between sections, Enter/Space opens one.
import Button from '@atlaskit/button/new';
import type { SettingsSectionKey } from '@shared/contract';
import { useI18n } from '@ui/i18n';
import { SECTION_ORDER, sectionPanelId, sectionTitle } from './sections';

type Props = { readonly selected: SettingsSectionKey; readonly onSelect: (section: SettingsSectionKey) => void };

export function SectionNav({ selected, onSelect }: Props) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('admin.nav.label')} className="lb-admin-nav">
      <ul>
        {SECTION_ORDER.map((section) => (
          <li key={section}>
            <Button
              appearance="subtle"
              shouldFitContainer
              isSelected={section === selected}
              aria-current={section === selected ? 'page' : undefined}
              aria-controls={sectionPanelId(section)}
              onClick={() => onSelect(section)}
              testId={`nav-${section}`}
            >
              {t(sectionTitle(section))}
            </Button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
