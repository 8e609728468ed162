// Host endpoints only the shell page needs: the seeded people for the user switcher (no secrets), the
// app's UI modifications that apply to a create/transition view (read as the app, as Jira's frontend
// does), and dashboard gadget configurations (Jira keeps them per dashboard item). Never runs app code.
import { jsonResponse, type StandInRequest, type StandInResponse } from '../http-types';
import type { LocalHost } from '../host/local-host';
import { SEED_USERS } from '../jira/seed-users';

const GADGET_ID = /^\/__host\/gadgets\/([\w-]{1,64})$/;

function ensureGadgetTable(host: LocalHost): void {
  host.db.exec('CREATE TABLE IF NOT EXISTS shell_gadget_config (id TEXT PRIMARY KEY, config TEXT NOT NULL)');
}

type UiModContext = { projectId?: string | null; issueTypeId?: string | null; viewType?: string | null };
type UiMod = { id: string; data?: string; contexts?: UiModContext[] };

async function uiModifications(host: LocalHost, query: URLSearchParams): Promise<StandInResponse> {
  const projectId = query.get('projectId');
  const issueTypeId = query.get('issueTypeId');
  const viewType = query.get('viewType');
  const res = await host.jira.handle(
    { method: 'GET', path: '/rest/api/3/uiModifications', query: new URLSearchParams('expand=data,contexts&maxResults=100'), headers: {}, body: '' },
    { kind: 'app' },
  );
  if (res.status !== 200) return jsonResponse(res.status, JSON.parse(res.body || '{}'));
  const values = (JSON.parse(res.body) as { values: UiMod[] }).values;
  const matches = (c: UiModContext): boolean =>
    (c.projectId == null || c.projectId === projectId) && (c.issueTypeId == null || c.issueTypeId === issueTypeId) && (c.viewType == null || c.viewType === viewType);
  const applicable = values.filter((m) => (m.contexts ?? []).some(matches)).map((m) => ({ id: m.id, data: m.data }));
  return jsonResponse(200, { uiModifications: applicable });
}

/** Answers a shell endpoint, or undefined when the path is not one of them. */
export async function handleShellApi(host: LocalHost, req: StandInRequest): Promise<StandInResponse | undefined> {
  if (req.method === 'GET' && req.path === '/__host/users') {
    return jsonResponse(200, {
      users: SEED_USERS.map((u) => ({ accountId: u.accountId, displayName: u.displayName, role: u.role, locale: u.locale, timeZone: u.timeZone })),
    });
  }
  if (req.method === 'GET' && req.path === '/__host/ui-modifications') return uiModifications(host, req.query);
  const gadget = GADGET_ID.exec(req.path);
  if (gadget) {
    ensureGadgetTable(host);
    const id = gadget[1] ?? '';
    if (req.method === 'GET') {
      const row = host.db.get('SELECT config FROM shell_gadget_config WHERE id = ?', [id]);
      return jsonResponse(200, { id, configuration: row ? (JSON.parse(String(row.config)) as unknown) : null });
    }
    if (req.method === 'PUT') {
      let configuration: unknown;
      try {
        configuration = (JSON.parse(req.body || '{}') as { configuration?: unknown }).configuration ?? {};
      } catch {
        return jsonResponse(400, { message: 'Malformed JSON body' });
      }
      host.db.run('INSERT OR REPLACE INTO shell_gadget_config (id, config) VALUES (?, ?)', [id, JSON.stringify(configuration)]);
      return jsonResponse(200, { id, configuration });
    }
    return jsonResponse(405, { message: 'Method not allowed' });
  }
  return undefined;
}
