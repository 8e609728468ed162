// Contract: the real @forge/kvs get/set/delete (plain keys) against the KVS stand-in, including the
// platform limits on keys and values and the error codes the SDK raises for them.
import { kvs, MetadataField, type PolicySetOptions } from '@forge/kvs';
import { apiError, freshKvs, installKvsSeam, manualClock } from './kvs-harness';

installKvsSeam();

describe('kvs get/set/delete', () => {
  beforeEach(async () => {
    await freshKvs();
  });

  it('stores and returns every JSON value type', async () => {
    const values = { obj: { a: [1, { b: 'c' }] }, str: 'hello', num: 42.5, bool: false, arr: ['x', 2] };
    for (const [key, value] of Object.entries(values)) await kvs.set(key, value);
    for (const [key, value] of Object.entries(values)) expect(await kvs.get(key)).toEqual(value);
  });

  it('resolves undefined for a key that was never set', async () => {
    expect(await kvs.get('nothing:here')).toBeUndefined();
  });

  it('overwrites a key (last write wins) and deletes it; deleting a missing key resolves', async () => {
    await kvs.set('line:1', { name: 'first' });
    await kvs.set('line:1', { name: 'second' });
    expect(await kvs.get('line:1')).toEqual({ name: 'second' });
    await kvs.delete('line:1');
    expect(await kvs.get('line:1')).toBeUndefined();
    await expect(kvs.delete('line:1')).resolves.toBeUndefined();
  });

  it('reports createdAt/updatedAt in epoch milliseconds and keeps createdAt across overwrites', async () => {
    const clock = manualClock();
    await freshKvs({ now: clock.now });
    const created = clock.now();
    await kvs.set('k', 1);
    clock.advance(5_000);
    await kvs.set('k', 2);
    const meta = await kvs.get<number>('k', { metadataFields: [MetadataField.CREATED_AT, MetadataField.UPDATED_AT] });
    expect(meta).toEqual({ key: 'k', value: 2, createdAt: created, updatedAt: created + 5_000 });
  });

  it('refuses to overwrite with keyPolicy FAIL_IF_EXISTS (409 KEY_CONFLICT)', async () => {
    await kvs.set('once', 'a', { keyPolicy: 'FAIL_IF_EXISTS' });
    const error = await apiError(kvs.set('once', 'b', { keyPolicy: 'FAIL_IF_EXISTS' }));
    expect([error.code, error.responseDetails.status]).toEqual(['KEY_CONFLICT', 409]);
    expect(await kvs.get('once')).toBe('a');
  });

  it('returns the previous or the latest value when asked (returnValue)', async () => {
    const first = await kvs.set('rv', 'v1', { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' });
    expect(first).toBeUndefined();
    const previous = await kvs.set('rv', 'v2', { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' });
    expect(previous).toEqual({ key: 'rv', value: 'v1' });
    const latest = await kvs.set('rv', 'v3', { keyPolicy: 'OVERRIDE', returnValue: 'LATEST', returnMetadataFields: [MetadataField.UPDATED_AT] });
    expect(latest).toMatchObject({ key: 'rv', value: 'v3' });
    expect(typeof latest?.updatedAt).toBe('number');
  });

  it('rejects returnValue combined with FAIL_IF_EXISTS', async () => {
    const options = { keyPolicy: 'FAIL_IF_EXISTS', returnValue: 'LATEST' } as unknown as PolicySetOptions;
    expect((await apiError(kvs.set('combo', 1, options))).code).toBe('INVALID_KEY_POLICY_RETURN_VALUE_COMBINATION');
  });

  it('expires a value after its ttl and reports expireTime in ISO-8601', async () => {
    const clock = manualClock();
    await freshKvs({ now: clock.now });
    await kvs.set('session', 'token', { ttl: { value: 5, unit: 'MINUTES' } });
    const meta = await kvs.get('session', { metadataFields: [MetadataField.EXPIRE_TIME] });
    expect(meta?.expireTime).toBe(new Date(clock.now() + 300_000).toISOString());
    clock.advance(299_999);
    expect(await kvs.get('session')).toBe('token');
    clock.advance(1);
    expect(await kvs.get('session')).toBeUndefined();
  });

  it('rejects a ttl that is not a positive integer (INVALID_TTL)', async () => {
    expect((await apiError(kvs.set('t', 1, { ttl: { value: 0, unit: 'SECONDS' } }))).code).toBe('INVALID_TTL');
  });
});

describe('kvs key and value limits', () => {
  beforeEach(async () => {
    await freshKvs();
  });

  it('accepts a value of exactly 240 KiB serialized and rejects one byte more (MAX_SIZE)', async () => {
    const limit = 240 * 1024;
    await kvs.set('big', 'x'.repeat(limit - 2)); // JSON adds the two quotes
    expect((await kvs.get<string>('big'))?.length).toBe(limit - 2);
    const error = await apiError(kvs.set('bigger', 'x'.repeat(limit - 1)));
    expect([error.code, error.responseDetails.status]).toEqual(['MAX_SIZE', 400]);
  });

  it('counts the value size in UTF-8 bytes', async () => {
    const error = await apiError(kvs.set('utf8', 'é'.repeat(130 * 1024))); // 260 KiB in UTF-8, 130 Ki characters
    expect(error.code).toBe('MAX_SIZE');
  });

  it('rejects a value nested deeper than 31 levels (MAX_DEPTH)', async () => {
    const nest = (levels: number): unknown => (levels === 0 ? 'leaf' : { n: nest(levels - 1) });
    await kvs.set('deep-ok', nest(31));
    expect((await apiError(kvs.set('deep-bad', nest(32)))).code).toBe('MAX_DEPTH');
  });

  it('accepts a 500-character key and rejects 501 (KEY_TOO_LONG)', async () => {
    await kvs.set('k'.repeat(500), 1);
    expect(await kvs.get('k'.repeat(500))).toBe(1);
    expect((await apiError(kvs.set('k'.repeat(501), 1))).code).toBe('KEY_TOO_LONG');
  });

  it('rejects keys outside [a-zA-Z0-9:._\\s-#] or made of whitespace only (INVALID_KEY)', async () => {
    await kvs.set('ok:key.with_all-chars #1', true);
    for (const bad of ['slash/key', 'ümlaut', 'question?', '   ']) {
      expect((await apiError(kvs.set(bad, 1))).code).toBe('INVALID_KEY');
    }
    expect((await apiError(kvs.get('slash/key'))).code).toBe('INVALID_KEY');
  });

  it('rejects an empty key (KEY_TOO_SHORT)', async () => {
    expect((await apiError(kvs.set('', 1))).code).toBe('KEY_TOO_SHORT');
  });
});
