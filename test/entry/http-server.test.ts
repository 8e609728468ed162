// The host over HTTP, as a REST client or a browser frame sees it.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { LocalHost } from '../../sandbox/host/local-host';
import { createHttpServer } from '../../sandbox/server/http-server';
import { REPO_ROOT, seededUser, startHost } from '../builders/host';

let host: LocalHost;
let server: Server;
let base: string;
const basic = (email: string) => `Basic ${Buffer.from(`${email}:any-api-token`).toString('base64')}`;

beforeAll(async () => {
  host = await startHost();
  server = createHttpServer(host, REPO_ROOT);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await host.close();
});

describe('host HTTP server', () => {
  it('answers a Jira REST call with Basic auth with the seeded project', async () => {
    const res = await fetch(`${base}/rest/api/3/project/search`, { headers: { authorization: basic(seededUser('lead').email) } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { values: Array<{ key: string }> };
    expect(body.values.map((p) => p.key)).toContain('SUP');
  });

  it('refuses REST calls without credentials with Jira’s 401 envelope', async () => {
    const res = await fetch(`${base}/rest/api/3/myself`);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ errorMessages: [expect.any(String)], errors: {} });
  });

  it('answers malformed JSON and unknown paths with the error envelope, and keeps serving', async () => {
    const headers = { authorization: basic(seededUser('line1').email), 'content-type': 'application/json' };
    const bad = await fetch(`${base}/rest/api/3/issue`, { method: 'POST', headers, body: '{"fields": ' });
    expect(bad.status).toBe(400);
    expect((await bad.json()) as object).toHaveProperty('errorMessages');
    const unknown = await fetch(`${base}/rest/api/3/no-such-thing`, { headers });
    expect(unknown.status).toBe(404);
    const still = await fetch(`${base}/rest/api/3/myself`, { headers });
    expect(still.status).toBe(200);
  });

  it('serves a Custom UI resource with the bridge injected before the app bundle, and nothing outside it', async () => {
    const res = await fetch(`${base}/resources/issue-panel/index.html`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html.indexOf('/__host/bridge.js')).toBeGreaterThan(-1);
    expect(html.indexOf('/__host/bridge.js')).toBeLessThan(html.indexOf('type="module"'));
    const escape = await fetch(`${base}/resources/issue-panel/..%2F..%2F..%2Fpackage.json`);
    expect([403, 404]).toContain(escape.status);
  });

  it('invokes a resolver as the signed-in user through /__host/invoke', async () => {
    const res = await fetch(`${base}/__host/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-linebridge-account': seededUser('line2').accountId },
      body: JSON.stringify({ moduleKey: 'linebridge-issue-panel', functionKey: 'issue/summary', payload: { issueKey: 'SUP-1' }, context: {} }),
    });
    const body = (await res.json()) as { ok: boolean; result: { ok: boolean; value: { issueKey: string } } };
    expect(body.result).toMatchObject({ ok: true, value: { issueKey: 'SUP-1' } });
    const unknown = await fetch(`${base}/__host/invoke`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ moduleKey: 'nope', functionKey: 'x' }) });
    expect(unknown.status).toBe(404);
  });
});
