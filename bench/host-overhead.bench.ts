// The local host's own overhead: a resolver round trip, requestJira to the Jira stand-in, and KVS
// get/set through the real @forge/kvs SDK. In memory (no disk flush), so it measures the host itself.
import path from 'node:path';
import api, { route } from '@forge/api';
import { kvs } from '@forge/kvs';
import { LocalHost } from '../sandbox/host/local-host';
import { runInvocation } from '../sandbox/host/forge-globals';
import { SEED_USERS } from '../sandbox/jira/seed-base';
import { measure, report } from './stats';

async function main(): Promise<void> {
  const host = await LocalHost.start({ root: path.resolve(__dirname, '..'), dataFile: null, baseUrl: 'http://localhost:0', startSchedules: false });
  const user = SEED_USERS.find((u) => u.role === 'line2');
  if (!user) throw new Error('no seeded line-2 user');
  const inv = () => ({ appId: host.manifest.appId, environmentId: 'bench', installationId: host.cloudId, moduleKey: 'bench', accountId: user.accountId, deadline: Date.now() + 25_000 });
  const n = Number(process.env.BENCH_N ?? 500);
  const figures = [
    await measure('resolver round trip (issue/summary)', n, () =>
      host.invokeResolver({ moduleKey: 'linebridge-issue-panel', functionKey: 'issue/summary', payload: { issueKey: 'SUP-1' }, accountId: user.accountId, context: {} }),
    ),
    await measure('requestJira GET issue (asUser)', n, () => runInvocation(inv(), async (): Promise<unknown> => (await api.asUser().requestJira(route`/rest/api/3/issue/SUP-1`)).json())),
    await measure('kvs.set (1 KB value)', n, (i) => runInvocation(inv(), () => kvs.set(`bench:${i % 50}`, { pad: 'x'.repeat(1000), i }))),
    await measure('kvs.get', n, (i) => runInvocation(inv(), () => kvs.get(`bench:${i % 50}`))),
  ];
  report('host-overhead', figures, { memoryMB: Math.round(process.memoryUsage().rss / 1048576) });
  await host.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
