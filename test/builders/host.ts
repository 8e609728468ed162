// Starts a LocalHost in memory for a test, on the real app (repo root) or a fixture app.
import path from 'node:path';
import { LocalHost } from '../../sandbox/host/local-host';
import { SEED_USERS } from '../../sandbox/jira/seed-base';

export const REPO_ROOT = path.resolve(__dirname, '../..');
export const FIXTURE_APP = path.join(REPO_ROOT, 'test/fixtures/host-app');

export async function startHost(root = REPO_ROOT): Promise<LocalHost> {
  return LocalHost.start({ root, dataFile: null, baseUrl: 'http://localhost:0', startSchedules: root === FIXTURE_APP });
}

export function seededUser(role: 'line1' | 'line2' | 'lead' | 'admin', index = 0): { accountId: string; email: string; displayName: string } {
  const user = SEED_USERS.filter((u) => u.role === role)[index];
  if (!user) throw new Error(`no seeded ${role} #${index}`);
  return user;
}

export function jiraRequest(method: string, pathAndQuery: string, body?: unknown): { method: string; path: string; query: URLSearchParams; headers: Record<string, string>; body: string } {
  const url = new URL(pathAndQuery, 'http://local');
  return {
    method,
    path: url.pathname,
    query: url.searchParams,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: body === undefined ? '' : JSON.stringify(body),
  };
}
