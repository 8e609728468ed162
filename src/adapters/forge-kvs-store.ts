// KeyValueStore and SecretStore over @forge/kvs. KVS errors surface as UpstreamError so entry points
// can retry; values are never logged (they may be large or personal).
import { kvs, WhereConditions } from '@forge/kvs';
import { UpstreamError } from '../domain/errors';
import type { KeyValueStore, SecretStore, StoredEntry } from '../domain/ports';

async function guard<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'UNKNOWN';
    const throttled = code === 'RATE_LIMIT_EXCEEDED' || code === 'TOO_MANY_REQUESTS';
    throw new UpstreamError(`Forge storage failed on ${what} (${code})`, 'storage', undefined, {
      retryable: throttled || code === 'INTERNAL_SERVER_ERROR',
    });
  }
}

export class ForgeKvsStore implements KeyValueStore, SecretStore {
  get<T>(key: string): Promise<T | undefined> {
    return guard('get', () => kvs.get<T>(key));
  }

  set<T>(key: string, value: T): Promise<void> {
    return guard('set', async () => {
      await kvs.set(key, value);
    });
  }

  delete(key: string): Promise<void> {
    return guard('delete', () => kvs.delete(key));
  }

  list<T>(prefix: string, cursor?: string, limit = 20): Promise<{ entries: StoredEntry<T>[]; cursor?: string }> {
    return guard('query', async () => {
      let query = kvs.query().where('key', WhereConditions.beginsWith(prefix)).limit(limit);
      if (cursor) query = query.cursor(cursor);
      const page = await query.getMany<T>();
      return { entries: page.results.map((r) => ({ key: r.key, value: r.value })), cursor: page.nextCursor };
    });
  }

  getSecret(key: string): Promise<string | undefined> {
    return guard('secret get', () => kvs.getSecret<string>(key));
  }

  setSecret(key: string, value: string): Promise<void> {
    return guard('secret set', () => kvs.setSecret(key, value));
  }

  deleteSecret(key: string): Promise<void> {
    return guard('secret delete', () => kvs.deleteSecret(key));
  }
}
