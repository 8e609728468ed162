// The dashboard gadget: the KPIs its configuration picked, for its project and period, and a link to
// the full panel. No filters bar: the gadget's edit mode sets them.
import { useMemo } from 'react';
import type { PanelFiltersDto } from '@shared/contract';
import { ErrorState } from '@ui/error-state';
import { useI18n } from '@ui/i18n';
import { LoadingState } from '@ui/loading-state';
import { navigateTo } from './api';
import { KpiGrid } from './kpi-grid';
import type { GadgetConfig } from './surface';
import { usePanel } from './use-panel';

export function GadgetView({ config }: { readonly config: GadgetConfig }) {
  const { t } = useI18n();
  const filters = useMemo<PanelFiltersDto>(() => ({ projectKey: config.projectKey, weeks: config.weeks, endWeek: null, priorities: [], issueTypes: [], line: 'all', withPeople: false }), [config]);
  const { data, error, reload } = usePanel(filters);
  const fullPanel = config.projectKey ? `/jira/software/c/projects/${config.projectKey}/apps/linebridge-lines-project` : null;
  if (error) return <ErrorState error={error} onRetry={reload} headingAs="h3" />;
  if (!data) return <LoadingState size="medium" />;
  return (
    <div className="lb-gadget" data-testid="lines-gadget">
      <p className="lb-subtitle">
        {(config.projectKey ?? t('lines.filter.allProjects'))} · {t('lines.filter.weeks', { weeks: config.weeks })}
      </p>
      <KpiGrid panel={data} only={config.kpis} />
      {fullPanel && <button type="button" className="lb-drill lb-link" onClick={() => void navigateTo(fullPanel)} data-testid="gadget-open-panel">{t('lines.gadget.openPanel')}</button>}
    </div>
  );
}
