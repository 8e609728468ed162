// In-memory KeyValueStore and SecretStore for unit and entry tests. Mirrors the KVS contract that
// matters to callers: key order for listing, prefix filter, cursor paging, structured clone on write.
import type { KeyValueStore, SecretStore, StoredEntry } from '../domain/ports';

export class MemoryStore implements KeyValueStore, SecretStore {
  private readonly values = new Map<string, unknown>();
  private readonly secrets = new Map<string, string>();

  async get<T>(key: string): Promise<T | undefined> {
    const value = this.values.get(key);
    return value === undefined ? undefined : (structuredClone(value) as T);
  }

  async set<T>(key: string, value: T): Promise<void> {
    this.values.set(key, structuredClone(value));
  }

  async delete(key: string): Promise<void> {
    this.values.delete(key);
  }

  async list<T>(prefix: string, cursor?: string, limit = 20): Promise<{ entries: StoredEntry<T>[]; cursor?: string }> {
    const keys = [...this.values.keys()].filter((k) => k.startsWith(prefix) && (!cursor || k > cursor)).sort();
    const page = keys.slice(0, limit);
    const entries = page.map((key) => ({ key, value: structuredClone(this.values.get(key)) as T }));
    const last = page[page.length - 1];
    return keys.length > limit && last !== undefined ? { entries, cursor: last } : { entries };
  }

  async getSecret(key: string): Promise<string | undefined> {
    return this.secrets.get(key);
  }

  async setSecret(key: string, value: string): Promise<void> {
    this.secrets.set(key, value);
  }

  async deleteSecret(key: string): Promise<void> {
    this.secrets.delete(key);
  }
}
