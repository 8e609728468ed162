// "Export CSV": the figures on screen (KPIs, weekly trend, table by engineer; CSAT comments for leads and
// admins) as a CSV file built in the browser (src/shared/lines-csv.ts: quoted, formula-injection safe), with a
// byte-order mark for Excel.
import Button from '@atlaskit/button/new';
import type { PanelDto, PanelFiltersDto } from '@shared/contract';
import { panelCsv, type CsvComments } from '@shared/lines-csv';
import { useI18n } from '@ui/i18n';
import { api } from './api';

/** The comments go in only when the server gives them (leads and admins); anyone else gets the figures. */
async function commentsFor(filters: PanelFiltersDto, t: ReturnType<typeof useI18n>['t']): Promise<CsvComments | undefined> {
  const result = await api.call('lines/csat-comments', { ...filters });
  if (!result.ok) return undefined;
  const col = (k: 'issue' | 'score' | 'comment' | 'rater' | 'engineer' | 'date') => t(`lines.comments.col.${k}`);
  return { heading: [col('issue'), t('lines.csv.cycle'), col('score'), col('comment'), col('rater'), col('engineer'), col('date')], anonymousLabel: t('lines.comments.anonymous'), rows: result.value.comments };
}

export function CsvExport({ panel, filters }: { readonly panel: PanelDto; readonly filters: PanelFiltersDto }) {
  const { t } = useI18n();
  const download = async (): Promise<void> => {
    const comments = await commentsFor(filters, t);
    const csv = panelCsv(panel, {
      kpi: [t('lines.csv.kpi'), t('lines.csv.value'), t('lines.csv.numerator'), t('lines.csv.denominator')],
      trend: [t('lines.csv.week'), t('lines.table.load'), t('lines.table.resolved'), t('lines.trend.reopenRate'), t('lines.trend.csat'), t('lines.trend.sla'), t('lines.trend.handoff')],
      people: [
        t('lines.table.person'), t('lines.csv.accountId'), t('lines.table.line'), t('lines.table.load'), t('lines.table.resolved'), t('lines.csv.reopened'),
        t('lines.table.reopenRate'), t('lines.table.csat'), t('lines.csv.csatCount'), t('lines.csv.slaMet'), t('lines.csv.slaTotal'), t('lines.table.sla'),
      ],
    }, {
      reopenRate: t('lines.kpi.reopenRate'), fcr: t('lines.kpi.fcr'), repeatContacts: t('lines.kpi.repeat'), csat: t('lines.kpi.csat'),
      slaFirstResponse: t('lines.kpi.sla.firstResponse'), slaResolution: t('lines.kpi.sla.resolution'), slaHandoff: t('lines.kpi.sla.handoff'),
      handoffMedian: `${t('lines.kpi.handoff')} p50`, handoffP90: `${t('lines.kpi.handoff')} p90`, reactionMedian: `${t('lines.kpi.reaction')} p50`, reactionP90: `${t('lines.kpi.reaction')} p90`,
    }, comments);
    const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `linebridge-${panel.filters.projectKey ?? 'all'}-${panel.filters.endWeek}.csv`;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return <Button onClick={() => void download()} testId="csv-export">{t('lines.csv.export')}</Button>;
}
