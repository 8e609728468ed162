// Where a figure's drill-down leads: Jira's issue navigator with the JQL of the figure (src/shared/lines-jql),
// for the panel's current filters and period (a person for the rows of the table by engineer).
import type { PanelDto } from '@shared/contract';
import { drillJql, type DrillKind } from '@shared/lines-jql';
import { navigateTo } from './api';
import { nextWeek } from './format';

export function drillPath(panel: PanelDto, kind: DrillKind, person?: string): string {
  const projectKeys = panel.filters.projectKey ? [panel.filters.projectKey] : panel.projects.map((p) => p.key);
  const from = panel.periodWeeks[0] ?? panel.filters.endWeek;
  const to = nextWeek(panel.periodWeeks[panel.periodWeeks.length - 1] ?? panel.filters.endWeek);
  const jql = drillJql(kind, { projectKeys, from, to, priorities: panel.filters.priorities, issueTypes: panel.filters.issueTypes, line: panel.filters.line, ...(person !== undefined ? { person } : {}) });
  return `/jira/software/c/projects/${projectKeys[0] ?? 'SUP'}/issues?jql=${encodeURIComponent(jql)}`;
}

export function openDrill(panel: PanelDto, kind: DrillKind, person?: string): void {
  void navigateTo(drillPath(panel, kind, person));
}
