// Drill-down from a panel figure to the issues behind it: a JQL query over the filters and the period,
// narrowed by the indexed `linebridge-facts` property (aliases declared in manifest.yml). Resolution-based
// figures filter on `resolved` (Jira keeps the last resolution date), load-based ones on `created`. Pure.
import type { LineFilterDto } from './contract-lines';

export type DrillKind =
  | 'load' | 'resolved' | 'reopened' | 'fcr' | 'csat' | 'csatLow' | 'slaBreached' | 'repeat' | 'handoff' | 'reaction';

export type DrillScope = {
  readonly projectKeys: readonly string[];
  /** First Monday of the period and the Monday after its last week (YYYY-MM-DD). */
  readonly from: string;
  readonly to: string;
  readonly priorities: readonly string[];
  readonly issueTypes: readonly string[];
  readonly line: LineFilterDto;
  /** Only the issues of this engineer (the table's rows). */
  readonly person?: string;
};

export function jqlString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

const list = (values: readonly string[]): string => values.map(jqlString).join(', ');

const BY_RESOLUTION: readonly DrillKind[] = ['resolved', 'reopened', 'fcr', 'csat', 'csatLow', 'slaBreached'];
const NARROW: Readonly<Record<DrillKind, string | null>> = {
  load: null,
  resolved: null,
  reopened: 'lbReopenCount > 0',
  fcr: 'lbFirstContact = "yes"',
  csat: 'lbCsat >= 1',
  csatLow: 'lbCsat <= 2',
  slaBreached: 'lbSlaBreached = "yes"',
  repeat: 'lbRepeatContacts > 0',
  handoff: 'lbHandoffMinutes >= 0',
  reaction: null,
};

export function drillJql(kind: DrillKind, scope: DrillScope): string {
  const date = BY_RESOLUTION.includes(kind) ? 'resolved' : 'created';
  const clauses = [
    scope.projectKeys.length > 0 ? `project in (${list(scope.projectKeys)})` : null,
    `${date} >= ${jqlString(scope.from)}`,
    `${date} < ${jqlString(scope.to)}`,
    scope.priorities.length > 0 ? `priority in (${list(scope.priorities)})` : null,
    scope.issueTypes.length > 0 ? `issuetype in (${list(scope.issueTypes)})` : null,
    scope.line !== 'all' ? `lbLine = ${jqlString(scope.line)}` : null,
    scope.person ? `lbEngineer = ${jqlString(scope.person)}` : null,
    NARROW[kind],
  ];
  return `${clauses.filter((c): c is string => c !== null).join(' AND ')} ORDER BY ${date} DESC`;
}
