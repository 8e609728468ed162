// Trying LineBridge with a real bot (sandbox/host/telegram-real.ts), without a network: a second Telegram
// stand-in plays api.telegram.org behind the host's "network" fetch. The webhook the admin page registers is
// answered by the sandbox (Telegram could not reach localhost), updates are long-polled with getUpdates and
// handed to the same web trigger, and the app's answers reach "Telegram".
import { SqliteDb } from '../../sandbox/db/sqlite';
import { fromFetchInit, toFetchResponse } from '../../sandbox/http-types';
import { LocalHost } from '../../sandbox/host/local-host';
import { RealTelegramBridge } from '../../sandbox/host/telegram-real';
import { DEFAULT_BOT, TelegramStandIn } from '../../sandbox/telegram/telegram-stand-in';
import { REPO_ROOT } from '../builders/host';
import { botMessages, connectBot, deliverAll } from '../builders/telegram';

let host: LocalHost;
let telegram: TelegramStandIn;
const network: string[] = [];
const TOKEN = DEFAULT_BOT.token ?? '';

/** The host's "network": only api.telegram.org, served by the second stand-in. */
async function networkFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : input.toString());
  if (url.origin !== 'https://api.telegram.org') throw new Error(`unexpected network call to ${url.origin}`);
  network.push(url.pathname.replace(/^\/bot[^/]+/, '/bot<token>'));
  return toFetchResponse(await telegram.handle(await fromFetchInit(`${url.pathname}${url.search}`, init)));
}

beforeEach(async () => {
  network.length = 0;
  telegram = new TelegramStandIn({ db: await SqliteDb.open(null), longPollCapMs: 50 });
  host = await LocalHost.start({ root: REPO_ROOT, dataFile: null, baseUrl: 'http://localhost:0', realTelegram: { token: TOKEN, fetch: networkFetch, poll: false } });
  await connectBot(host);
});
afterEach(async () => {
  await host.close();
});

describe('the sandbox with a real bot token', () => {
  it('keeps the webhook local, polls the updates and answers through the Bot API', async () => {
    expect(telegram.bot().webhookUrl).toBe('');
    expect(network).toContain('/bot<token>/getMe');
    expect(network).not.toContain('/bot<token>/setWebhook');

    const person = telegram.createUser({ firstName: 'Ivan', languageCode: 'en' });
    const chat = telegram.createChat('supergroup', 'Acme', [person.id]);
    telegram.postAsPerson(chat.id, person.id, `/start@${DEFAULT_BOT.username}`);
    const bridge = host.realTelegram;
    expect(await bridge?.pollOnce(0)).toBe(2); // my_chat_member (the bot was added) and /start
    await deliverAll(host);

    const answers = botMessages({ telegram } as unknown as LocalHost, chat.id);
    expect(answers.map((m) => m.message.text ?? '')).toEqual([expect.stringContaining(String(chat.id))]);
    expect(host.telegram.listMessages(chat.id)).toEqual([]);
    // Acknowledged: the next poll gets nothing again.
    expect(await bridge?.pollOnce(0)).toBe(0);
  });

  it('hands an update the app answered with 5xx again at the next poll, as Telegram would redeliver it', async () => {
    const person = telegram.createUser({ firstName: 'Ivan', languageCode: 'en' });
    const chat = telegram.createChat('supergroup', 'Acme', [person.id]);
    const statuses = [500, 200, 200];
    const seen: number[] = [];
    const bridge = new RealTelegramBridge({
      token: TOKEN, fetch: networkFetch,
      deliver: async (url, headers, body) => {
        expect(headers['x-telegram-bot-api-secret-token']).toBe('s3cret');
        seen.push((JSON.parse(body) as { update_id: number }).update_id);
        return { status: statuses.shift() ?? 200 };
      },
    });
    await bridge.route().handle({ method: 'POST', path: `/bot${TOKEN}/setWebhook`, query: new URLSearchParams(), headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'url=http%3A%2F%2Flocalhost%2Fx1%2Fabc&secret_token=s3cret' });
    telegram.postAsPerson(chat.id, person.id, `/start@${DEFAULT_BOT.username}`);

    expect(await bridge.pollOnce(0)).toBe(0);
    expect(await bridge.pollOnce(0)).toBe(2);
    expect(seen[0]).toBe(seen[1]);
    expect(await bridge.pollOnce(0)).toBe(0);
  });
});
