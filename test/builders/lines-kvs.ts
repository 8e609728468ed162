// Reads and writes the app's Forge storage from a test through the real @forge/kvs SDK and the host's seam
// (as the app's own invocation would), for checking and corrupting the support-lines documents.
import { kvs, WhereConditions } from '@forge/kvs';
import { runInvocation } from '../../sandbox/host/forge-globals';
import type { LocalHost } from '../../sandbox/host/local-host';

function asApp<T>(host: LocalHost, fn: () => Promise<T>): Promise<T> {
  return runInvocation({ appId: host.manifest.appId, environmentId: 'local-development', installationId: host.cloudId, moduleKey: 'test', deadline: Date.now() + 60_000 }, fn);
}

export function kvsEntries<T = unknown>(host: LocalHost, prefix: string): Promise<Map<string, T>> {
  return asApp(host, async () => {
    const out = new Map<string, T>();
    let cursor: string | undefined;
    do {
      let q = kvs.query().where('key', WhereConditions.beginsWith(prefix)).limit(100);
      if (cursor) q = q.cursor(cursor);
      const page = await q.getMany<T>();
      for (const r of page.results) out.set(r.key, r.value);
      cursor = page.nextCursor;
    } while (cursor);
    return out;
  });
}

export function kvsSet(host: LocalHost, key: string, value: unknown): Promise<void> {
  return asApp(host, () => kvs.set(key, value));
}
