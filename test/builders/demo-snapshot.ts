// Reads the seeded demo data back through the Jira stand-in's REST routes (JQL search and changelog
// bulkfetch), as the app would, into plain rows that tests can count and digest.
import { createHash } from 'node:crypto';
import type { LocalHost } from '../../sandbox/host/local-host';
import { jiraRequest, seededUser } from './host';

export type Change = { readonly at: number; readonly author: string; readonly items: readonly { field: string; from: string | null; to: string | null }[] };
export type IssueRow = {
  readonly key: string; readonly summary: string; readonly status: string; readonly priority: string; readonly assignee: string | null;
  readonly reporter: string; readonly created: number; readonly resolutiondate: number | null;
  readonly comments: readonly { author: string; at: number }[]; readonly history: readonly Change[];
};

const admin = { kind: 'user', accountId: seededUser('admin').accountId } as const;
const ms = (jira: string): number => Date.parse(jira.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
type Json = Record<string, unknown>;
/** Reads a string property by name (a changelog item's `toString` shadows Object's method). */
const stringAt = (o: Json, name: string): string | null => {
  const v: unknown = o[name];
  return typeof v === 'string' ? v : null;
};

export async function call(host: LocalHost, method: string, path: string, body?: unknown): Promise<Json> {
  const res = await host.jira.handle(jiraRequest(method, path, body), admin);
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${res.body}`);
  return JSON.parse(res.body) as Json;
}

export async function countJql(host: LocalHost, jql: string): Promise<number> {
  return Number((await call(host, 'POST', '/rest/api/3/search/approximate-count', { jql })).count);
}

export async function demoSnapshot(host: LocalHost, jql = 'project = SUP ORDER BY key ASC'): Promise<IssueRow[]> {
  const raw: Json[] = [];
  let token: string | undefined;
  do {
    const fields = ['summary', 'status', 'priority', 'assignee', 'reporter', 'created', 'resolutiondate', 'comment'];
    const page = await call(host, 'POST', '/rest/api/3/search/jql', { jql, fields, maxResults: 100, ...(token ? { nextPageToken: token } : {}) });
    raw.push(...(page.issues as Json[]));
    token = page.nextPageToken as string | undefined;
  } while (token);
  const bulk = await call(host, 'POST', '/rest/api/3/changelog/bulkfetch', { issueIdsOrKeys: raw.map((i) => i.key), maxResults: 10000 });
  const histories = new Map<string, Change[]>();
  for (const log of bulk.issueChangeLogs as Json[]) {
    histories.set(String(log.issueId), (log.changeHistories as Json[]).map((h) => ({
      at: Number(h.created),
      author: String((h.author as Json | undefined)?.accountId),
      items: (h.items as Json[]).map((i) => ({ field: String(i.field), from: stringAt(i, 'fromString'), to: stringAt(i, 'toString') })),
    })));
  }
  return raw.map((i) => {
    const f = i.fields as Json;
    const name = (v: unknown): string => ((v as Json | null)?.name as string | undefined) ?? '';
    const account = (v: unknown): string | null => ((v as Json | null)?.accountId as string | undefined) ?? null;
    return {
      key: String(i.key), summary: String(f.summary), status: name(f.status), priority: name(f.priority), assignee: account(f.assignee),
      reporter: account(f.reporter) ?? '', created: ms(String(f.created)), resolutiondate: typeof f.resolutiondate === 'string' ? ms(f.resolutiondate) : null,
      comments: ((f.comment as Json).comments as Json[]).map((c) => ({ author: account(c.author) ?? '', at: ms(String(c.created)) })),
      history: histories.get(String(i.id)) ?? [],
    };
  });
}

/** Keys, statuses and the shape of every history: equal digests mean the same demo data. */
export function demoDigest(rows: readonly IssueRow[]): string {
  const shape = rows.map((r) => [r.key, r.status, r.priority, r.assignee, r.created, r.comments.length, r.history.map((h) => [h.at, h.items.length])]);
  return createHash('sha256').update(JSON.stringify(shape)).digest('hex');
}
