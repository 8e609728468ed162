// Contract: the real @forge/kvs transact() against the KVS stand-in: all-or-nothing, at most 25
// operations, each key once, conditions on custom entities (docs: storage-reference/transactions[-entities]).
import { kvs, Filter, FilterConditions, MetadataField } from '@forge/kvs';
import { apiError, freshKvs, installKvsSeam, manualClock, wireCalls } from './kvs-harness';

installKvsSeam();

type Counter = { owner: string; count: number };
const ENTITIES = {
  counter: { attributes: { owner: { type: 'string' as const }, count: { type: 'integer' as const } }, indexes: ['count'] },
};

describe('kvs transactions', () => {
  beforeEach(async () => {
    await freshKvs({ entities: ENTITIES });
  });

  it('applies sets and deletes together', async () => {
    await kvs.set('old', 'x');
    await kvs.transact().set('a', 1).set('b', { two: 2 }).delete('old').execute();
    expect([await kvs.get('a'), await kvs.get('b'), await kvs.get('old')]).toEqual([1, { two: 2 }, undefined]);
    expect(wireCalls.find((call) => call.path === '/api/v1/transaction')?.body).toEqual({ set: [{ key: 'a', value: 1 }, { key: 'b', value: { two: 2 } }], delete: [{ key: 'old' }] });
  });

  it('lands nothing when one operation is invalid', async () => {
    await kvs.set('keep', 'before');
    const error = await apiError(kvs.transact().set('keep', 'after').set('too-big', 'x'.repeat(240 * 1024)).execute());
    expect(error.code).toBe('MAX_SIZE');
    expect(await kvs.get('keep')).toBe('before');
    expect(await kvs.get('too-big')).toBeUndefined();
  });

  it('applies a conditional entity write when its condition holds', async () => {
    const counters = kvs.entity<Counter>('counter');
    await counters.set('c1', { owner: 'ann', count: 1 });
    const stillOne = new Filter<Counter>().and('count', FilterConditions.equalTo(1));
    await kvs.transact().set<Counter>('c1', { owner: 'ann', count: 2 }, { entityName: 'counter', conditions: stillOne }).set('log', 'bumped').execute();
    expect(await counters.get('c1')).toEqual({ owner: 'ann', count: 2 });
    expect(await kvs.get('log')).toBe('bumped');
  });

  it('fails as a whole when a condition is false or its key is missing (CONDITIONAL_CHECK_FAILED)', async () => {
    const counters = kvs.entity<Counter>('counter');
    await counters.set('c1', { owner: 'ann', count: 5 });
    const isOne = new Filter<Counter>().and('count', FilterConditions.equalTo(1));
    const stale = await apiError(
      kvs.transact().set<Counter>('c1', { owner: 'bob', count: 6 }, { entityName: 'counter', conditions: isOne }).set('side', 1).execute(),
    );
    expect([stale.code, stale.responseDetails.status]).toEqual(['CONDITIONAL_CHECK_FAILED', 400]);
    expect(await counters.get('c1')).toEqual({ owner: 'ann', count: 5 });
    expect(await kvs.get('side')).toBeUndefined();
    const exists = new Filter<Counter>().and('owner', FilterConditions.exists());
    const missing = await apiError(kvs.transact().check('c-none', { entityName: 'counter', conditions: exists }).set('side', 1).execute());
    expect(missing.code).toBe('CONDITIONAL_CHECK_FAILED');
  });

  it('accepts 25 operations and rejects 26 (422 UNPROCESSABLE_ENTITY)', async () => {
    const build = (n: number): ReturnType<typeof kvs.transact> => {
      const tx = kvs.transact();
      for (let i = 0; i < n; i++) tx.set(`op${i}`, i);
      return tx;
    };
    await build(25).execute();
    expect(await kvs.get('op24')).toBe(24);
    const error = await apiError(build(26).execute());
    expect([error.code, error.responseDetails.status]).toEqual(['UNPROCESSABLE_ENTITY', 422]);
  });

  it('rejects the same key twice in one transaction (KEY_DUPLICATION_ERROR)', async () => {
    expect((await apiError(kvs.transact().set('k', 1).delete('k').execute())).code).toBe('KEY_DUPLICATION_ERROR');
  });

  it('rejects an empty transaction (INVALID_TRANSACTION_REQUEST)', async () => {
    expect((await apiError(kvs.transact().execute())).code).toBe('INVALID_TRANSACTION_REQUEST');
  });

  it('gives transaction sets a ttl', async () => {
    const clock = manualClock();
    await freshKvs({ now: clock.now });
    await kvs.transact().set('short', 'lived', undefined, { ttl: { value: 10, unit: 'SECONDS' } }).execute();
    const meta = await kvs.get('short', { metadataFields: [MetadataField.EXPIRE_TIME] });
    expect(meta).toEqual({ key: 'short', value: 'lived', expireTime: new Date(clock.now() + 10_000).toISOString() });
    clock.advance(10_000);
    expect(await kvs.get('short')).toBeUndefined();
  });
});
