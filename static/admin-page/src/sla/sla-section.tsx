// The SLA section of the admin page: the recomputation's progress, goals and warning share per metric,
// the business calendar and its holidays, the auto-close of silent requests. Saved whole through settings/save (the server validates with
// the clock's own parsers; its errors appear at their inputs and in a list). A failed save keeps edits.
import './sla.css';
import { useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import type { MessageKey } from '@shared/contract';
import { useI18n } from '@ui/i18n';
import { SaveBanner } from '../save-banner';
import { useSectionSave, type SectionProps } from '../use-section-save';
import { VersionLine } from '../version-line';
import { SlaAutoCloseEditor } from './sla-auto-close';
import { SlaCalendarEditor } from './sla-calendar';
import { SlaMetricGoals } from './sla-goals';
import { SlaHolidays } from './sla-holidays';
import { SlaRecompute } from './sla-recompute';
import { fromSlaDraft, toSlaDraft, type SlaDraft } from './sla-value';

function ErrorSummary({ errors }: { readonly errors: Readonly<Record<string, MessageKey>> }) {
  const { t } = useI18n();
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <SectionMessage appearance="warning" title={t('admin.sla.errors')} testId="sla-error-list">
      <ul>
        {entries.map(([path, key]) => (
          <li key={path}>
            <code>{path}</code>: {t(key)}
          </li>
        ))}
      </ul>
    </SectionMessage>
  );
}

export function SlaSection({ section, canEdit, save, onReload }: SectionProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<SlaDraft>(() => toSlaDraft(section.value));
  const { errors, outcome, saving, submit } = useSectionSave(save, section.version);
  useEffect(() => setDraft(toSlaDraft(section.value)), [section.version, section.value]);
  const readOnly = !canEdit;

  const onSave = () => submit(fromSlaDraft(draft));

  return (
    <Stack space="space.200">
      <Stack space="space.050">
        <Heading size="medium" as="h2">{t('admin.section.sla')}</Heading>
        <VersionLine section={section} />
      </Stack>
      <SaveBanner outcome={outcome} onReload={onReload} />
      <SlaRecompute version={section.version} canEdit={canEdit} />
      <ErrorSummary errors={errors} />
      <Heading size="small" as="h3">{t('admin.sla.goals')}</Heading>
      <p className="lb-sla-help">{t('admin.sla.intro')}</p>
      {draft.metrics.map((metric, i) => (
        <SlaMetricGoals key={metric.metric} index={i} draft={metric} errors={errors} readOnly={readOnly}
          onChange={(next) => setDraft({ ...draft, metrics: draft.metrics.map((m, n) => (n === i ? next : m)) })} />
      ))}
      <SlaCalendarEditor calendar={draft.calendar} errors={errors} readOnly={readOnly} onChange={(calendar) => setDraft({ ...draft, calendar })} />
      <SlaHolidays key={section.version} draft={draft} onChange={setDraft} errors={errors} readOnly={readOnly} />
      <SlaAutoCloseEditor draft={draft.autoClose} errors={errors} readOnly={readOnly} onChange={(autoClose) => setDraft({ ...draft, autoClose })} />
      {canEdit && (
        <div>
          <Button appearance="primary" onClick={() => void onSave()} isLoading={saving} testId="save-sla">{t('common.save')}</Button>
        </div>
      )}
    </Stack>
  );
}
