// Holidays of the calendar: a list of dates with names, and an import from an iCalendar file (read in
// the browser, parsed by the backend's domain parser via `sla/parse-ical`). Imported dates join the
// draft; nothing is stored until the section is saved.
import { useState, type ChangeEvent } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import type { MessageKey } from '@shared/contract';
import { useI18n } from '@ui/i18n';
import { api } from '../api';
import { SlaField } from './sla-field';
import { errorsUnder, withHolidays, type SlaDraft } from './sla-value';

type Props = {
  readonly draft: SlaDraft;
  readonly onChange: (next: SlaDraft) => void;
  readonly errors: Readonly<Record<string, MessageKey>>;
  readonly readOnly: boolean;
};

type Notice = { readonly ok: boolean; readonly text: string };

export function SlaHolidays({ draft, onChange, errors, readOnly }: Props) {
  const { t, tError } = useI18n();
  const [notice, setNotice] = useState<Notice | null>(null);
  const holidays = draft.calendar.holidays;
  const setHolidays = (next: typeof holidays) => onChange({ ...draft, calendar: { ...draft.calendar, holidays: next } });

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (!file) return;
    const result = await api.call('sla/parse-ical', { text: await file.text() });
    if (!result.ok) return setNotice({ ok: false, text: tError(result.error) });
    const merged = withHolidays(draft, result.value.holidays);
    onChange(merged.draft);
    setNotice({ ok: true, text: t('admin.sla.ical.result', { added: merged.added, events: result.value.events, skipped: result.value.skipped }) });
  };

  return (
    <Stack space="space.100" testId="sla-holidays">
      <Heading size="small" as="h3">{t('admin.sla.holidays')}</Heading>
      {notice && (
        <div aria-live="polite">
          <SectionMessage appearance={notice.ok ? 'information' : 'warning'}><p>{notice.text}</p></SectionMessage>
        </div>
      )}
      {holidays.length === 0 && <p className="lb-sla-help">{t('admin.sla.holidays.none')}</p>}
      {holidays.map((h, i) => (
        <div key={i} className="lb-sla-row">
          <SlaField id={`sla-holiday-${i}-date`} label={t('admin.sla.holiday.date')} type="date" value={h.date} readOnly={readOnly}
            errors={errorsUnder(errors, `calendar.holidays.${i}`)} onChange={(date) => setHolidays(holidays.map((x, n) => (n === i ? { ...x, date } : x)))} />
          <SlaField id={`sla-holiday-${i}-name`} label={t('admin.sla.holiday.name')} value={h.name} readOnly={readOnly}
            onChange={(name) => setHolidays(holidays.map((x, n) => (n === i ? { ...x, name } : x)))} />
          {!readOnly && (
            <Button appearance="subtle" onClick={() => setHolidays(holidays.filter((_, n) => n !== i))}>
              {t('admin.sla.holiday.remove', { date: h.date || String(i + 1) })}
            </Button>
          )}
        </div>
      ))}
      {!readOnly && (
        <div className="lb-sla-row">
          <Button onClick={() => setHolidays([...holidays, { date: '', name: '', part: {} }])} testId="sla-holiday-add">{t('admin.sla.holiday.add')}</Button>
          <label className="lb-sla-file">
            {t('admin.sla.ical.import')}
            <input type="file" accept=".ics,text/calendar" data-testid="sla-ical-file" onChange={(e) => void onFile(e)} />
          </label>
        </div>
      )}
    </Stack>
  );
}
