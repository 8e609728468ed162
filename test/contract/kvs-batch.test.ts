// Contract: the real @forge/kvs batchSet/batchGet/batchDelete against the KVS stand-in: best-effort items
// reported in successfulKeys/failedKeys, at most 25 items, no duplicate keys (docs: storage-reference/batchops).
import { kvs } from '@forge/kvs';
import { apiError, freshKvs, installKvsSeam } from './kvs-harness';

installKvsSeam();

const ENTITIES = { note: { attributes: { text: { type: 'string' as const } } } };

describe('kvs batch operations', () => {
  beforeEach(async () => {
    await freshKvs({ entities: ENTITIES });
  });

  it('batchSet writes plain keys and entities together', async () => {
    const result = await kvs.batchSet<unknown>([
      { key: 'a', value: 1 },
      { key: 'n1', value: { text: 'hi' }, entityName: 'note' },
      { key: 'b', value: { nested: true }, options: { ttl: { value: 1, unit: 'DAYS' } } },
    ]);
    expect(result).toEqual({ successfulKeys: [{ key: 'a' }, { key: 'n1', entityName: 'note' }, { key: 'b' }], failedKeys: [] });
    expect(await kvs.get('b')).toEqual({ nested: true });
    expect(await kvs.entity('note').get('n1')).toEqual({ text: 'hi' });
  });

  it('batchSet completes the valid items and reports each failed one with its code', async () => {
    const result = await kvs.batchSet<unknown>([
      { key: 'good', value: 'ok' },
      { key: 'bad/key', value: 'x' },
      { key: 'n2', value: { text: 42 }, entityName: 'note' },
      { key: 'big', value: 'x'.repeat(240 * 1024) },
    ]);
    expect(result.successfulKeys).toEqual([{ key: 'good' }]);
    expect(result.failedKeys.map((f) => [f.key, f.entityName, f.error.code])).toEqual([
      ['bad/key', undefined, 'INVALID_KEY'],
      ['n2', 'note', 'INCORRECT_PROPERTY_TYPE'],
      ['big', undefined, 'MAX_SIZE'],
    ]);
    expect(await kvs.get('good')).toBe('ok');
  });

  it('batchGet returns found items and KEY_NOT_FOUND for missing ones', async () => {
    await kvs.set('x', 'X');
    await kvs.entity('note').set('n', { text: 't' });
    const result = await kvs.batchGet([{ key: 'x' }, { key: 'n', entityName: 'note' }, { key: 'missing' }]);
    expect(result.successfulKeys).toEqual([
      { key: 'x', value: 'X' },
      { key: 'n', entityName: 'note', value: { text: 't' } },
    ]);
    expect(result.failedKeys).toEqual([{ key: 'missing', error: { code: 'KEY_NOT_FOUND', message: 'Provided key does not exist' } }]);
  });

  it('batchDelete removes the keys and reports the missing ones', async () => {
    await kvs.set('d1', 1);
    await kvs.set('d2', 2);
    const result = await kvs.batchDelete([{ key: 'd1' }, { key: 'd2' }, { key: 'd3' }]);
    expect(result.successfulKeys).toEqual([{ key: 'd1' }, { key: 'd2' }]);
    expect(result.failedKeys.map((f) => f.error.code)).toEqual(['KEY_NOT_FOUND']);
    expect(await kvs.get('d1')).toBeUndefined();
  });

  it('accepts 25 items and rejects 26 as a whole (TOO_MANY_BATCH_ENTITIES)', async () => {
    const items = (n: number): { key: string; value: number }[] => Array.from({ length: n }, (_, i) => ({ key: `k${i}`, value: i }));
    expect((await kvs.batchSet(items(25))).successfulKeys).toHaveLength(25);
    await kvs.delete('k0');
    const error = await apiError(kvs.batchSet(items(26)));
    expect([error.code, error.responseDetails.status]).toEqual(['TOO_MANY_BATCH_ENTITIES', 400]);
    expect(await kvs.get('k0')).toBeUndefined();
    expect((await apiError(kvs.batchGet(items(26)))).message).toContain('entities to get was 26');
  });

  it('rejects a batch naming the same key twice, and an empty batch', async () => {
    expect((await apiError(kvs.batchSet<unknown>([{ key: 'dup', value: 1 }, { key: 'dup', value: 2 }]))).code).toBe('KEY_DUPLICATION_ERROR');
    expect(await kvs.get('dup')).toBeUndefined();
    await kvs.batchSet<unknown>([{ key: 'same', value: 1 }, { key: 'same', value: { text: 'e' }, entityName: 'note' }]);
    expect((await apiError(kvs.batchDelete([]))).responseDetails.status).toBe(400);
  });
});
