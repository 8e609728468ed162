// A small SVG line chart of one weekly series (no chart library): points, the first and last week, the
// series' range, optional threshold lines. Colours are design tokens, so it follows light and dark themes.
// Screen readers get one sentence with the first and last values (role="img").
import { useI18n } from '@ui/i18n';

type Props = {
  readonly id: string;
  readonly title: string;
  readonly weeks: readonly string[];
  readonly values: readonly (number | null)[];
  readonly format: (v: number | null) => string;
  /** Reference lines (e.g. 5 % reopen, 85 % and 95 % SLA). */
  readonly thresholds?: readonly number[];
  /** Fixed lower and upper bounds (e.g. 0–1 for rates); the data's range otherwise. */
  readonly domain?: readonly [number, number];
};

const W = 280;
const H = 90;
const PAD = 6;

export function TrendChart({ id, title, weeks, values, format, thresholds = [], domain }: Props) {
  const { t } = useI18n();
  const present = values.filter((v): v is number => v !== null);
  const lo = domain?.[0] ?? Math.min(0, ...present);
  const hi = domain?.[1] ?? Math.max(1, ...present, ...thresholds);
  const x = (i: number): number => PAD + (i * (W - 2 * PAD)) / Math.max(1, values.length - 1);
  const y = (v: number): number => H - PAD - ((v - lo) / Math.max(1e-9, hi - lo)) * (H - 2 * PAD);
  const segments: string[] = [];
  let current = '';
  values.forEach((v, i) => {
    if (v === null) {
      if (current) segments.push(current);
      current = '';
    } else current += `${current ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
  });
  if (current) segments.push(current);
  const firstIndex = values.findIndex((v) => v !== null);
  const lastIndex = values.length - 1 - [...values].reverse().findIndex((v) => v !== null);
  const summary = present.length === 0 ? `${title}: ${t('lines.kpi.noData')}` : t('lines.trend.summary', {
    label: title, first: format(values[firstIndex] ?? null), from: weeks[firstIndex] ?? '', last: format(values[lastIndex] ?? null), to: weeks[lastIndex] ?? '',
  });
  return (
    <figure className="lb-trend" data-testid={`trend-${id}`}>
      <figcaption className="lb-trend-title">{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} preserveAspectRatio="none">
        <line x1={PAD} x2={W - PAD} y1={H - PAD} y2={H - PAD} className="lb-trend-axis" />
        {thresholds.map((th) => <line key={th} x1={PAD} x2={W - PAD} y1={y(th)} y2={y(th)} className="lb-trend-threshold" />)}
        {segments.map((d) => <path key={d} d={d} className="lb-trend-line" />)}
        {values.map((v, i) => (v === null ? null : <circle key={i} cx={x(i)} cy={y(v)} r={2.5} className="lb-trend-point" />))}
      </svg>
      <div className="lb-trend-scale" aria-hidden="true">
        <span>{weeks[0] ?? ''}</span>
        <span>{format(values[lastIndex] ?? null)}</span>
        <span>{weeks[weeks.length - 1] ?? ''}</span>
      </div>
    </figure>
  );
}
