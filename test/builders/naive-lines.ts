// The support-lines figures recomputed a second, naive way for tests: raw issues, changelogs (the per-issue
// REST endpoint, oldest first) and comments read from the Jira stand-in as an admin, the raw CSAT ratings
// from storage; cycles, engineers, repeat contacts and every KPI worked out by a plain replay. Shares no
// code with src/domain/rules/lines: only the SLA clock (computeSla) and the seeded people's roles.
import type { LocalHost } from '../../sandbox/host/local-host';
import { SEED_USERS } from '../../sandbox/jira/seed-users';
import { computeSla } from '../../src/domain/rules/sla/compute-sla';
import { DEFAULT_CALENDAR } from '../../src/domain/model/sla/calendar';
import { DEFAULT_SLA_DEFINITIONS } from '../../src/domain/model/sla/defaults';
import type { HistoryEvent, IssueHistory } from '../../src/domain/model/sla/history';
import { call } from './demo-snapshot';

type Json = Record<string, unknown>;
type Item = { fieldId: string; field: string; from: string | null; fromString: string | null; to: string | null; toString: string | null };
export type NaiveChange = { id: number; at: number; author: string | null; items: Item[] };
export type NaiveIssue = {
  id: string; key: string; created: number; creator: string | null; issueType: string; priority: string; status: string; assignee: string | null;
  changes: NaiveChange[]; comments: { id: string; at: number; author: string | null; text: string }[];
};
export type NaiveCycle = {
  issueKey: string; issueType: string; index: number; startedAt: number; resolvedAt: number | null; reopened: boolean; priority: string;
  line: 'line1' | 'line2'; person: string; repeat: number; csat: number | null;
  sla: Record<'firstResponse' | 'resolution' | 'handoff', { state: string; minutes: number | null }>;
};

