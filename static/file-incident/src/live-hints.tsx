// What the answers so far lead to: the priority (with the rule that set it) and the summary, plus the
// warning about open incidents of the same client. Both live in polite regions: read out, never focused.
import Lozenge, { type ThemeAppearance } from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import type { DuplicateIssueDto, IncidentPreviewDto, IncidentTemplateDto, Locale, PriorityLevelDto } from '@shared/contract';
import { useI18n } from '@ui/i18n';
import { IssueLink } from './issue-link';

const APPEARANCE: Readonly<Record<PriorityLevelDto, ThemeAppearance>> = { critical: 'removed', high: 'moved', medium: 'inprogress', low: 'default' };

/** "Affected scope: More than half of the users" for each field the matching rule looks at. */
function ruleReason(template: IncidentTemplateDto, answers: Readonly<Record<string, string>>, fieldIds: readonly string[], locale: Locale): string {
  return fieldIds
    .map((id) => {
      const field = template.fields.find((f) => f.id === id);
      if (!field) return '';
      const answer = answers[id] ?? '';
      const option = field.options?.find((o) => o.id === answer);
      return `${field.label[locale]}: ${option ? option.label[locale] : answer}`;
    })
    .filter((part) => part !== '')
    .join('; ');
}

export function PriorityPreview({ preview, template, answers }: {
  readonly preview: IncidentPreviewDto | null;
  readonly template: IncidentTemplateDto;
  readonly answers: Readonly<Record<string, string>>;
}) {
  const { t, locale } = useI18n();
  const reason = preview ? ruleReason(template, answers, preview.ruleFieldIds, locale) : '';
  return (
    <div aria-live="polite" data-testid="incident-preview">
      {preview && (
        <Stack space="space.050">
          <Inline space="space.100" alignBlock="center">
            <Text weight="medium">{t('incident.priority')}:</Text>
            <Lozenge appearance={APPEARANCE[preview.priority]} testId="incident-priority">
              {preview.priorityName}
            </Lozenge>
            <Text size="small" color="color.text.subtle">
              {preview.ruleId && reason !== '' ? t('incident.priority.byRule', { reason }) : preview.ruleId ? null : t('incident.priority.default')}
            </Text>
          </Inline>
          <Text size="small" color="color.text.subtle" testId="incident-summary-preview">
            {t('incident.summary')}: {preview.summary}
          </Text>
        </Stack>
      )}
    </div>
  );
}

export function DuplicateWarning({ issues }: { readonly issues: readonly DuplicateIssueDto[] }) {
  const { t } = useI18n();
  return (
    <div aria-live="polite" data-testid="incident-duplicates">
      {issues.length > 0 && (
        <SectionMessage appearance="warning" title={t('incident.duplicates.title')}>
          <p>{t('incident.duplicates.help')}</p>
          <ul>
            {issues.map((i) => (
              <li key={i.key}>
                <IssueLink issueKey={i.key} testId={`incident-duplicate-${i.key}`}>
                  {i.key}
                </IssueLink>{' '}
                {i.summary} ({i.statusName})
              </li>
            ))}
          </ul>
        </SectionMessage>
      )}
    </div>
  );
}
