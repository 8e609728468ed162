// The KPI tiles: reopen rate, CSAT (average and distribution), SLA compliance per metric, handoff and
// reaction times (median, p90), repeat-contact rate, first-contact resolution. `only` limits them (gadget).
import type { KpiKeyDto, PanelDto, RateDto } from '@shared/contract';
import { useI18n } from '@ui/i18n';
import { decimal, duration, percent, reopenHealth, slaHealth } from './format';
import { KpiCard } from './kpi-card';
import { openDrill } from './drill';

type Props = { readonly panel: PanelDto; readonly only?: readonly KpiKeyDto[] };

function Distribution({ counts }: { readonly counts: readonly number[] }) {
  const { t } = useI18n();
  const max = Math.max(1, ...counts);
  return (
    <ol className="lb-dist" aria-label={t('lines.kpi.csat.distribution')}>
      {counts.map((n, i) => (
        <li key={i}>
          <span className="lb-dist-label">{i + 1}</span>
          <span className="lb-dist-bar" style={{ inlineSize: `${(n / max) * 100}%` }} />
          <span className="lb-dist-count">{n}</span>
        </li>
      ))}
    </ol>
  );
}

export function KpiGrid({ panel, only }: Props) {
  const { t, locale } = useI18n();
  const k = panel.kpis;
  const show = (key: KpiKeyDto): boolean => !only || only.includes(key);
  const ratio = (r: RateDto, key: Parameters<typeof t>[0]): string => t(key, { num: r.num, den: r.den });
  return (
    <div className="lb-kpis" data-testid="lines-kpis">
      {show('reopenRate') && (
        <KpiCard id="reopen" title={t('lines.kpi.reopenRate')} value={percent(locale, k.reopenRate.rate)} detail={ratio(k.reopenRate, 'lines.kpi.reopenRate.detail')} health={reopenHealth(k.reopenRate.rate)} onDrill={() => openDrill(panel, 'reopened')} />
      )}
      {show('csat') && (
        <KpiCard id="csat" title={t('lines.kpi.csat')} value={decimal(locale, k.csat.average)} detail={t('lines.kpi.csat.detail', { count: k.csat.count })} onDrill={() => openDrill(panel, 'csat')}>
          <Distribution counts={k.csat.distribution} />
        </KpiCard>
      )}
      {show('sla') && (['resolution', 'firstResponse', 'handoff'] as const).map((metric) => (
        <KpiCard key={metric} id={`sla-${metric}`} title={`${t('lines.kpi.sla')}: ${t(`lines.kpi.sla.${metric}`)}`} value={percent(locale, k.sla[metric].rate)}
          detail={k.sla[metric].den > 0 ? ratio(k.sla[metric], 'lines.kpi.sla.detail') : t('lines.kpi.noData')} health={slaHealth(k.sla[metric].rate)} onDrill={() => openDrill(panel, 'slaBreached')} />
      ))}
      {show('handoff') && (
        <KpiCard id="handoff" title={`${t('lines.kpi.handoff')} (${t('lines.kpi.median')})`} value={duration(locale, t, k.handoff.median)} detail={t('lines.kpi.duration.detail', { p90: duration(locale, t, k.handoff.p90), count: k.handoff.count })} onDrill={() => openDrill(panel, 'handoff')} />
      )}
      {show('reaction') && (
        <KpiCard id="reaction" title={`${t('lines.kpi.reaction')} (${t('lines.kpi.median')})`} value={duration(locale, t, k.reaction.median)} detail={t('lines.kpi.duration.detail', { p90: duration(locale, t, k.reaction.p90), count: k.reaction.count })} onDrill={() => openDrill(panel, 'load')} />
      )}
      {show('repeatContacts') && (
        <KpiCard id="repeat" title={t('lines.kpi.repeat')} value={percent(locale, k.repeatContactRate.rate)} detail={ratio(k.repeatContactRate, 'lines.kpi.repeat.detail')} onDrill={() => openDrill(panel, 'repeat')} />
      )}
      {show('fcr') && (
        <KpiCard id="fcr" title={t('lines.kpi.fcr')} value={percent(locale, k.fcr.rate)} detail={ratio(k.fcr, 'lines.kpi.fcr.detail')} onDrill={() => openDrill(panel, 'fcr')} />
      )}
    </div>
  );
}
