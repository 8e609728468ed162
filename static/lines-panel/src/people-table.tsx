// The table by engineer (@atlaskit/dynamic-table, sortable): load, resolved, reopen rate, CSAT and
// resolution SLA met over the period and filters. A name opens that person's issues in Jira.
import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import type { PanelDto, PersonRowDto } from '@shared/contract';
import { useI18n } from '@ui/i18n';
import { decimal, percent, reopenHealth, slaHealth } from './format';
import { openDrill } from './drill';

export function PeopleTable({ panel }: { readonly panel: PanelDto }) {
  const { t, locale } = useI18n();
  const people = panel.people ?? [];
  const head = {
    cells: [
      { key: 'name', content: t('lines.table.person'), isSortable: true },
      { key: 'line', content: t('lines.table.line'), isSortable: true },
      { key: 'load', content: t('lines.table.load'), isSortable: true },
      { key: 'resolved', content: t('lines.table.resolved'), isSortable: true },
      { key: 'reopen', content: t('lines.table.reopenRate'), isSortable: true },
      { key: 'csat', content: t('lines.table.csat'), isSortable: true },
      { key: 'sla', content: t('lines.table.sla'), isSortable: true },
    ],
  };
  const row = (p: PersonRowDto) => {
    const name = p.accountId === '' ? t('lines.table.unassigned') : p.name;
    const reopen = reopenHealth(p.reopenRate);
    const sla = slaHealth(p.slaRate);
    return {
      key: p.accountId || 'nobody',
      cells: [
        { key: name, content: p.accountId === '' ? name : <button type="button" className="lb-drill lb-link" onClick={() => openDrill(panel, 'resolved', p.accountId)}>{name}<span className="lb-sr-only">{` ${t('lines.drill.label', { what: name })}`}</span></button> },
        { key: p.line, content: t(`lines.line.${p.line}`) },
        { key: p.load, content: p.load },
        { key: p.resolved, content: p.resolved },
        { key: p.reopenRate ?? -1, content: reopen ? <Lozenge appearance={reopen.appearance}>{percent(locale, p.reopenRate)}</Lozenge> : '—' },
        { key: p.csatAverage ?? -1, content: p.csatCount > 0 ? `${decimal(locale, p.csatAverage)} (${p.csatCount})` : '—' },
        { key: p.slaRate ?? -1, content: sla ? <Lozenge appearance={sla.appearance}>{`${percent(locale, p.slaRate)} · ${p.slaMet}/${p.slaTotal}`}</Lozenge> : '—' },
      ],
    };
  };
  return (
    <section className="lb-section" aria-labelledby="lb-people-title" data-testid="lines-people">
      <h2 id="lb-people-title" className="lb-section-title">{t('lines.table.title')}</h2>
      <DynamicTable head={head} rows={people.map(row)} defaultSortKey="load" defaultSortOrder="DESC" emptyView={<p>{t('lines.table.empty')}</p>} testId="lines-people-table" />
    </section>
  );
}
