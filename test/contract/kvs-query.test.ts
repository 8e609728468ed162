// Contract: the real @forge/kvs query builder against the KVS stand-in: one beginsWith on `key`, keys in
// lexicographic order, 10 per page by default and at most 100, opaque cursors absent on the last page.
import { kvs, MetadataField, WhereConditions } from '@forge/kvs';
import { apiError, freshKvs, installKvsSeam, wireCalls } from './kvs-harness';

installKvsSeam();

type QueryBuilder = ReturnType<typeof kvs.query>;

async function allKeys(query: () => QueryBuilder): Promise<{ keys: string[]; pages: number }> {
  const keys: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const q = query();
    const page = await (cursor ? q.cursor(cursor) : q).getMany();
    keys.push(...page.results.map((r) => r.key));
    cursor = page.nextCursor;
    pages += 1;
  } while (cursor && pages < 100);
  return { keys, pages };
}

describe('kvs.query', () => {
  beforeEach(async () => {
    await freshKvs();
  });

  it('lists only keys beginning with the prefix, in lexicographic order', async () => {
    for (const key of ['line:b', 'ticket:1', 'line:a', 'line:c', 'lines', 'LINE:z']) await kvs.set(key, key.length);
    const { results, nextCursor } = await kvs.query().where('key', WhereConditions.beginsWith('line:')).getMany();
    expect(results).toEqual([
      { key: 'line:a', value: 6 },
      { key: 'line:b', value: 6 },
      { key: 'line:c', value: 6 },
    ]);
    expect(nextCursor).toBeUndefined();
    expect(wireCalls.at(-1)?.body).toEqual({ where: [{ property: 'key', condition: 'BEGINS_WITH', values: ['line:'] }] });
  });

  it('returns 10 results per page by default and pages through the rest with cursors', async () => {
    const keys = Array.from({ length: 25 }, (_, i) => `item:${String(i).padStart(2, '0')}`);
    for (const key of keys) await kvs.set(key, true);
    const first = await kvs.query().where('key', WhereConditions.beginsWith('item:')).getMany();
    expect(first.results).toHaveLength(10);
    expect(typeof first.nextCursor).toBe('string');
    const walked = await allKeys(() => kvs.query().where('key', WhereConditions.beginsWith('item:')));
    expect(walked).toEqual({ keys, pages: 3 });
  });

  it('honours limit up to 100 and rejects 101 (LIST_QUERY_LIMIT_EXCEEDED)', async () => {
    for (let i = 0; i < 105; i++) await kvs.set(`n:${String(i).padStart(3, '0')}`, i);
    const page = await kvs.query().limit(100).getMany();
    expect(page.results).toHaveLength(100);
    expect(page.nextCursor).toBeDefined();
    const rest = await kvs.query().limit(100).cursor(page.nextCursor ?? '').getMany();
    expect(rest.results.map((r) => r.value)).toEqual([100, 101, 102, 103, 104]);
    expect(rest.nextCursor).toBeUndefined();
    const error = await apiError(kvs.query().limit(101).getMany());
    expect([error.code, error.responseDetails.status]).toEqual(['LIST_QUERY_LIMIT_EXCEEDED', 400]);
  });

  it('getOne returns the first matching entry or undefined', async () => {
    await kvs.set('cfg:b', 2);
    await kvs.set('cfg:a', 1);
    expect(await kvs.query().where('key', WhereConditions.beginsWith('cfg:')).getOne()).toEqual({ key: 'cfg:a', value: 1 });
    expect(await kvs.query().where('key', WhereConditions.beginsWith('none:')).getOne()).toBeUndefined();
  });

  it('includes metadata in results only when asked', async () => {
    await kvs.set('m:1', 'x');
    const plain = await kvs.query().getMany();
    expect(plain.results[0]).toEqual({ key: 'm:1', value: 'x' });
    const page = await kvs.query({ metadataFields: [MetadataField.CREATED_AT] }).getMany();
    const withMeta = page.results[0] as { key: string; createdAt?: unknown } | undefined;
    expect(Object.keys(withMeta ?? {}).sort()).toEqual(['createdAt', 'key', 'value']);
    expect(typeof withMeta?.createdAt).toBe('number');
  });

  it('rejects a where on another field than key (QUERY_WHERE_FIELD_INVALID)', async () => {
    const query = kvs.query() as unknown as { where(p: string, c: unknown): QueryBuilder };
    const error = await apiError(query.where('value', WhereConditions.beginsWith('x')).getMany());
    expect(error.code).toBe('QUERY_WHERE_FIELD_INVALID');
  });

  it('rejects a cursor it did not issue', async () => {
    expect((await apiError(kvs.query().cursor('not-a-cursor').getMany())).code).toBe('BAD_REQUEST');
  });
});
