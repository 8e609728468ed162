// Issue #4 figures: filing an incident from the form as the browser does it (HTTP POST /__host/invoke on
// loopback → shipped resolver → real SDKs → Jira stand-in, with provisioned fields and round-robin
// assignment on), the same plus one pasted screenshot uploaded through /__host/request-jira, adopting a
// create-dialog issue (create + trigger), the Jira calls one filing makes, and the form's bundle size.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { LocalHost } from '../sandbox/host/local-host';
import { createHttpServer } from '../sandbox/server/http-server';
import { SEED_USERS } from '../sandbox/jira/seed-base';
import { DEFAULT_TEMPLATES } from '../src/domain/model/template/defaults';
import { measure, report } from './stats';

const ROOT = path.resolve(__dirname, '..');
const FORM = 'linebridge-file-incident-global';
const user = (role: string, i = 0) => {
  const u = SEED_USERS.filter((x) => x.role === role)[i];
  if (!u) throw new Error(`no ${role}`);
  return u;
};

function bundle(): Record<string, number> {
  const dir = path.join(ROOT, 'static/file-incident/build');
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const assets = fs.readdirSync(path.join(dir, 'assets'));
  const gz = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(dir, file))).length;
  const eager = ['index.html', ...assets.filter((a) => html.includes(a)).map((a) => `assets/${a}`)];
  // Loaded right after start: the bridge (api.ts imports it lazily) and Forge's iframe resizer.
  const atStart = assets.filter((a) => /^(forge-bridge|iframe-resizer)-/.test(a)).map((a) => `assets/${a}`);
  const sum = (files: string[]) => Math.round(files.reduce((s, f) => s + gz(f), 0) / 1024);
  return { eagerGzipKB: sum(eager), firstLoadGzipKB: sum([...eager, ...atStart]) };
}

async function main(): Promise<void> {
  const host = await LocalHost.start({ root: ROOT, dataFile: null, baseUrl: 'http://localhost:0', startSchedules: false });
  const server = createHttpServer(host, ROOT, {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const post = async (p: string, account: string, body: unknown): Promise<Record<string, unknown>> => {
    const res = await fetch(`${base}${p}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-linebridge-account': account }, body: JSON.stringify(body) });
    return (await res.json()) as Record<string, unknown>;
  };
  const admin = user('admin').accountId;
  const agent = user('line1', 1).accountId;
  const invoke = async (account: string, moduleKey: string, functionKey: string, payload: unknown) => {
    const json = await post('/__host/invoke', account, { moduleKey, functionKey, payload, context: { moduleKey, extension: { type: 'jira:globalPage' } } });
    const result = json.result as { ok?: boolean; value?: Record<string, unknown>; error?: unknown } | undefined;
    if (!result?.ok) throw new Error(`${functionKey}: ${JSON.stringify(json)}`);
    return result.value ?? {};
  };
  await invoke(admin, 'linebridge-admin', 'templates/provision', {});
  const team = [user('line2', 0).accountId, user('line2', 1).accountId, user('line2', 2).accountId];
  await invoke(admin, 'linebridge-admin', 'settings/save', { section: 'templates', expectedVersion: 0, value: { templates: DEFAULT_TEMPLATES.templates, assignment: { projects: [{ projectKey: 'SUP', strategy: 'roundRobin', team, clientMap: [] }], away: [] } } });

  const answers = (i: number) => ({ what: `Checkout fails (${i}).\nRetried twice.`, clientId: `C-${i}`, occurredAt: new Date(Date.now() - 3_600_000).toISOString(), scope: 'oneOrFew', evidence: 'HTTP 500', contact: 'Telegram' });
  let seq = 0;
  const file = async (i: number) => invoke(agent, FORM, 'incidents/create', { idempotencyKey: `bench-${Date.now()}-${++seq}`, templateId: 'sup-incident-en', projectKey: 'SUP', issueTypeName: 'Incident', answers: answers(i) });
  const png = `data:image/png;base64,${Buffer.alloc(100 * 1024, 7).toString('base64')}`;
  const n = Number(process.env.BENCH_N ?? 200);

  const before = host.jiraExchanges.length;
  await file(0);
  await host.settle();
  const calls = host.jiraExchanges.slice(before).map((e) => `${e.request.method} ${e.request.path.replace(/SUP-\d+/, '{key}')}`);
  if (process.env.BENCH_VERBOSE) console.error(calls.join('\n'));
  // The filing's own calls (create, assignee, reason property); the rest are other features' event triggers.
  const jiraCallsPerFiling = calls.filter((c) => c === 'POST /rest/api/3/issue' || c === 'PUT /rest/api/3/issue/{key}' || c.endsWith('/linebridge.assignment')).length;
  const jiraCallsWithTriggers = calls.length;

  const figures = [
    await measure('file from the form (1 resolver round trip over HTTP, assignment on)', n, (i) => file(i)),
    await measure('file + attach one 100 KB screenshot (resolver + requestJira multipart)', n, async (i) => {
      const filed = await file(i);
      const res = await post('/__host/request-jira', agent, { path: `/rest/api/3/issue/${String(filed.issueKey)}/attachments`, method: 'POST', headers: { 'x-atlassian-token': 'no-check' }, body: '', multipart: { file: png, fileName: 'shot.png', fileType: 'image/png' } });
      if (res.status !== 200) throw new Error(`upload answered ${String(res.status)}`);
    }),
    await measure('create-dialog issue adopted (POST issue as user + trigger: property + assignment)', Math.min(n, 100), async (i) => {
      const res = await host.jira.handle(
        { method: 'POST', path: '/rest/api/3/issue', query: new URLSearchParams(), headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fields: { project: { key: 'SUP' }, issuetype: { name: 'Incident' }, summary: `Dialog ${i}`, description: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }] } } }) },
        { kind: 'user', accountId: agent },
      );
      if (res.status !== 201) throw new Error(`create answered ${res.status}`);
      await host.settle();
    }),
  ];
  report('incident-filing', figures, { resolverRoundTripsPerSubmit: 1, jiraCallsPerFiling, jiraCallsWithTriggers, ...bundle(), memoryMB: Math.round(process.memoryUsage().rss / 1048576) });
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await host.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
