// Wires the Telegram Bot API stand-in into the host: app code's outgoing `fetch` goes through the
// manifest's egress allowlist (https://api.telegram.org → the stand-in, anything else refused as on
// Forge), and the stand-in's webhook deliveries reach the host's web triggers in-process.
import path from 'node:path';
import type { SqliteDb } from '../db/sqlite';
import type { StandInRequest, StandInResponse } from '../http-types';
import { TelegramStandIn } from '../telegram/telegram-stand-in';
import { deliverToWebTriggers } from '../telegram/telegram-host-glue';
import { createEgressFetch, egressAllowlistFromManifest, installAppEgress } from './egress';
import { RealTelegramBridge, type RealTelegramOption } from './telegram-real';
import { insideInvocation } from './forge-globals';
import type { HostClock } from './host-clock';

export type TelegramWiring = { readonly telegram: TelegramStandIn; readonly restoreFetch: () => void; readonly real: RealTelegramBridge | null };

export function wireTelegram(opts: {
  readonly db: SqliteDb;
  readonly clock: HostClock;
  /** While the demo seed backdates, the stand-in dates chats and messages by it too. */
  readonly seedClock?: { readonly time: number | undefined };
  readonly baseUrl: string;
  readonly root: string;
  readonly callWebTrigger: (id: string, req: StandInRequest) => Promise<StandInResponse>;
  /** A real bot (telegram-real.ts): api.telegram.org is reached over `fetch` and updates are long-polled. */
  readonly realTelegram?: RealTelegramOption;
}): TelegramWiring {
  const telegram = new TelegramStandIn({
    db: opts.db,
    now: () => opts.seedClock?.time ?? opts.clock.now(),
    schedule: (at, run) => opts.clock.schedule(at, run),
    // Real Telegram refuses http:// webhooks; the sandbox serves plain HTTP on localhost.
    allowInsecureWebhooks: opts.baseUrl.startsWith('http://'),
    deliver: deliverToWebTriggers(opts.baseUrl, opts.callWebTrigger),
  });
  const allowed = egressAllowlistFromManifest(path.join(opts.root, 'manifest.yml'));
  const network = opts.realTelegram?.fetch ?? globalThis.fetch;
  const real = opts.realTelegram
    ? new RealTelegramBridge({ token: opts.realTelegram.token, fetch: network, deliver: deliverToWebTriggers(opts.baseUrl, opts.callWebTrigger) })
    : null;
  const restoreEgress = installAppEgress(
    createEgressFetch(allowed, [real ? real.route() : { origin: 'https://api.telegram.org', handle: (req) => telegram.handle(req) }]),
    insideInvocation,
  );
  if (opts.realTelegram?.poll !== false) real?.start();
  const restoreFetch = (): void => {
    void real?.stop();
    restoreEgress();
  };
  return { telegram, restoreFetch, real };
}
