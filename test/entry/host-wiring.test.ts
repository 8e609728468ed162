// The local host wires every module kind from manifest.yml and runs the handlers with the real SDKs.
import { kvs } from '@forge/kvs';
import type { LocalHost } from '../../sandbox/host/local-host';
import { runInvocation } from '../../sandbox/host/forge-globals';
import { FIXTURE_APP, jiraRequest, startHost } from '../builders/host';

let host: LocalHost;
const asApp = <T>(fn: () => Promise<T>): Promise<T> =>
  runInvocation({ appId: host.manifest.appId, environmentId: 'test', installationId: host.cloudId, moduleKey: 'test', deadline: Date.now() + 25_000 }, fn);

beforeEach(async () => {
  host = await startHost(FIXTURE_APP);
});
afterEach(async () => {
  await host.close();
});

async function createIssue(summary: string, actor: { kind: 'app' } | { kind: 'user'; accountId: string }): Promise<string> {
  const res = await host.jira.handle(jiraRequest('POST', '/rest/api/3/issue', { fields: { project: { key: 'SUP' }, issuetype: { name: 'Incident' }, summary } }), actor);
  expect(res.status).toBe(201);
  return (JSON.parse(res.body) as { key: string }).key;
}

describe('local Forge host wiring', () => {
  it('delivers a product event to the trigger, whose queue push reaches the consumer', async () => {
    const user = (await import('../builders/host')).seededUser('line1');
    const key = await createIssue('Printer on fire', { kind: 'user', accountId: user.accountId });
    await host.settle();
    await host.clock.advance(1000);
    await host.settle();
    expect(await asApp(() => kvs.get(`seen:${key}:avijiracreatedissue`))).toBe(1);
    expect(await asApp(() => kvs.get(`consumed:${key}`))).toEqual({ retryCount: 0 });
  });

  it('drops events the app caused itself when the trigger sets ignoreSelf', async () => {
    const key = await createIssue('Created by the app', { kind: 'app' });
    await host.settle();
    expect(await asApp(() => kvs.get(`seen:${key}:avijiracreatedissue`))).toBeUndefined();
  });

  it('retries a consumer that returns InvocationError after its retryAfter, with the retry context', async () => {
    const { Queue } = await import('@forge/events');
    await asApp(() => new Queue({ key: 'work' }).push([{ body: { id: 'job-1', failTimes: 2 } }]));
    await host.clock.advance(100);
    await host.settle();
    expect(await asApp(() => kvs.get('consumed:job-1'))).toBeUndefined();
    await host.clock.advance(30_000);
    await host.settle();
    await host.clock.advance(30_000);
    await host.settle();
    expect(await asApp(() => kvs.get('consumed:job-1'))).toEqual({ retryCount: 2 });
  });

  it('refuses a push over the platform limits with the SDK error', async () => {
    const { Queue, TooManyEventsError } = await import('@forge/events');
    const events = Array.from({ length: 51 }, (_, i) => ({ body: { i } }));
    await expect(asApp(() => new Queue({ key: 'work' }).push(events))).rejects.toBeInstanceOf(TooManyEventsError);
  });

  it('fires scheduled triggers when the clock is fast-forwarded', async () => {
    await host.clock.advance(15 * 60_000 + 1);
    await host.settle();
    expect(await asApp(() => kvs.get('ticks'))).toBe(3);
  });

  it('answers a web trigger in Forge shape and turns an invalid handler response into 500', async () => {
    const url = host.webTriggerUrl('echo');
    expect(url).toMatch(/\/x1\/[0-9a-f]{24}$/);
    const id = (url ?? '').split('/').pop() ?? '';
    const ok = await host.callWebTrigger(id, { ...jiraRequest('POST', '/anything?a=1&a=2', { hello: 'world' }), headers: { 'x-secret': 's3' } });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toEqual({ method: 'POST', path: '/anything', query: { a: ['1', '2'] }, secret: ['s3'], bodyLength: 17 });
    const brokenId = (host.webTriggerUrl('broken') ?? '').split('/').pop() ?? '';
    expect((await host.callWebTrigger(brokenId, jiraRequest('GET', '/'))).status).toBe(500);
    expect((await host.callWebTrigger('no-such-trigger', jiraRequest('GET', '/'))).status).toBe(404);
  });

  it('reports a handler that overruns its time limit as a timeout', async () => {
    host.invoker.timeScale = 0.001;
    const slow = host.invoker.invoke({ functionKey: 'sleep', moduleKey: 'ticker', kind: 'scheduled', args: [] });
    await expect(slow).rejects.toMatchObject({ code: 'FUNCTION_TIME_OUT' });
  });
});
