// Contract: the real @forge/kvs setSecret/getSecret/deleteSecret against the KVS stand-in. Secrets live
// apart from plain keys and are never listed by kvs.query (docs: storage-api-secret).
import { kvs, MetadataField } from '@forge/kvs';
import { apiError, freshKvs, installKvsSeam, wireCalls } from './kvs-harness';

installKvsSeam();

describe('kvs secrets', () => {
  beforeEach(async () => {
    await freshKvs();
  });

  it('stores a secret readable only through getSecret', async () => {
    await kvs.setSecret('telegram:bot-token', '123:abc');
    expect(await kvs.getSecret('telegram:bot-token')).toBe('123:abc');
    expect(await kvs.get('telegram:bot-token')).toBeUndefined();
    expect(wireCalls.map((call) => call.path)).toEqual(['/api/v1/secret/set', '/api/v1/secret/get', '/api/v1/get']);
  });

  it('keeps a plain key and a secret of the same name apart', async () => {
    await kvs.set('shared-name', 'plain');
    await kvs.setSecret('shared-name', 'secret');
    expect(await kvs.get('shared-name')).toBe('plain');
    expect(await kvs.getSecret('shared-name')).toBe('secret');
  });

  it('never lists secrets in kvs.query', async () => {
    await kvs.setSecret('telegram:webhook-secret', 's3cr3t');
    await kvs.set('telegram:chat', { id: -100 });
    const { results } = await kvs.query().getMany();
    expect(results.map((r) => r.key)).toEqual(['telegram:chat']);
    const prefixed = await kvs.query().where('key', { condition: 'BEGINS_WITH', values: ['telegram:webhook'] }).getMany();
    expect(prefixed.results).toEqual([]);
  });

  it('deletes a secret; deleting a missing secret resolves', async () => {
    await kvs.setSecret('gone', 1);
    await kvs.deleteSecret('gone');
    expect(await kvs.getSecret('gone')).toBeUndefined();
    await expect(kvs.deleteSecret('gone')).resolves.toBeUndefined();
  });

  it('reports a secret expireTime when it has a ttl', async () => {
    await kvs.setSecret('temp', 'x', { ttl: { value: 1, unit: 'HOURS' } });
    const meta = await kvs.getSecret('temp', { metadataFields: [MetadataField.EXPIRE_TIME] });
    expect(meta?.expireTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('applies the key and value limits to secrets', async () => {
    expect((await apiError(kvs.setSecret('bad/key', 'x'))).code).toBe('INVALID_KEY');
    expect((await apiError(kvs.setSecret('huge', 'x'.repeat(240 * 1024)))).code).toBe('MAX_SIZE');
  });
});
