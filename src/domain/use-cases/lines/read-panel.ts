// The panel's figures for one caller: the served projects they can browse (asked as the caller), the
// (project, week) documents of the period and the trend window, folded by the filters. Reads a fixed
// number of documents per project and week, whatever the number of issues. Starts the first backfill
// when none ever ran (an install meeting existing issues).
import { PermissionError } from '../../errors';
import type { JiraPort } from '../../ports';
import type { LinesJiraPort } from '../../ports-lines';
import { weekId, weeksEnding } from '../../model/lines/week';
import type { PanelDto, PanelFiltersDto } from '../../../shared/contract-lines';
import { bucketId } from '../../rules/lines/contributions';
import { panelFigures, type BucketDocs } from '../../rules/lines/panel-figures';
import { jobStatusDto, readJob } from './job-state';
import { readBucketDocs, readGeneral, type PeopleRead } from './lines-store';
import { PeopleDirectory } from './people-directory';
import { startJob, type JobDeps } from './start-job';

export type PanelDeps = JobDeps & {
  readonly jiraAsUser: Pick<JiraPort, 'hasGlobalPermission'>;
  readonly linesAsUser: Pick<LinesJiraPort, 'projects'>;
};

export async function readPanel(deps: PanelDeps, filters: PanelFiltersDto): Promise<PanelDto & { readonly docsRead: number }> {
  const general = await readGeneral(deps.store);
  const [browsable, isAdmin, directory] = await Promise.all([
    deps.linesAsUser.projects(general.projectKeys),
    deps.jiraAsUser.hasGlobalPermission('ADMINISTER'),
    PeopleDirectory.load(deps, general),
  ]);
  const visible = new Set(browsable.map((p) => p.key));
  if (filters.projectKey !== null && !visible.has(filters.projectKey)) {
    throw new PermissionError(`project ${filters.projectKey} is not served or not browsable`, 'lines.error.projectHidden');
  }
  const scope = filters.projectKey !== null ? [filters.projectKey] : general.projectKeys.filter((k) => visible.has(k));
  const now = deps.clock.now().getTime();
  const endWeek = filters.endWeek ?? weekId(now);
  const periodWeeks = weeksEnding(endWeek, filters.weeks);
  const trendWeeks = weeksEnding(endWeek, Math.max(12, filters.weeks));
  // The totals by line and person serve the table unless it is filtered by priority or issue type.
  const detail = filters.priorities.length > 0 || filters.issueTypes.length > 0;
  const docs: BucketDocs[] = await Promise.all(scope.flatMap((projectKey) => trendWeeks.map(async (week) => {
    const people: PeopleRead = !filters.withPeople || !periodWeeks.includes(week) ? 'none' : detail ? 'all' : 'totals';
    const read = await readBucketDocs(deps.store, bucketId(projectKey, week), people);
    return { projectKey, week, kpi: read.kpi, ...(people === 'all' ? { people: read.people } : people === 'totals' ? { totals: read.totals } : {}) };
  })));
  const figures = panelFigures(docs, periodWeeks, trendWeeks, filters, (id) => directory.nameOf(id));
  let job = await readJob(deps.store);
  if (!job) {
    job = await startJob(deps, { kind: 'backfill', requestedBy: null }).catch((error: unknown) => {
      deps.logger.warn('first backfill could not start', { error: error instanceof Error ? error.message : String(error) });
      return undefined;
    });
  }
  return {
    filters: { ...filters, endWeek },
    periodWeeks,
    trendWeeks,
    projects: general.projectKeys.flatMap((k) => browsable.filter((p) => p.key === k)),
    missingProjects: general.projectKeys.filter((k) => !visible.has(k)),
    options: figures.options,
    kpis: figures.kpis,
    trends: figures.trends,
    people: figures.people,
    backfill: jobStatusDto(job, now),
    viewer: { isAdmin },
    generatedAt: new Date(now).toISOString(),
    docsRead: docs.reduce((n, d) => n + 1 + (d.people ? d.people.length + 1 : d.totals ? 1 : 0), 0),
  };
}
