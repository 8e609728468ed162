// AutoCloseJiraPort over Forge's requestJira, as the app: public comments (plain text as ADF), the
// issue's transitions with their screen fields, a transition with an optional resolution, and a paged
// search of the issues in the waiting statuses. Jira's 400/409 on a transition is an answer (its
// messages are kept for the issue's state), never thrown; other failures become typed errors.
import api, { route } from '@forge/api';
import type { AutoCloseJiraPort, AutoCloseTransition, TransitionOutcome } from '../domain/ports-auto-close';
import { jiraFailure } from './forge-http-errors';
import type { Requester } from './jira-sla-roles';

const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };
const quoted = (v: string): string => `"${v.replace(/["\\]/g, '')}"`;

const rec = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** Plain text → ADF paragraphs (one per non-empty line). */
export function textToAdf(text: string): Record<string, unknown> {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
  return { type: 'doc', version: 1, content: lines.map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] })) };
}

async function jiraMessages(res: { json(): Promise<unknown> }): Promise<string[]> {
  try {
    const body = rec(await res.json());
    const messages = Array.isArray(body.errorMessages) ? body.errorMessages.map(str) : [];
    return [...messages, ...Object.values(rec(body.errors)).map(str)].filter((m) => m.length > 0);
  } catch {
    return [];
  }
}

export class ForgeSlaAutoClose implements AutoCloseJiraPort {
  constructor(private readonly requester: Requester) {}

  static asApp(): ForgeSlaAutoClose {
    return new ForgeSlaAutoClose(api.asApp());
  }

  async addComment(issueKey: string, text: string): Promise<string> {
    const res = await this.requester.requestJira(route`/rest/api/3/issue/${issueKey}/comment`, {
      method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ body: textToAdf(text) }),
    });
    if (!res.ok) throw jiraFailure(res, `comment on ${issueKey}`);
    return str(rec(await res.json()).id);
  }

  async transitions(issueKey: string): Promise<AutoCloseTransition[]> {
    const res = await this.requester.requestJira(route`/rest/api/3/issue/${issueKey}/transitions?expand=transitions.fields`);
    if (!res.ok) throw jiraFailure(res, `transitions of ${issueKey}`);
    const list = rec(await res.json()).transitions;
    return (Array.isArray(list) ? list : []).map(rec).filter((t) => t.isAvailable !== false).map((t) => ({
      id: str(t.id),
      name: str(t.name),
      to: { id: str(rec(t.to).id), name: str(rec(t.to).name) },
      hasResolution: 'resolution' in rec(t.fields),
    }));
  }

  async transition(issueKey: string, transitionId: string, resolution: string | null): Promise<TransitionOutcome> {
    const body = { transition: { id: transitionId }, ...(resolution !== null ? { fields: { resolution: { name: resolution } } } : {}) };
    const res = await this.requester.requestJira(route`/rest/api/3/issue/${issueKey}/transitions`, {
      method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(body),
    });
    if (res.ok) return { ok: true };
    if (res.status === 400 || res.status === 409) return { ok: false, status: res.status, messages: await jiraMessages(res) };
    throw jiraFailure(res, `transition of ${issueKey}`);
  }

  async findInStatuses(projectKeys: readonly string[], statuses: readonly string[], pageToken: string | null, max: number): Promise<{ keys: string[]; nextPageToken: string | null }> {
    if (projectKeys.length === 0 || statuses.length === 0) return { keys: [], nextPageToken: null };
    const jql = `project in (${projectKeys.map(quoted).join(', ')}) AND status in (${statuses.map(quoted).join(', ')}) ORDER BY id ASC`;
    const res = await this.requester.requestJira(route`/rest/api/3/search/jql`, {
      method: 'POST', headers: JSON_HEADERS,
      body: JSON.stringify({ jql, fields: ['status'], maxResults: Math.min(100, max), ...(pageToken ? { nextPageToken: pageToken } : {}) }),
    });
    if (!res.ok) throw jiraFailure(res, 'waiting issues search');
    const page = rec(await res.json());
    const keys = (Array.isArray(page.issues) ? page.issues : []).map((i) => str(rec(i).key)).filter((k) => k.length > 0);
    const token = str(page.nextPageToken);
    return { keys, nextPageToken: page.isLast === true || token === '' ? null : token };
  }
}
