// One KPI tile: its name, the figure (a button that opens the issues behind it in Jira), a detail line
// and, where PRODUCT.md defines thresholds, a coloured health lozenge.
import type { ReactNode } from 'react';
import Lozenge from '@atlaskit/lozenge';
import { useI18n } from '@ui/i18n';
import type { Health } from './format';

type Props = {
  readonly id: string;
  readonly title: string;
  readonly value: string;
  readonly detail?: string;
  readonly health?: Health | null;
  readonly onDrill?: () => void;
  readonly children?: ReactNode;
};

export function KpiCard({ id, title, value, detail, health, onDrill, children }: Props) {
  const { t } = useI18n();
  return (
    <section className="lb-kpi" aria-labelledby={`${id}-title`} data-testid={`kpi-${id}`}>
      <h3 id={`${id}-title`} className="lb-kpi-title">{title}</h3>
      <div className="lb-kpi-main">
        {onDrill ? (
          <button type="button" className="lb-kpi-value lb-drill" onClick={onDrill} data-testid={`kpi-${id}-value`}>
            <span data-testid={`kpi-${id}-number`}>{value}</span>
            <span className="lb-sr-only">{` ${t('lines.drill.label', { what: title })}`}</span>
          </button>
        ) : (
          <span className="lb-kpi-value" data-testid={`kpi-${id}-value`}><span data-testid={`kpi-${id}-number`}>{value}</span></span>
        )}
        {health && <Lozenge appearance={health.appearance}>{t(health.label)}</Lozenge>}
      </div>
      {detail && <p className="lb-kpi-detail">{detail}</p>}
      {children}
    </section>
  );
}
