// CSAT between the lines: a line-1 agent rates line 2's handling of the latest resolved cycle, 1 to 5 with
// an optional comment and optional anonymity; the rater may change it for 7 days. Everyone else gets a
// clear sentence instead of the form. The server decides; this only shows what it allows.
import { useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import type { ErrorPayload, IssueLinesDto } from '@shared/contract';
import { useI18n } from '@ui/i18n';
import { api } from './api';

type Props = { readonly facts: IssueLinesDto; readonly onRated: (next: IssueLinesDto) => void };
const SCORES = [1, 2, 3, 4, 5] as const;

export function CsatForm({ facts, onRated }: Props) {
  const { t, tError, formatDateTime } = useI18n();
  const form = facts.csat;
  const current = facts.cycles.find((c) => c.index === form.cycle)?.rating ?? null;
  const [score, setScore] = useState<number | null>(current?.mine ? current.score : null);
  const [comment, setComment] = useState(current?.mine ? (current.comment ?? '') : '');
  const [anonymous, setAnonymous] = useState(current?.mine ? current.anonymous : false);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);

  if (form.state !== 'rate' && form.state !== 'edit') {
    const key = form.state === 'locked' ? 'csat.locked' : form.state === 'ratedByOther' ? 'csat.ratedByOther' : form.state === 'notLine1' ? 'csat.notLine1' : 'csat.notResolved';
    return <p className="lb-csat-note" data-testid={`csat-${form.state}`}>{t(key)}</p>;
  }
  const submit = async (): Promise<void> => {
    if (score === null || form.cycle === null) return;
    setSaving(true);
    const result = await api.call('lines/rate', { issueKey: facts.issueKey, cycle: form.cycle, score, comment, anonymous });
    setSaving(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setSaved(true);
    onRated(result.value);
  };
  return (
    <form className="lb-csat" data-testid="csat-form" aria-labelledby="csat-title" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <h3 id="csat-title" className="lb-csat-title">{t('csat.title')}</h3>
      <fieldset className="lb-scores">
        <legend>{t('csat.score')}</legend>
        {SCORES.map((n) => (
          <label key={n} className={`lb-score${score === n ? ' lb-score-on' : ''}`}>
            <input type="radio" name="score" value={n} checked={score === n} onChange={() => setScore(n)} aria-label={t('csat.score.n', { n })} />
            <span aria-hidden="true">{n}</span>
          </label>
        ))}
      </fieldset>
      <label htmlFor="csat-comment" className="lb-label">{t('csat.comment')}</label>
      <textarea id="csat-comment" name="comment" rows={3} maxLength={1000} value={comment} onChange={(e) => setComment(e.target.value)} aria-describedby="csat-comment-help" />
      <p id="csat-comment-help" className="lb-help">{t('csat.comment.help')}</p>
      <label className="lb-check">
        <input type="checkbox" name="anonymous" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
        {t('csat.anonymous')}
      </label>
      {error && <div role="alert"><SectionMessage appearance="error">{tError(error)}</SectionMessage></div>}
      {saved && !error && <p role="status" data-testid="csat-saved">{t('csat.saved')}</p>}
      {form.editableUntil && <p className="lb-help">{t('csat.editableUntil', { when: formatDateTime(form.editableUntil) })}</p>}
      <Button appearance="primary" type="submit" isDisabled={score === null || saving} testId="csat-submit">{form.state === 'edit' ? t('csat.update') : t('csat.submit')}</Button>
    </form>
  );
}
