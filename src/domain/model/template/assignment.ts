// Assignment on filing: per project, a fixed client → engineer map first, then round robin over the line-2
// team or the least-loaded engineer; people marked away (by date) are skipped. Stored as the optional
// `assignment` block of the `templates` section (saved and versioned with the templates). Data + parser.
import type { InputReader } from './input-reader';
import { isRecord } from './input-reader';

export const ASSIGNMENT_STRATEGIES = ['none', 'roundRobin', 'leastLoaded'] as const;
export type AssignmentStrategy = (typeof ASSIGNMENT_STRATEGIES)[number];

export type ClientEngineer = { readonly clientId: string; readonly accountId: string };

export type ProjectAssignment = {
  readonly projectKey: string;
  readonly strategy: AssignmentStrategy;
  /** Line-2 engineers (Jira account ids) the strategy picks from, in round-robin order; empty: the members
   *  of the line-2 group of the general settings, by account id. */
  readonly team: readonly string[];
  readonly clientMap: readonly ClientEngineer[];
};

/** Away from `from` to `to` inclusive, calendar dates `YYYY-MM-DD` (UTC). */
export type AwayEntry = { readonly accountId: string; readonly from: string; readonly to: string };

export type AssignmentSettings = { readonly projects: readonly ProjectAssignment[]; readonly away: readonly AwayEntry[] };

export const NO_ASSIGNMENT: AssignmentSettings = { projects: [], away: [] };

export const ASSIGNMENT_LIMITS = { projects: 20, team: 50, clientMap: 500, away: 200 } as const;
const ACCOUNT_ID = /^[A-Za-z0-9:_-]{1,128}$/;
const PROJECT_KEY = /^[A-Z][A-Z0-9]{1,9}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function accountId(r: InputReader, value: unknown, path: string): string {
  const id = typeof value === 'string' ? value.trim() : '';
  if (!ACCOUNT_ID.test(id)) r.fail(path, 'assignment.error.accountId');
  return id;
}

function date(r: InputReader, value: unknown, path: string): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!DATE.test(text) || Number.isNaN(Date.parse(`${text}T00:00:00Z`))) r.fail(path, 'assignment.error.date');
  return text;
}

function parseProject(r: InputReader, raw: unknown, path: string): ProjectAssignment {
  const p = r.record(raw, path);
  const projectKey = typeof p.projectKey === 'string' ? p.projectKey.trim().toUpperCase() : '';
  if (!PROJECT_KEY.test(projectKey)) r.fail(`${path}.projectKey`, 'validation.projectKey');
  const team = r.list(p.team, `${path}.team`, ASSIGNMENT_LIMITS.team).map((a, i) => accountId(r, a, `${path}.team.${i}`));
  const clientMap = r.list(p.clientMap, `${path}.clientMap`, ASSIGNMENT_LIMITS.clientMap).map((raw2, i) => {
    const m = r.record(raw2, `${path}.clientMap.${i}`);
    return { clientId: r.text(m.clientId, `${path}.clientMap.${i}.clientId`, { max: 100 }), accountId: accountId(r, m.accountId, `${path}.clientMap.${i}.accountId`) };
  });
  const strategy = r.oneOf(p.strategy, `${path}.strategy`, ASSIGNMENT_STRATEGIES, 'none');
  return { projectKey, strategy, team: [...new Set(team)], clientMap };
}

/** The optional `assignment` block; absent → no assignment. Errors are recorded under `assignment.…`. */
export function parseAssignment(r: InputReader, input: unknown): AssignmentSettings {
  if (input === undefined || input === null) return NO_ASSIGNMENT;
  const a = r.record(input, 'assignment');
  const projects = r.list(a.projects, 'assignment.projects', ASSIGNMENT_LIMITS.projects).map((p, i) => parseProject(r, p, `assignment.projects.${i}`));
  const seen = new Set<string>();
  projects.forEach((p, i) => {
    if (seen.has(p.projectKey)) r.fail(`assignment.projects.${i}.projectKey`, 'assignment.error.duplicateProject');
    seen.add(p.projectKey);
  });
  const away = r.list(a.away, 'assignment.away', ASSIGNMENT_LIMITS.away).map((raw, i) => {
    const e = r.record(raw, `assignment.away.${i}`);
    const entry = { accountId: accountId(r, e.accountId, `assignment.away.${i}.accountId`), from: date(r, e.from, `assignment.away.${i}.from`), to: date(r, e.to, `assignment.away.${i}.to`) };
    if (entry.from > entry.to) r.fail(`assignment.away.${i}.to`, 'assignment.error.dateOrder');
    return entry;
  });
  return { projects, away };
}

/** Stored values were validated on save; read leniently (an old version without the block has none). */
export function assignmentOf(sectionValue: unknown): AssignmentSettings {
  if (!isRecord(sectionValue) || !isRecord(sectionValue.assignment)) return NO_ASSIGNMENT;
  const a = sectionValue.assignment;
  return { projects: Array.isArray(a.projects) ? (a.projects as ProjectAssignment[]) : [], away: Array.isArray(a.away) ? (a.away as AwayEntry[]) : [] };
}
