// The sandbox egress fetch behaves like Forge's: only manifest-listed HTTPS addresses, Telegram served by the
// stand-in in-process, everything else refused with a message naming manifest.yml, and no network at all.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEgressFetch, egressAllowlistFromManifest, egressAllows, EgressNotAllowedError, installAppEgress } from '../../sandbox/host/egress';
import type { StandInRequest } from '../../sandbox/http-types';

const echo = async (req: StandInRequest) => ({ status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ path: req.path, q: req.query.get('q'), body: req.body, ct: req.headers['content-type'] }) });

describe('sandbox egress fetch', () => {
  it('routes an allowed origin to its stand-in with path, query, headers and body', async () => {
    const fetch = createEgressFetch(['https://api.telegram.org'], [{ origin: 'https://api.telegram.org', handle: echo }]);
    const res = await fetch('https://api.telegram.org/bot1:a/getMe?q=1', { method: 'POST', body: new URLSearchParams({ a: 'b' }) });
    expect(await res.json()).toEqual({ path: '/bot1:a/getMe', q: '1', body: 'a=b', ct: 'application/x-www-form-urlencoded;charset=UTF-8' });
    const viaRequest = await fetch(new Request('https://api.telegram.org/x', { method: 'POST', body: 'raw' }));
    expect(await viaRequest.json()).toMatchObject({ path: '/x', body: 'raw' });
  });

  it('refuses origins missing from the manifest, and plain http, saying so', async () => {
    const fetch = createEgressFetch(['https://api.telegram.org'], [{ origin: 'https://api.telegram.org', handle: echo }]);
    await expect(fetch('https://evil.example.com/steal')).rejects.toThrow(EgressNotAllowedError);
    await expect(fetch('https://evil.example.com/steal')).rejects.toThrow(/not allowed in manifest\.yml.*permissions\.external\.fetch\.backend/);
    await expect(fetch('http://api.telegram.org/bot1:a/getMe')).rejects.toThrow(/URL not included in the external fetch backend permissions: http:\/\/api\.telegram\.org/);
  });

  it('never reaches the network for an allowed origin without a stand-in unless a real fetch is given', async () => {
    const fetch = createEgressFetch(['https://api.telegram.org', '*.example.com'], []);
    await expect(fetch('https://hooks.example.com/x')).rejects.toThrow(/https:\/\/hooks\.example\.com is allowed in manifest\.yml but no stand-in serves it/);
    const seen: string[] = [];
    const withReal = createEgressFetch(['*.example.com'], [], async (input) => { seen.push(input instanceof Request ? input.url : input.toString()); return new Response('ok'); });
    expect(await (await withReal('https://hooks.example.com/x')).text()).toBe('ok');
    expect(seen).toEqual(['https://hooks.example.com/x']);
  });

  it('matches addresses like Forge: wildcard subdomains, path prefixes, https only', () => {
    const url = (u: string): URL => new URL(u);
    expect(egressAllows(['*.atlassian.net'], url('https://acme.atlassian.net/rest'))).toBe(true);
    expect(egressAllows(['*.atlassian.net'], url('https://atlassian.net/'))).toBe(false);
    expect(egressAllows(['https://api.example.com/v1'], url('https://api.example.com/v1/items'))).toBe(true);
    expect(egressAllows(['https://api.example.com/v1'], url('https://api.example.com/v2'))).toBe(false);
    expect(egressAllows(['api.telegram.org'], url('https://api.telegram.org/bot1/getMe'))).toBe(true);
  });

  it('honours the caller\'s AbortSignal while a stand-in hangs', async () => {
    const fetch = createEgressFetch(['https://api.telegram.org'], [{ origin: 'https://api.telegram.org', handle: () => new Promise(() => undefined) }]);
    await expect(fetch('https://api.telegram.org/slow', { signal: AbortSignal.timeout(20) })).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('reads the allowlist from manifest.yml in both address forms', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'egress-'));
    const file = path.join(dir, 'manifest.yml');
    fs.writeFileSync(file, 'modules: {}\npermissions:\n  external:\n    fetch:\n      backend:\n        - address: https://api.telegram.org\n        - "*.example.com"\n');
    expect(egressAllowlistFromManifest(file)).toEqual(['https://api.telegram.org', '*.example.com']);
    expect(egressAllowlistFromManifest(path.join(__dirname, '../../manifest.yml'))).toContain('https://api.telegram.org');
  });

  it('diverts the global fetch only while app code runs, and restores it', async () => {
    const original = globalThis.fetch;
    let inApp = true;
    const egress = createEgressFetch(['https://api.telegram.org'], [{ origin: 'https://api.telegram.org', handle: echo }]);
    const restore = installAppEgress(egress, () => inApp);
    try {
      expect(await (await fetch('https://api.telegram.org/p')).json()).toMatchObject({ path: '/p' });
      await expect(fetch('https://elsewhere.example.org/')).rejects.toThrow(EgressNotAllowedError);
      inApp = false;
      expect(globalThis.fetch).not.toBe(original);
    } finally {
      restore();
    }
    expect(globalThis.fetch).toBe(original);
  });
});
