// One contract test per Forge SDK call the app makes through the runtime seam (FORGE.md §1). If an SDK
// upgrade changes the target, path or body it sends, these fail loudly before the sandbox lies.
import api, { route, webTrigger } from '@forge/api';
import { kvs, WhereConditions } from '@forge/kvs';
import { Queue } from '@forge/events';
import type { LocalHost } from '../../sandbox/host/local-host';
import { runInvocation } from '../../sandbox/host/forge-globals';
import { FIXTURE_APP, seededUser, startHost } from '../builders/host';

let host: LocalHost;
const run = <T>(fn: () => Promise<T>, accountId?: string): Promise<T> =>
  runInvocation({ appId: host.manifest.appId, environmentId: 'test', installationId: host.cloudId, moduleKey: 'seam-test', accountId, deadline: Date.now() + 25_000 }, fn);
const lastCall = () => host.calls[host.calls.length - 1];

beforeAll(async () => {
  host = await startHost(FIXTURE_APP);
});
afterAll(async () => {
  await host.close();
});

describe('Forge SDK seam', () => {
  it('asApp().requestJira sends an fpp/app/jira target with the REST path', async () => {
    const res = await run(() => api.asApp().requestJira(route`/rest/api/3/project/search`));
    expect(res.status).toBe(200);
    expect(lastCall()).toMatchObject({ target: { type: 'fpp', provider: 'app', remote: 'jira' }, method: 'GET', path: '/rest/api/3/project/search' });
  });

  it('asUser().requestJira runs as the invoking account', async () => {
    const agent = seededUser('line1');
    const res = await run(() => api.asUser().requestJira(route`/rest/api/3/myself`), agent.accountId);
    expect(((await res.json()) as { accountId: string }).accountId).toBe(agent.accountId);
    expect(lastCall()?.target).toMatchObject({ type: 'fpp', provider: 'user', remote: 'jira' });
  });

  it('kvs.set / get / delete post JSON to /api/v1/set|get|delete on a kvs target', async () => {
    await run(() => kvs.set('seam:key', { n: 1 }));
    expect(lastCall()).toMatchObject({ target: { type: 'kvs' }, method: 'POST', path: '/api/v1/set' });
    expect(await run(() => kvs.get('seam:key'))).toEqual({ n: 1 });
    expect(lastCall()?.path).toBe('/api/v1/get');
    await run(() => kvs.delete('seam:key'));
    expect(lastCall()?.path).toBe('/api/v1/delete');
    expect(await run(() => kvs.get('seam:key'))).toBeUndefined();
  });

  it('kvs.query with beginsWith posts to /api/v1/query', async () => {
    await run(() => kvs.set('seam:q:1', 1));
    const page = await run(() => kvs.query().where('key', WhereConditions.beginsWith('seam:q:')).getMany());
    expect(page.results.map((r) => r.key)).toEqual(['seam:q:1']);
    expect(lastCall()?.path).toBe('/api/v1/query');
  });

  it('kvs.setSecret / getSecret use the secret endpoints', async () => {
    await run(() => kvs.setSecret('bot-token', 'abc'));
    expect(lastCall()?.path).toBe('/api/v1/secret/set');
    expect(await run(() => kvs.getSecret('bot-token'))).toBe('abc');
    expect(lastCall()?.path).toBe('/api/v1/secret/get');
  });

  it('Queue.push posts to the stargate publish path', async () => {
    const result = await run(() => new Queue({ key: 'work' }).push([{ body: { id: 'seam', failTimes: 0 } }]));
    expect(result.jobId).toEqual(expect.any(String));
    expect(lastCall()).toMatchObject({ target: { type: 'fpp', provider: 'app', remote: 'stargate' }, method: 'POST' });
    expect(lastCall()?.path).toMatch(/^\/webhook\/queue\/publish\//);
  });

  it('webTrigger.getUrl asks the stargate GraphQL endpoint and gets the host URL', async () => {
    const url = await run(() => webTrigger.getUrl('echo'));
    expect(url).toBe(host.webTriggerUrl('echo'));
    expect(lastCall()).toMatchObject({ target: { remote: 'stargate' }, path: '/graphql' });
  });
});
