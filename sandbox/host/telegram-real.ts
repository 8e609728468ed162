// Trying LineBridge with a real bot from the sandbox (LINEBRIDGE_TELEGRAM_BOT_TOKEN): the app's Bot API calls
// go to api.telegram.org, except the webhook methods, which the sandbox answers itself (Telegram cannot reach
// http://localhost); updates are fetched with long polling (getUpdates) and handed to the same web trigger
// Telegram would call, with the secret the app registered. Never logs the token or update contents.
import type { StandInRequest, StandInResponse } from '../http-types';
import type { EgressRoute, Fetch } from './egress';
import type { WebhookDeliver } from '../telegram/telegram-webhook';

export const TELEGRAM_ORIGIN = 'https://api.telegram.org';
const POLL_TIMEOUT_S = 25;
const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query', 'my_chat_member'];

export type RealTelegramOptions = {
  /** The bot whose updates are polled (paste the same token in the admin page). */
  readonly token: string;
  /** The network fetch (tests pass one that reaches a stand-in). */
  readonly fetch: Fetch;
  /** Hands an update to the host's web trigger (the URL and headers the app registered). */
  readonly deliver: WebhookDeliver;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly log?: (line: string) => void;
  readonly apiRoot?: string;
};

/** How a host is started against a real bot: the token, the network fetch (default: global fetch), whether to poll. */
export type RealTelegramOption = { readonly token: string; readonly fetch?: Fetch; readonly poll?: boolean };

type Registered = { readonly url: string; readonly secret: string };

const okJson = (result: unknown, description?: string): StandInResponse => ({
  status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ok: true, result, ...(description ? { description } : {}) }),
});

function params(req: StandInRequest): URLSearchParams {
  const type = req.headers['content-type'] ?? '';
  if (type.includes('application/json')) {
    const json = JSON.parse(req.body || '{}') as Record<string, unknown>;
    return new URLSearchParams(Object.entries(json).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
  }
  return new URLSearchParams(req.body);
}

export class RealTelegramBridge {
  private registered: Registered | null = null;
  private running = false;
  private abort: AbortController | null = null;
  private offset = 0;
  private loop: Promise<void> | null = null;
  private readonly apiRoot: string;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly log: (line: string) => void;

  constructor(private readonly opts: RealTelegramOptions) {
    this.apiRoot = (opts.apiRoot ?? TELEGRAM_ORIGIN).replace(/\/+$/, '');
    this.sleep = opts.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms).unref()));
    this.log = opts.log ?? ((line) => console.log(line));
  }

  /** The egress route for api.telegram.org: webhook methods answered here, everything else forwarded. */
  route(): EgressRoute {
    return { origin: TELEGRAM_ORIGIN, handle: (req) => this.handle(req) };
  }

  private async handle(req: StandInRequest): Promise<StandInResponse> {
    const method = (/^\/bot[^/]+\/([^/]+)$/.exec(req.path)?.[1] ?? '').toLowerCase();
    if (method === 'setwebhook') {
      const p = params(req);
      const url = p.get('url') ?? '';
      this.registered = url === '' ? null : { url, secret: p.get('secret_token') ?? '' };
      return okJson(true, url === '' ? 'Webhook was deleted' : 'Webhook was set');
    }
    if (method === 'deletewebhook') {
      this.registered = null;
      return okJson(true, 'Webhook was deleted');
    }
    if (method === 'getwebhookinfo') {
      return okJson({ url: this.registered?.url ?? '', has_custom_certificate: false, pending_update_count: 0 });
    }
    const res = await this.opts.fetch(`${this.apiRoot}${req.path}${req.query.size > 0 ? `?${req.query.toString()}` : ''}`, {
      method: req.method, headers: req.headers['content-type'] ? { 'content-type': req.headers['content-type'] } : {},
      ...(req.method === 'GET' || req.method === 'HEAD' ? {} : { body: req.bodyBytes ?? req.body }),
    });
    const headers = { 'content-type': res.headers.get('content-type') ?? 'application/octet-stream' };
    if (req.path.startsWith('/file/')) return { status: res.status, headers, body: '', bodyBytes: new Uint8Array(await res.arrayBuffer()) };
    return { status: res.status, headers, body: await res.text() };
  }

  private async call(method: string, body: Record<string, unknown>): Promise<{ ok: boolean; status: number; result?: unknown; description?: string }> {
    this.abort = new AbortController();
    const res = await this.opts.fetch(`${this.apiRoot}/bot${this.opts.token}/${method}`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: this.abort.signal,
    });
    const json = (await res.json()) as { ok: boolean; result?: unknown; description?: string };
    return { ...json, status: res.status };
  }

  /** One long poll: delivers each update in order; stops at the first the app answers with 5xx (retried next time). */
  async pollOnce(timeoutS = POLL_TIMEOUT_S): Promise<number> {
    const target = this.registered;
    if (!target) return 0;
    const answer = await this.call('getUpdates', { offset: this.offset, timeout: timeoutS, allowed_updates: ALLOWED_UPDATES });
    if (!answer.ok) {
      if (answer.status === 409) await this.call('deleteWebhook', { drop_pending_updates: false });
      throw new Error(`getUpdates answered ${answer.status}: ${answer.description ?? ''}`);
    }
    let delivered = 0;
    for (const update of Array.isArray(answer.result) ? (answer.result as { update_id: number }[]) : []) {
      const { status } = await this.opts.deliver(target.url, { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': target.secret }, JSON.stringify(update));
      if (status >= 500) break;
      this.offset = update.update_id + 1;
      delivered++;
    }
    return delivered;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.log('Telegram: a real bot token is set; polling api.telegram.org (connect the same token in the admin page).');
    this.loop = (async () => {
      let backoff = 1000;
      while (this.running) {
        try {
          if (!this.registered) await this.sleep(1000);
          else await this.pollOnce();
          backoff = 1000;
        } catch (error) {
          if (!this.running) return;
          this.log(`Telegram polling failed (${error instanceof Error ? error.message.replace(this.opts.token, '<token>') : 'unknown'}); retrying in ${backoff / 1000} s`);
          await this.sleep(backoff);
          backoff = Math.min(30_000, backoff * 2);
        }
      }
    })();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.abort?.abort();
    await this.loop?.catch(() => undefined);
  }
}
