// AtomicStore over @forge/kvs: create-if-absent (`keyPolicy: 'FAIL_IF_EXISTS'`, answered 409 KEY_CONFLICT)
// and writes with a TTL. Other KVS failures surface as UpstreamError, like ForgeKvsStore's.
import { kvs } from '@forge/kvs';
import { UpstreamError } from '../domain/errors';
import type { AtomicStore } from '../domain/ports-telegram';

function storageError(what: string, error: unknown): UpstreamError {
  const code = (error as { code?: string }).code ?? 'UNKNOWN';
  return new UpstreamError(`Forge storage failed on ${what} (${code})`, 'storage', undefined, {
    retryable: code === 'RATE_LIMIT_EXCEEDED' || code === 'TOO_MANY_REQUESTS' || code === 'INTERNAL_SERVER_ERROR',
  });
}

const ttlOf = (seconds: number | undefined) =>
  seconds === undefined ? {} : { ttl: { value: Math.max(1, Math.ceil(seconds)), unit: 'SECONDS' as const } };

export class ForgeKvsAtomic implements AtomicStore {
  async createIfAbsent<T>(key: string, value: T, ttlSeconds?: number): Promise<boolean> {
    try {
      await kvs.set(key, value, { keyPolicy: 'FAIL_IF_EXISTS', ...ttlOf(ttlSeconds) });
      return true;
    } catch (error) {
      if ((error as { code?: string }).code === 'KEY_CONFLICT') return false;
      throw storageError('create', error);
    }
  }

  async put<T>(key: string, value: T, ttlSeconds: number): Promise<void> {
    try {
      await kvs.set(key, value, ttlOf(ttlSeconds));
    } catch (error) {
      throw storageError('set', error);
    }
  }
}
