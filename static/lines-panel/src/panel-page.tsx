// The full panel (project page and global page): heading, job banner, filters, KPI tiles, weekly trends,
// the table by engineer, CSAT comments (leads and admins) and CSV export. Figures stay on screen while newer ones load.
import { useMemo, useState } from 'react';
import Heading from '@atlaskit/heading';
import type { PanelFiltersDto } from '@shared/contract';
import { ErrorState } from '@ui/error-state';
import { useI18n } from '@ui/i18n';
import { LoadingState } from '@ui/loading-state';
import { CsatComments } from './csat-comments';
import { CsvExport } from './csv-export';
import { FiltersBar } from './filters-bar';
import { JobBanner } from './job-banner';
import { KpiGrid } from './kpi-grid';
import { PeopleTable } from './people-table';
import { Trends } from './trends';
import { usePanel } from './use-panel';

export function PanelPage({ projectKey }: { readonly projectKey: string | null }) {
  const { t, formatDateTime } = useI18n();
  const initial = useMemo<PanelFiltersDto>(() => ({ projectKey, weeks: 12, endWeek: null, priorities: [], issueTypes: [], line: 'all', withPeople: true }), [projectKey]);
  const [filters, setFilters] = useState<PanelFiltersDto>(initial);
  const { data, error, loading, job, reload, setJob } = usePanel(filters);
  return (
    <main className="lb-panel" aria-busy={loading} data-testid="lines-panel">
      <header className="lb-panel-header">
        <div>
          <Heading size="large" as="h1">{t('lines.title')}</Heading>
          <p className="lb-subtitle">{t('lines.subtitle')}</p>
        </div>
        {data && <CsvExport panel={data} filters={filters} />}
      </header>
      {data && job && <JobBanner panel={data} job={job} onJob={setJob} />}
      <FiltersBar filters={filters} panel={data} fixedProject={projectKey !== null} onChange={setFilters} />
      {error && <ErrorState error={error} onRetry={reload} />}
      {!data && !error && <LoadingState />}
      {data && (
        <>
          {data.projects.length === 0 && <p>{t('lines.noProjects')}</p>}
          <KpiGrid panel={data} />
          <Trends panel={data} />
          <PeopleTable panel={data} />
          <CsatComments filters={filters} />
          <p className="lb-footnote" data-testid="lines-generated">
            {t('lines.generatedAt', { from: data.periodWeeks[0] ?? '', to: data.periodWeeks[data.periodWeeks.length - 1] ?? '', when: formatDateTime(data.generatedAt) })}
          </p>
        </>
      )}
    </main>
  );
}
