// Auto-close of silent requests in the SLA section: on/off, the waiting statuses, the silence before the
// reminder and before the close (business hours or days of the calendar above), the statuses to close
// through with the resolution, and the reminder and closing texts in English and Russian.
import Heading from '@atlaskit/heading';
import { ErrorMessage, Label } from '@atlaskit/form';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import type { Locale, MessageKey } from '@shared/contract';
import { useI18n } from '@ui/i18n';
import { SlaField } from './sla-field';
import { errorsUnder } from './sla-value';
import type { AutoCloseDraft, SilenceUnit } from './sla-auto-close-value';

type Props = {
  readonly draft: AutoCloseDraft;
  readonly onChange: (next: AutoCloseDraft) => void;
  readonly errors: Readonly<Record<string, MessageKey>>;
  readonly readOnly: boolean;
};

const LOCALES: readonly Locale[] = ['en', 'ru'];

function Silence({ id, label, amount, unit, onChange, errors, readOnly }: {
  readonly id: string; readonly label: string; readonly amount: string; readonly unit: SilenceUnit; readonly readOnly: boolean;
  readonly onChange: (amount: string, unit: SilenceUnit) => void; readonly errors: readonly MessageKey[];
}) {
  const { t } = useI18n();
  return (
    <div className="lb-sla-silence">
      <SlaField id={`${id}-amount`} label={label} type="number" value={amount} readOnly={readOnly} errors={errors} onChange={(v) => onChange(v, unit)} />
      <Stack space="space.050">
        <Label htmlFor={`${id}-unit`}>{t('admin.sla.autoClose.unit.label')}</Label>
        <select id={`${id}-unit`} data-testid={`${id}-unit`} className="lb-sla-select" value={unit} disabled={readOnly}
          onChange={(e) => onChange(amount, e.target.value === 'hours' ? 'hours' : 'days')}>
          <option value="hours">{t('admin.sla.autoClose.unit.hours')}</option>
          <option value="days">{t('admin.sla.autoClose.unit.days')}</option>
        </select>
      </Stack>
    </div>
  );
}

function LocalizedTexts({ field, label, value, onChange, errors, readOnly }: {
  readonly field: 'reminderText' | 'closingText'; readonly label: MessageKey; readonly value: Readonly<Record<Locale, string>>; readonly readOnly: boolean;
  readonly onChange: (next: Readonly<Record<Locale, string>>) => void; readonly errors: Readonly<Record<string, MessageKey>>;
}) {
  const { t } = useI18n();
  return (
    <>
      {LOCALES.map((locale) => {
        const id = `sla-autoclose-${field}-${locale}`;
        const problems = errorsUnder(errors, `autoClose.${field}.${locale}`);
        return (
          <Stack key={locale} space="space.050">
            <Label htmlFor={id}>{t(label, { locale: locale.toUpperCase() })}</Label>
            <textarea id={id} data-testid={id} className="lb-sla-textarea" rows={3} readOnly={readOnly} value={value[locale]}
              aria-invalid={problems.length > 0} onChange={(e) => onChange({ ...value, [locale]: e.target.value })} />
            {problems.map((key) => <ErrorMessage key={key}>{t(key)}</ErrorMessage>)}
          </Stack>
        );
      })}
    </>
  );
}

export function SlaAutoCloseEditor({ draft, onChange, errors, readOnly }: Props) {
  const { t } = useI18n();
  const set = (patch: Partial<AutoCloseDraft>) => onChange({ ...draft, ...patch });
  return (
    <Stack space="space.100" testId="sla-auto-close">
      <Heading size="small" as="h3">{t('admin.sla.autoClose.title')}</Heading>
      <p className="lb-sla-help">{t('admin.sla.autoClose.help')}</p>
      <label className="lb-sla-check">
        <input type="checkbox" data-testid="sla-autoclose-enabled" checked={draft.enabled} disabled={readOnly} onChange={(e) => set({ enabled: e.target.checked })} />
        {t('admin.sla.autoClose.enabled')}
      </label>
      <SlaField id="sla-autoclose-statuses" label={t('admin.sla.autoClose.waitingStatuses')} value={draft.waitingStatuses} readOnly={readOnly}
        errors={errorsUnder(errors, 'autoClose.waitingStatuses')} onChange={(waitingStatuses) => set({ waitingStatuses })} />
      <Silence id="sla-autoclose-remind" label={t('admin.sla.autoClose.remindAfter')} amount={draft.remindAmount} unit={draft.remindUnit} readOnly={readOnly}
        errors={errorsUnder(errors, 'autoClose.remindAfter')} onChange={(remindAmount, remindUnit) => set({ remindAmount, remindUnit })} />
      <Silence id="sla-autoclose-close" label={t('admin.sla.autoClose.closeAfter')} amount={draft.closeAmount} unit={draft.closeUnit} readOnly={readOnly}
        errors={errorsUnder(errors, 'autoClose.closeAfter')} onChange={(closeAmount, closeUnit) => set({ closeAmount, closeUnit })} />
      <SlaField id="sla-autoclose-via" label={t('admin.sla.autoClose.closeVia')} value={draft.closeVia} readOnly={readOnly}
        errors={errorsUnder(errors, 'autoClose.closeVia')} onChange={(closeVia) => set({ closeVia })} />
      <SlaField id="sla-autoclose-resolution" label={t('admin.sla.autoClose.resolution')} value={draft.resolution} readOnly={readOnly}
        errors={errorsUnder(errors, 'autoClose.resolution')} onChange={(resolution) => set({ resolution })} />
      <LocalizedTexts field="reminderText" label="admin.sla.autoClose.reminderText" value={draft.reminderText} readOnly={readOnly} errors={errors}
        onChange={(reminderText) => set({ reminderText })} />
      <LocalizedTexts field="closingText" label="admin.sla.autoClose.closingText" value={draft.closingText} readOnly={readOnly} errors={errors}
        onChange={(closingText) => set({ closingText })} />
      {errors['autoClose'] && <ErrorMessage>{t(errors['autoClose'])}</ErrorMessage>}
    </Stack>
  );
}
