// Shared set-up of the Telegram contract tests: an in-memory stand-in on a hand-driven clock, reached by the
// REAL node-telegram-bot-api v2 client through the sandbox egress fetch, and a webhook receiver that records
// deliveries. Holds no assertions.
import { Api, TelegramApiError, type ChatMemberUpdated, type Message, type Update } from 'node-telegram-bot-api';
import { SqliteDb } from '../../sandbox/db/sqlite';
import { createEgressFetch, type Fetch } from '../../sandbox/host/egress';
import { TelegramStandIn, type TelegramStandInOptions } from '../../sandbox/telegram/telegram-stand-in';

export const START = Date.UTC(2026, 10, 2, 9, 0, 0);

export type Delivery = { readonly url: string; readonly headers: Readonly<Record<string, string>>; readonly update: Record<string, unknown> };

export type Harness = {
  readonly tg: TelegramStandIn;
  readonly api: Api;
  readonly fetch: Fetch;
  readonly deliveries: Delivery[];
  /** Status codes the webhook receiver answers, in order; then 200. */
  readonly webhookAnswers: number[];
  now(): number;
  /** Moves the clock and runs the timers that fall due. */
  advance(ms: number): Promise<void>;
  client(token: string): Api;
};

export async function telegramHarness(opts: Partial<TelegramStandInOptions> = {}): Promise<Harness> {
  let t = START;
  let timers: Array<{ at: number; run: () => void }> = [];
  const deliveries: Delivery[] = [];
  const webhookAnswers: number[] = [];
  const tg = new TelegramStandIn({
    db: await SqliteDb.open(null),
    now: () => t,
    schedule: (at, run) => {
      const timer = { at, run };
      timers.push(timer);
      return () => { timers = timers.filter((x) => x !== timer); };
    },
    deliver: async (url, headers, body) => {
      deliveries.push({ url, headers, update: JSON.parse(body) as Record<string, unknown> });
      return { status: webhookAnswers.shift() ?? 200 };
    },
    longPollCapMs: 2000,
    ...opts,
  });
  const fetch = createEgressFetch(['https://api.telegram.org'], [{ origin: 'https://api.telegram.org', handle: (req) => tg.handle(req) }]);
  const client = (token: string): Api => new Api(token, { fetch, maxRetries: 0, timeoutMs: 5000 });
  return {
    tg, fetch, deliveries, webhookAnswers, client,
    api: client(tg.bot().token),
    now: () => t,
    advance: async (ms) => {
      t += ms;
      for (;;) {
        const due = timers.filter((x) => x.at <= t).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers = timers.filter((x) => x !== due);
        due.run();
        await tg.webhookIdle();
      }
    },
  };
}

/** The TelegramApiError a call rejects with (fails the test if it resolves or throws something else). */
export async function apiError(call: Promise<unknown>): Promise<TelegramApiError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TelegramApiError) return error;
    throw error;
  }
  throw new Error('expected the Bot API call to fail');
}

/** A raw Bot API call (for shapes the client does not produce: JSON bodies, GET, bad paths). */
export async function rawCall(h: Harness, path: string, init: RequestInit = {}): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await h.fetch(`https://api.telegram.org${path}`, init);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** The message an update carries (the client's Update type is a union per kind). */
export function messageOf(update: Update): Message | undefined {
  return 'message' in update ? update.message : undefined;
}

export function myChatMemberOf(update: Update): ChatMemberUpdated | undefined {
  return 'my_chat_member' in update ? update.my_chat_member : undefined;
}
