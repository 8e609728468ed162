// Writes issues through the Jira stand-in's REST routes as seeded people, for support-lines tests: create,
// transition (the default workflow's ids), comment, assign. Live writes: product events reach the triggers.
import type { LocalHost } from '../../sandbox/host/local-host';
import { jiraRequest } from './host';

export const T = { OPEN: '11', START: '21', WAIT: '31', BACK: '41', RESOLVE: '51', CLOSE: '61', REOPEN: '71' } as const;

async function send(host: LocalHost, as: string, method: string, path: string, body: unknown, expected: number): Promise<Record<string, unknown>> {
  const res = await host.jira.handle(jiraRequest(method, path, body), { kind: 'user', accountId: as });
  if (res.status !== expected) throw new Error(`${method} ${path}: ${res.status} ${res.body}`);
  return res.body === '' ? {} : (JSON.parse(res.body) as Record<string, unknown>);
}

export async function createIssue(host: LocalHost, as: string, fields: Record<string, unknown> = {}): Promise<{ id: string; key: string }> {
  const body = { fields: { project: { key: 'SUP' }, issuetype: { name: 'Incident' }, summary: 'Checkout fails for client 4711', priority: { name: 'High' }, ...fields } };
  const created = await send(host, as, 'POST', '/rest/api/3/issue', body, 201);
  return { id: String(created.id), key: String(created.key) };
}

export async function move(host: LocalHost, key: string, as: string, transitionId: string): Promise<void> {
  const fields = transitionId === T.RESOLVE ? { fields: { resolution: { name: 'Done' } } } : {};
  await send(host, as, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: transitionId }, ...fields }, 204);
}

export async function assign(host: LocalHost, key: string, as: string, accountId: string): Promise<void> {
  await send(host, as, 'PUT', `/rest/api/3/issue/${key}`, { fields: { assignee: { accountId } } }, 204);
}

export async function comment(host: LocalHost, key: string, as: string, text: string): Promise<void> {
  const body = { body: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] } };
  await send(host, as, 'POST', `/rest/api/3/issue/${key}/comment`, body, 201);
}

export type HandoffOptions = {
  /** Fields of the created issue (over createIssue's defaults). */
  readonly fields?: Record<string, unknown>;
  /** A comment written after the pick-up, before the resolution. */
  readonly comment?: { readonly as: string; readonly text: string };
};

/**
 * The usual handoff: filed and escalated by `reporter` (line 1), assigned to and started by `engineer`
 * (line 2), resolved by them; the host is settled, so the triggers have run. Returns the issue key.
 */
export async function resolvedHandoff(host: LocalHost, reporter: string, engineer: string, opts: HandoffOptions = {}): Promise<string> {
  const { key } = await createIssue(host, reporter, opts.fields);
  await move(host, key, reporter, T.OPEN);
  await assign(host, key, engineer, engineer);
  await move(host, key, engineer, T.START);
  if (opts.comment) await comment(host, key, opts.comment.as, opts.comment.text);
  await move(host, key, engineer, T.RESOLVE);
  await host.settle();
  return key;
}
