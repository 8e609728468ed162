// The business calendar: time zone and working hours per weekday ("09:00-13:00, 14:00-18:00"; empty
// means a day off). Errors of `calendar.timeZone`, `calendar.week` and `calendar.week.<day>…` show here.
import Heading from '@atlaskit/heading';
import { ErrorMessage } from '@atlaskit/form';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import type { MessageKey } from '@shared/contract';
import { useI18n } from '@ui/i18n';
import { SlaField } from './sla-field';
import { WEEKDAYS, errorsUnder, type CalendarDraft } from './sla-value';

type Props = {
  readonly calendar: CalendarDraft;
  readonly onChange: (next: CalendarDraft) => void;
  readonly errors: Readonly<Record<string, MessageKey>>;
  readonly readOnly: boolean;
};

export function SlaCalendarEditor({ calendar, onChange, errors, readOnly }: Props) {
  const { t } = useI18n();
  const weekError = errors['calendar.week'];
  return (
    <Stack space="space.100" testId="sla-calendar">
      <Heading size="small" as="h3">{t('admin.sla.calendar')}</Heading>
      <div className="lb-sla-narrow">
        <SlaField id="sla-time-zone" label={t('admin.sla.timeZone')} help={t('admin.sla.timeZone.help')} value={calendar.timeZone} readOnly={readOnly}
          errors={errorsUnder(errors, 'calendar.timeZone')} onChange={(timeZone) => onChange({ ...calendar, timeZone })} />
      </div>
      <p className="lb-sla-help">{t('admin.sla.week.help')}</p>
      {weekError && <ErrorMessage>{t(weekError)}</ErrorMessage>}
      <div className="lb-sla-week">
        {WEEKDAYS.map((day) => (
          <SlaField key={day} id={`sla-week-${day}`} label={t(`admin.sla.weekday.${day}`)} value={calendar.week[day]} readOnly={readOnly}
            errors={errorsUnder(errors, `calendar.week.${day}`)} onChange={(hours) => onChange({ ...calendar, week: { ...calendar.week, [day]: hours } })} />
        ))}
      </div>
    </Stack>
  );
}
