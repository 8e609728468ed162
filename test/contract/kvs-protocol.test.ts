// Contract: the KVS stand-in's HTTP surface itself: bad requests get the platform's error envelope with a
// 4xx status (never a throw), the SDK's wire format is what the stand-in expects, and data survives a
// close and reopen of the SQLite file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { kvs, ForgeKvsAPIError } from '@forge/kvs';
import { SqliteDb } from '../../sandbox/db/sqlite';
import type { StandInRequest } from '../../sandbox/http-types';
import { KvsStandIn } from '../../sandbox/kvs/kvs-stand-in';
import { freshKvs, installKvsSeam, useStandIn, wireCalls } from './kvs-harness';

installKvsSeam();

function request(pathname: string, body: string, method = 'POST'): StandInRequest {
  return { method, path: pathname, query: new URLSearchParams(), headers: { 'content-type': 'application/json' }, body };
}

function envelope(text: string): { code: unknown; message: unknown } {
  const parsed = JSON.parse(text) as { code: unknown; message: unknown };
  return { code: parsed.code, message: parsed.message };
}

describe('kvs stand-in protocol', () => {
  let standIn: KvsStandIn;

  beforeEach(async () => {
    standIn = await freshKvs();
  });

  it('answers malformed JSON with 400 BAD_REQUEST in the error envelope', () => {
    const res = standIn.handle(request('/api/v1/set', '{"key": "a", "value":'));
    expect(res.status).toBe(400);
    expect(envelope(res.body)).toEqual({ code: 'BAD_REQUEST', message: 'Provided request body is invalid' });
  });

  it('answers a body of the wrong shape with 400, not a throw', () => {
    for (const [route, body] of [['/api/v1/get', '[1,2]'], ['/api/v1/set', '{"key":"k"}'], ['/api/v1/batch/set', '{}'], ['/api/v1/transaction', '"x"']] as const) {
      const res = standIn.handle(request(route, body));
      expect([route, res.status, envelope(res.body).code]).toEqual([route, 400, 'BAD_REQUEST']);
    }
  });

  it('answers an unknown path with 404 and a non-POST method with 405, both in the envelope', () => {
    const unknown = standIn.handle(request('/api/v1/nope', '{}'));
    expect([unknown.status, envelope(unknown.body).code]).toEqual([404, 'NOT_FOUND']);
    const get = standIn.handle(request('/api/v1/get', '', 'GET'));
    expect([get.status, envelope(get.body).code]).toEqual([405, 'METHOD_NOT_ALLOWED']);
    for (const inherited of ['constructor', 'toString', '__proto__']) {
      expect(standIn.handle(request(inherited, '{}')).status).toBe(404);
    }
  });

  it('rejects a batch whose payload exceeds 4MB as a whole', async () => {
    const items = Array.from({ length: 20 }, (_, i) => ({ key: `chunk:${i}`, value: 'x'.repeat(230 * 1024) }));
    const error = await kvs.batchSet(items).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForgeKvsAPIError);
    expect((error as ForgeKvsAPIError).responseDetails.status).toBe(413);
    expect(await kvs.get('chunk:0')).toBeUndefined();
  });

  it('makes the SDK raise ForgeKvsAPIError with the status, code and a trace id', async () => {
    const error = await kvs.set('bad/key', 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForgeKvsAPIError);
    const apiError = error as ForgeKvsAPIError;
    expect(apiError.responseDetails).toMatchObject({ status: 400, httpMethod: 'POST', httpPath: '/api/v1/set' });
    expect(apiError.responseDetails.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(apiError.code).toBe('INVALID_KEY');
  });

  it('receives the SDK requests as POSTed JSON on the /api/v1 paths', async () => {
    await kvs.set('w', 1);
    await kvs.get('w');
    await kvs.delete('w');
    expect(wireCalls).toEqual([
      { path: '/api/v1/set', method: 'POST', contentType: 'application/json', body: { key: 'w', value: 1 } },
      { path: '/api/v1/get', method: 'POST', contentType: 'application/json', body: { key: 'w' } },
      { path: '/api/v1/delete', method: 'POST', contentType: 'application/json', body: { key: 'w' } },
    ]);
  });

  it('keeps values, secrets and entities after the database file is closed and reopened', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kvs-stand-in-'));
    const file = path.join(dir, 'sandbox.sqlite');
    const entities = { note: { attributes: { text: { type: 'string' as const } }, indexes: ['text'] } };
    try {
      const first = await SqliteDb.open(file);
      useStandIn(new KvsStandIn(first, { entities }));
      await kvs.set('config:line', { name: 'Support' });
      await kvs.setSecret('telegram:bot-token', '123:abc');
      await kvs.entity('note').set('n1', { text: 'kept' });
      first.close();

      const second = await SqliteDb.open(file);
      useStandIn(new KvsStandIn(second, { entities }));
      expect(await kvs.get('config:line')).toEqual({ name: 'Support' });
      expect(await kvs.getSecret('telegram:bot-token')).toBe('123:abc');
      const notes = await kvs.entity('note').query().index('text').getMany();
      expect(notes.results).toEqual([{ key: 'n1', value: { text: 'kept' } }]);
      second.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
