// The CSAT comments behind the panel's CSAT figure (drill-down), for the current filters and period: read on
// demand (`lines/csat-comments`), never with the panel's figures, and refused by the server to anyone but
// support leads and Jira admins (the refusal is shown as it comes). An issue key opens the issue.
import { useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import type { CsatCommentsDto, ErrorPayload, PanelFiltersDto } from '@shared/contract';
import { useI18n } from '@ui/i18n';
import { api, navigateTo } from './api';

export function CsatComments({ filters }: { readonly filters: PanelFiltersDto }) {
  const { t, tError, formatDateTime } = useI18n();
  const [data, setData] = useState<CsatCommentsDto | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    setData(null);
    setError(null);
  }, [filters]);
  const load = async (): Promise<void> => {
    setLoading(true);
    const result = await api.call('lines/csat-comments', { ...filters });
    setLoading(false);
    if (result.ok) setData(result.value);
    else setError(result.error);
  };
  const col = (k: 'issue' | 'score' | 'comment' | 'rater' | 'engineer' | 'date') => t(`lines.comments.col.${k}`);
  return (
    <section className="lb-comments" aria-labelledby="lb-comments-title" data-testid="csat-comments">
      <Heading size="small" as="h2" id="lb-comments-title">{t('lines.comments.title')}</Heading>
      {!data && !error && <Button onClick={() => void load()} isLoading={loading} testId="csat-comments-show">{t('lines.comments.show')}</Button>}
      {error && <div role="alert"><SectionMessage appearance="warning">{tError(error)}</SectionMessage></div>}
      {data && data.comments.length === 0 && <p>{t('lines.comments.none')}</p>}
      {data && data.comments.length > 0 && (
        <DynamicTable
          testId="csat-comments-table"
          rowsPerPage={10}
          head={{ cells: (['issue', 'score', 'comment', 'rater', 'engineer', 'date'] as const).map((k) => ({ key: k, content: col(k) })) }}
          rows={data.comments.map((c) => ({
            key: `${c.issueKey}-${c.cycle}`,
            cells: [
              { key: 'issue', content: <Button appearance="subtle" onClick={() => void navigateTo(`/browse/${c.issueKey}`)}>{c.issueKey}</Button> },
              { key: 'score', content: `${c.score}/5` },
              { key: 'comment', content: c.comment },
              { key: 'rater', content: c.anonymous ? `${c.rater.name} (${t('lines.comments.anonymous')})` : c.rater.name },
              { key: 'engineer', content: c.engineer?.name ?? '—' },
              { key: 'date', content: formatDateTime(c.ratedAt) },
            ],
          }))}
        />
      )}
      {data?.truncated && <p className="lb-footnote">{t('lines.comments.truncated', { count: data.comments.length })}</p>}
    </section>
  );
}
