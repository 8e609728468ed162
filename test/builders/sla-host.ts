// Helpers for SLA entry tests on a LocalHost: incidents filed and moved through the Jira stand-in's REST
// routes as seeded people, the stored live state, JQL, the app's storage, and time moved in small steps
// (each step lets the queue consumers of the previous one finish, as real time would).
import { kvs, WhereConditions } from '@forge/kvs';
import type { LocalHost } from '../../sandbox/host/local-host';
import { runInvocation } from '../../sandbox/host/forge-globals';
import { CALENDAR_24_7 } from '../../src/domain/model/sla/calendar';
import { DEFAULT_SLA_DEFINITIONS } from '../../src/domain/model/sla/defaults';
import type { Result, SettingsSectionDto } from '../../src/shared/contract';
import { jiraRequest, seededUser } from './host';

export const MINUTE = 60_000;

export const asApp = <T>(host: LocalHost, fn: () => Promise<T>): Promise<T> =>
  runInvocation({ appId: host.manifest.appId, environmentId: 'test', installationId: host.cloudId, moduleKey: 'test', deadline: Date.now() + 25_000 }, fn);

type Actor = { kind: 'app' } | { kind: 'user'; accountId: string };
const as = (accountId: string): Actor => ({ kind: 'user', accountId });

async function call(host: LocalHost, actor: Actor, method: string, path: string, body?: unknown, expected?: number): Promise<unknown> {
  const res = await host.jira.handle(jiraRequest(method, path, body), actor);
  if (expected !== undefined && res.status !== expected) throw new Error(`${method} ${path}: ${res.status} ${res.body}`);
  return res.body === '' ? undefined : (JSON.parse(res.body) as unknown);
}

const adf = (text: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** Files an incident as line 1 (product event `created`), returns its key. */
export async function fileIncident(host: LocalHost, priority: 'Critical' | 'High' | 'Medium' | 'Low', summary = 'Checkout is down'): Promise<string> {
  const body = { fields: { project: { key: 'SUP' }, issuetype: { name: 'Incident' }, summary, description: adf(summary), priority: { name: priority } } };
  const created = (await call(host, as(seededUser('line1').accountId), 'POST', '/rest/api/3/issue', body, 201)) as { key: string };
  return created.key;
}

export async function transition(host: LocalHost, key: string, transitionId: string, who: 'line1' | 'line2', fields: Record<string, unknown> = {}): Promise<void> {
  await call(host, as(seededUser(who).accountId), 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: transitionId }, fields }, 204);
}

export async function comment(host: LocalHost, key: string, who: 'line1' | 'line2', text: string): Promise<void> {
  await call(host, as(seededUser(who).accountId), 'POST', `/rest/api/3/issue/${key}/comment`, { body: adf(text) }, 201);
}

export async function slaProperty(host: LocalHost, key: string): Promise<Record<string, unknown> | undefined> {
  const res = await host.jira.handle(jiraRequest('GET', `/rest/api/3/issue/${key}/properties/linebridge-sla`), { kind: 'app' });
  return res.status === 200 ? ((JSON.parse(res.body) as { value: Record<string, unknown> }).value) : undefined;
}

export async function jqlKeys(host: LocalHost, jql: string): Promise<string[]> {
  const page = (await call(host, { kind: 'app' }, 'POST', '/rest/api/3/search/jql', { jql, fields: ['summary'], maxResults: 100 }, 200)) as { issues: { key: string }[] };
  return page.issues.map((i) => i.key);
}

export async function storedEntries<T>(host: LocalHost, prefix: string): Promise<Array<{ key: string; value: T }>> {
  return asApp(host, async () => {
    const out: Array<{ key: string; value: T }> = [];
    let cursor: string | undefined;
    do {
      let query = kvs.query().where('key', WhereConditions.beginsWith(prefix)).limit(100);
      if (cursor) query = query.cursor(cursor);
      const page = await query.getMany<T>();
      out.push(...page.results.map((r) => ({ key: r.key, value: r.value })));
      cursor = page.nextCursor;
    } while (cursor);
    return out;
  });
}

/** Saves a settings section as the seeded Jira admin, through the shipped resolver. */
export async function saveSection(host: LocalHost, section: string, value: unknown, expectedVersion = 0): Promise<Result<SettingsSectionDto>> {
  return (await host.invokeResolver({
    moduleKey: 'linebridge-admin', functionKey: 'settings/save', payload: { section, value, expectedVersion },
    accountId: seededUser('admin').accountId, context: { extension: { type: 'jira:adminPage' } },
  })) as Result<SettingsSectionDto>;
}

/** Saves the default SLA definitions on a 24/7 calendar; throws when the save is refused. */
export async function saveDefaultSla(host: LocalHost): Promise<void> {
  const saved = await saveSection(host, 'sla', { definitions: DEFAULT_SLA_DEFINITIONS, calendar: CALENDAR_24_7 });
  if (!saved.ok) throw new Error(`SLA settings refused: ${JSON.stringify(saved.error)}`);
}

/** Moves host time forward in `step`s, letting every delivery of a step finish before the next. */
export async function advance(host: LocalHost, ms: number, step = 30_000, after?: () => Promise<boolean>): Promise<void> {
  await host.settle();
  for (let done = 0; done < ms; done += step) {
    await host.clock.advance(Math.min(step, ms - done));
    await host.settle();
    if (after && (await after())) return;
  }
}

/** Runs whatever is due now (delay-0 queue events) until the host is quiet. */
export async function drain(host: LocalHost, rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await host.clock.advance(0);
    await host.settle();
  }
}

/** Counts the platform calls the app makes from now on (`host.calls` keeps only the newest 1,000). */
export function countCalls(host: LocalHost): { readonly jira: (path: RegExp, method?: string) => number; readonly kvsWrites: () => number; readonly stop: () => void } {
  const seen: Array<{ remote: string; type: string; method: string; path: string }> = [];
  const calls = host.calls;
  const original = calls.push.bind(calls);
  calls.push = (...items) => {
    for (const c of items) seen.push({ remote: c.target.remote ?? '', type: c.target.type, method: c.method, path: c.path });
    return original(...items);
  };
  return {
    jira: (path, method) => seen.filter((c) => c.remote === 'jira' && path.test(c.path) && (method === undefined || c.method === method)).length,
    kvsWrites: () => seen.filter((c) => c.type === 'kvs' && /\/(set|delete|batch\/set|batch\/delete|transaction)/.test(c.path)).length,
    stop: () => {
      calls.push = original;
    },
  };
}

export async function jqlCount(host: LocalHost, jql: string): Promise<number> {
  return ((await call(host, { kind: 'app' }, 'POST', '/rest/api/3/search/approximate-count', { jql }, 200)) as { count: number }).count;
}
