// Glue between the Telegram stand-in and the local Forge host: webhook POSTs to the host's own web-trigger
// URLs are handed to the host in-process (like Telegram reaching Forge over HTTPS); any other URL is
// unreachable from the sandbox, which Telegram reports as "Connection refused". No app logic here.
import type { StandInRequest, StandInResponse } from '../http-types';
import type { WebhookDeliver } from './telegram-webhook';

/** Calls the host's web trigger `id` (LocalHost.callWebTrigger). */
export type CallWebTrigger = (id: string, req: StandInRequest) => Promise<StandInResponse>;

export function deliverToWebTriggers(baseUrl: string, callWebTrigger: CallWebTrigger): WebhookDeliver {
  const base = new URL(baseUrl);
  return async (url, headers, body) => {
    const target = new URL(url);
    const match = /^\/x1\/([^/]+)$/.exec(target.pathname);
    if (target.host !== base.host || !match) throw new Error(`Connection refused: ${target.origin} is not reachable from the sandbox`);
    const res = await callWebTrigger(match[1] ?? '', { method: 'POST', path: target.pathname, query: target.searchParams, headers: { ...headers }, body });
    return { status: res.status };
  };
}
