// App code's outgoing fetch inside an invocation follows the manifest's egress allowlist: Telegram's
// Bot API reaches the stand-in, any other origin is refused as Forge refuses it; test code is untouched.
import type { LocalHost } from '../../sandbox/host/local-host';
import { runInvocation } from '../../sandbox/host/forge-globals';
import { DEFAULT_BOT } from '../../sandbox/telegram/telegram-stand-in';
import { startHost } from '../builders/host';

let host: LocalHost;
const inApp = <T>(fn: () => Promise<T>): Promise<T> =>
  runInvocation({ appId: host.manifest.appId, environmentId: 'test', installationId: host.cloudId, moduleKey: 'egress-test', deadline: Date.now() + 25_000 }, fn);

beforeAll(async () => {
  host = await startHost();
});
afterAll(async () => {
  await host.close();
});

describe('app egress in the local host', () => {
  it('routes https://api.telegram.org to the Telegram stand-in', async () => {
    const res = await inApp(() => fetch(`https://api.telegram.org/bot${DEFAULT_BOT.token}/getMe`));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, result: { is_bot: true, username: DEFAULT_BOT.username } });
  });

  it('refuses an origin the manifest does not allow, naming manifest.yml', async () => {
    await expect(inApp(() => fetch('https://evil.example.com/steal'))).rejects.toThrow(/manifest\.yml/);
  });
});
