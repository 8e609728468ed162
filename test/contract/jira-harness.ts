// Shared set-up of the Jira stand-in contract tests: a fresh in-memory site with a controllable clock, the
// product events it emitted, and a `call()` that drives handle() like an HTTP client. No assertions here.
import { SqliteDb } from '../../sandbox/db/sqlite';
import type { StandInResponse } from '../../sandbox/http-types';
import { JiraStandIn, type JiraActor, type JiraProductEvent, type JiraStandInOptions } from '../../sandbox/jira/jira-stand-in';
import { SEED_USERS, type SeedRole } from '../../sandbox/jira/seed-base';

export const BASE_URL = 'http://localhost:8080';
export const START = Date.parse('2026-01-17T12:34:00.000Z');

export type Reply = { readonly status: number; readonly headers: Readonly<Record<string, string>>; readonly body: unknown; readonly raw: StandInResponse };

export function userOf(role: SeedRole, index = 0): JiraActor & { kind: 'user' } {
  const u = SEED_USERS.filter((x) => x.role === role)[index];
  if (!u) throw new Error(`no seed user ${role}#${index}`);
  return { kind: 'user', accountId: u.accountId };
}

export const ANNA = userOf('line1', 0);
export const CHEN = userOf('line2', 0);
export const FARAH = userOf('lead');
export const GUSTAV = userOf('admin');
export const APP: JiraActor = { kind: 'app' };
export const ANON: JiraActor = { kind: 'anonymous' };

export type JiraHarness = {
  readonly jira: JiraStandIn;
  readonly db: SqliteDb;
  readonly events: JiraProductEvent[];
  advance(ms: number): void;
  now(): number;
  call(actor: JiraActor, method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<Reply>;
};

export async function makeJira(opts: Partial<JiraStandInOptions> = {}): Promise<JiraHarness> {
  const db = await SqliteDb.open(null);
  let clock = START;
  const events: JiraProductEvent[] = [];
  const jira = new JiraStandIn({ db, now: () => clock, baseUrl: BASE_URL, onEvent: (e) => events.push(e), ...opts });
  return {
    jira, db, events,
    advance: (ms) => { clock += ms; },
    now: () => clock,
    async call(actor, method, url, body, headers = {}) {
      const u = new URL(url, BASE_URL);
      const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
      const raw = await jira.handle({
        method, path: u.pathname, query: u.searchParams,
        headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers }, body: text,
      }, actor);
      let parsed: unknown = raw.body;
      if (raw.body !== '' && (raw.headers['content-type'] ?? '').includes('json')) parsed = JSON.parse(raw.body) as unknown;
      return { status: raw.status, headers: raw.headers, body: parsed, raw };
    },
  };
}

export const adf = (text: string): Record<string, unknown> => ({
  type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

/** Narrowing helper for JSON bodies in assertions. */
export function obj(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`expected an object, got ${JSON.stringify(value)}`);
  return value as Record<string, unknown>;
}

export function arr(value: unknown): unknown[] {
  if (!Array.isArray(value)) throw new Error(`expected an array, got ${JSON.stringify(value)}`);
  return value;
}

export async function createIssue(h: JiraHarness, actor: JiraActor, fields: Record<string, unknown> = {}): Promise<{ id: string; key: string }> {
  const res = await h.call(actor, 'POST', '/rest/api/3/issue', {
    fields: { project: { key: 'SUP' }, issuetype: { id: '10001' }, summary: 'Checkout fails for client 42', ...fields },
  });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
  const b = obj(res.body);
  return { id: String(b.id), key: String(b.key) };
}
