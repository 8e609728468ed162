// Trends by week over the trend window (12 weeks, or the period if longer): reopen rate, CSAT average,
// resolution SLA met, median handoff and the number of resolutions, one small chart each.
import type { PanelDto } from '@shared/contract';
import { useI18n } from '@ui/i18n';
import { decimal, percent } from './format';
import { TrendChart } from './trend-chart';

export function Trends({ panel }: { readonly panel: PanelDto }) {
  const { t, locale } = useI18n();
  const weeks = panel.trends.map((p) => p.week);
  const pct = (v: number | null): string => percent(locale, v);
  return (
    <section className="lb-section" aria-labelledby="lb-trends-title">
      <h2 id="lb-trends-title" className="lb-section-title">{t('lines.trends.title')}</h2>
      <div className="lb-trends">
        <TrendChart id="reopen" title={t('lines.trend.reopenRate')} weeks={weeks} values={panel.trends.map((p) => p.reopenRate)} format={pct} thresholds={[0.05]} domain={[0, Math.max(0.2, ...panel.trends.map((p) => p.reopenRate ?? 0))]} />
        <TrendChart id="csat" title={t('lines.trend.csat')} weeks={weeks} values={panel.trends.map((p) => p.csatAverage)} format={(v) => decimal(locale, v)} domain={[1, 5]} />
        <TrendChart id="sla" title={t('lines.trend.sla')} weeks={weeks} values={panel.trends.map((p) => p.slaResolution)} format={pct} thresholds={[0.85, 0.95]} domain={[0, 1]} />
        <TrendChart id="handoff" title={t('lines.trend.handoff')} weeks={weeks} values={panel.trends.map((p) => p.handoffMedian)} format={(v) => decimal(locale, v, 0)} />
        <TrendChart id="resolved" title={t('lines.trend.resolved')} weeks={weeks} values={panel.trends.map((p) => p.resolved)} format={(v) => decimal(locale, v, 0)} />
      </div>
    </section>
  );
}