const ms = (jira: unknown): number => Date.parse(String(jira).replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
const roleOf = (id: string | null): 'line1' | 'line2' | 'other' => {
  const role = SEED_USERS.find((u) => u.accountId === id)?.role;
  return role === 'line1' || role === 'line2' ? role : 'other';
};
const CATEGORY: Record<string, 'new' | 'indeterminate' | 'done'> = { New: 'new', Open: 'new', 'In Progress': 'indeterminate', 'Waiting for customer': 'indeterminate', Resolved: 'done', Closed: 'done' };
const done = (status: string | null): boolean => CATEGORY[status ?? ''] === 'done';
const text = (n: unknown): string => (typeof n !== 'object' || n === null ? '' : (n as Json).type === 'text' ? String((n as Json).text) : ((n as Json).content as unknown[] | undefined ?? []).map(text).join(' '));

export async function readRawIssues(host: LocalHost): Promise<NaiveIssue[]> {
  const out: NaiveIssue[] = [];
  let token: string | undefined;
  do {
    const page = await call(host, 'POST', '/rest/api/3/search/jql', { jql: 'project = SUP ORDER BY id ASC', fields: ['created', 'creator', 'issuetype', 'priority', 'status', 'assignee'], maxResults: 100, ...(token ? { nextPageToken: token } : {}) });
    for (const i of page.issues as Json[]) {
      const f = i.fields as Json;
      const changes: NaiveChange[] = [];
      for (let startAt = 0, total = 1; startAt < total; startAt += 100) {
        const log = await call(host, 'GET', `/rest/api/3/issue/${String(i.key)}/changelog?startAt=${startAt}&maxResults=100`);
        total = Number(log.total);
        for (const h of log.values as Json[]) changes.push({ id: Number(h.id), at: ms(h.created), author: ((h.author as Json | null)?.accountId as string) ?? null, items: h.items as Item[] });
      }
      const comments = ((await call(host, 'GET', `/rest/api/3/issue/${String(i.key)}/comment`)).comments as Json[]).map((c) => ({
        id: String(c.id), at: ms(c.created), author: ((c.author as Json | null)?.accountId as string) ?? null, text: text(c.body),
      }));
      const name = (o: unknown): string => {
        const n = (o as Json | null)?.name;
        return typeof n === 'string' ? n : '';
      };
      out.push({
        id: String(i.id), key: String(i.key), created: ms(f.created), creator: ((f.creator as Json | null)?.accountId as string) ?? null, issueType: name(f.issuetype),
        priority: name(f.priority), status: name(f.status), assignee: ((f.assignee as Json | null)?.accountId as string) ?? null, changes, comments,
      });
    }
    token = page.nextPageToken as string | undefined;
  } while (token);
  return out;
}

function slaHistory(issue: NaiveIssue): IssueHistory {
  const actor = (id: string | null) => (id ? { accountId: id, role: roleOf(id) } : null);
  const first = (fieldId: string): Item | undefined => issue.changes.flatMap((c) => c.items).find((i) => i.fieldId === fieldId);
  const status = (name: string) => ({ id: name, name, category: CATEGORY[name] ?? 'undefined' as const });
  const events: HistoryEvent[] = [];
  for (const c of issue.changes) c.items.forEach((item, n) => {
    const base = { id: `${c.id}:${n}`, at: c.at, ...(c.author ? { actor: actor(c.author) ?? undefined } : {}) };
    if (item.fieldId === 'status') events.push({ ...base, kind: 'status', from: status(item.fromString ?? ''), to: status(item.toString ?? '') });
    if (item.fieldId === 'priority') events.push({ ...base, kind: 'priority', to: item.toString ?? '' });
    if (item.fieldId === 'assignee') events.push({ ...base, kind: 'assignee', from: actor(item.from), to: actor(item.to) });
  });
  for (const c of issue.comments) if (c.author) events.push({ id: `c${c.id}`, at: c.at, kind: 'comment', author: { accountId: c.author, role: roleOf(c.author) }, visibility: 'public' });
  const creator = actor(issue.creator);
  return {
    issueKey: issue.key, projectKey: 'SUP', issueType: issue.issueType, labels: [], created: issue.created, ...(creator ? { createdBy: creator } : {}),
    initial: { status: status(first('status')?.fromString ?? issue.status), priority: first('priority')?.fromString ?? issue.priority, assignee: actor(first('assignee') ? first('assignee')?.from ?? null : issue.assignee), line: null },
    events,
  };
}

/** Every resolution cycle of every issue, replayed from the raw changelog. `ratings`: `${issueId}:${cycle}` → score. */
export function naiveCycles(issues: readonly NaiveIssue[], ratings: ReadonlyMap<string, number>, now: number): NaiveCycle[] {
  return issues.flatMap((issue) => {
    const report = computeSla(slaHistory(issue), DEFAULT_SLA_DEFINITIONS, DEFAULT_CALENDAR, now);
    const changes = [...issue.changes].sort((a, b) => a.at - b.at || a.id - b.id);
    const firstStatus = changes.flatMap((c) => c.items).find((i) => i.fieldId === 'status');
    const firstPriority = changes.flatMap((c) => c.items).find((i) => i.fieldId === 'priority');
    const firstAssignee = changes.flatMap((c) => c.items).find((i) => i.fieldId === 'assignee');
    let status = firstStatus?.fromString ?? issue.status;
    let priority = firstPriority?.fromString ?? issue.priority;
    let assignee = firstAssignee ? firstAssignee.from : issue.assignee;
    type Open = { startedAt: number; resolvedAt: number | null; resolvedBy: string | null; reopened: boolean; priority: string; last2: string | null; first2: string | null };
    const start = (at: number): Open => ({ startedAt: at, resolvedAt: null, resolvedBy: null, reopened: false, priority, last2: roleOf(assignee) === 'line2' ? assignee : null, first2: null });
    const cycles: Open[] = [start(issue.created)];
    for (const c of changes) for (const item of c.items) {
      let cur = cycles[cycles.length - 1] as Open;
      if (item.fieldId === 'priority') priority = item.toString ?? priority;
      if (item.fieldId === 'assignee') {
        assignee = item.to;
        if (roleOf(item.to) === 'line2') cur.last2 = item.to;
      }
      if (item.fieldId === 'status') {
        const was = status;
        status = item.toString ?? status;
        if (!done(was) && done(status) && cur.resolvedAt === null) Object.assign(cur, { resolvedAt: c.at, resolvedBy: c.author, priority });
        else if (done(was) && !done(status)) {
          cur.reopened = true;
          cycles.push((cur = start(c.at)));
        }
        if (roleOf(c.author) === 'line2' && cur.first2 === null) cur.first2 = c.author;
      }
      if (cur.resolvedAt === null) cur.priority = priority;
    }
    const owner = (at: number): number => cycles.reduce((found, cy, i) => (cy.startedAt <= at ? i : found), 0);
    return cycles.map((cy, i) => {
      const sla = Object.fromEntries(report.metrics.map((m) => {
        const mine = m.cycles.filter((s) => owner(s.startedAt) === i);
        const stopped = mine.find((s) => s.stoppedAt !== null);
        const state = mine.length === 0 ? 'none' : mine.some((s) => s.state === 'breached') ? 'breached' : mine.some((s) => s.stoppedAt === null) ? 'open' : mine.every((s) => s.state === 'noGoal') ? 'noGoal' : 'met';
        return [m.metric, { state, minutes: stopped ? Math.floor(stopped.elapsedMs / 60_000) : null }];
      })) as NaiveCycle['sla'];
      const engineer = cy.last2 ?? (roleOf(cy.resolvedBy) === 'line2' ? cy.resolvedBy : null) ?? cy.first2;
      const handoffStarted = report.metrics.find((m) => m.metric === 'handoff')?.cycles.some((s) => owner(s.startedAt) === i) ?? false;
      const repeat = issue.comments.filter((c) => c.at >= cy.startedAt && (cy.resolvedAt === null || c.at < cy.resolvedAt) && roleOf(c.author) !== 'line2' && /asking again|снова спрашивает/i.test(c.text)).length;
      return {
        issueKey: issue.key, issueType: issue.issueType, index: i + 1, startedAt: cy.startedAt, resolvedAt: cy.resolvedAt, reopened: cy.reopened, priority: cy.priority,
        line: handoffStarted || engineer !== null ? 'line2' : 'line1', person: engineer ?? cy.resolvedBy ?? '', repeat,
        csat: cy.resolvedAt !== null ? (ratings.get(`${issue.id}:${i + 1}`) ?? null) : null, sla,
      } satisfies NaiveCycle;
    });
  });
}
