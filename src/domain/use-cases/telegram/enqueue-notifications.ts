// Puts notification events into the Telegram outbox: one item per (event, chat, topic) the routes select,
// created only if absent and skipped if already delivered, so a redelivered or duplicated event never
// queues twice. Then makes sure a drain is due. The entry point for every feature that notifies
// (issue changes now; SLA warnings/breaches and CSAT ratings feed the same function).
import type { NotificationEvent } from '../../model/telegram/events';
import { deliveredDigest, KEYS, outboxSort, type OutboxItem } from '../../model/telegram/outbox';
import type { TelegramSettings } from '../../model/telegram/settings';
import { truncate } from '../../rules/telegram/html';
import { routeEvent } from '../../rules/telegram/route-events';
import { loadTelegramSettings, nowMs, type TelegramDeps } from './deps';
import { wakeDrainer } from './drain-signals';
import { linkLookup, linkRoutesFor } from './intake/link-routing';

export type EnqueueReport = { readonly queued: number; readonly alreadyKnown: number; readonly unrouted: number };

/** Keeps stored items small: what a message can show of long texts, no more. */
function compact(event: NotificationEvent): NotificationEvent {
  return {
    ...event,
    issue: { ...event.issue, summary: truncate(event.issue.summary, 400) },
    ...(event.comment ? { comment: { ...event.comment, text: truncate(event.comment.text, 1500) } } : {}),
  };
}

export async function enqueueNotifications(
  deps: TelegramDeps,
  events: readonly NotificationEvent[],
  settings?: TelegramSettings,
): Promise<EnqueueReport> {
  if (events.length === 0) return { queued: 0, alreadyKnown: 0, unrouted: 0 };
  const config = settings ?? (await loadTelegramSettings(deps.store));
  let queued = 0;
  let alreadyKnown = 0;
  let unrouted = 0;
  const links = linkLookup(deps);
  for (const event of events) {
    const routes = [...routeEvent(config, event), ...(await linkRoutesFor(deps, event, links))];
    if (routes.length === 0) unrouted++;
    for (const route of routes) {
      if (await deps.store.get(KEYS.delivered(deliveredDigest(event.id, route.chatId, route.topicId)))) {
        alreadyKnown++;
        continue;
      }
      const sort = outboxSort(event);
      const item: OutboxItem = {
        v: 1, key: KEYS.outbox(route.chatId, sort), chatId: route.chatId, topicId: route.topicId, routeId: route.id, locale: route.locale,
        publicOnly: route.publicOnly, ...(route.topicPerIssue ? { topicPerIssue: true } : {}), event: compact(event), enqueuedAt: nowMs(deps), attempts: 0, attempt: null, lastError: null, notBefore: 0,
      };
      const dead = await deps.store.get(KEYS.dead(route.chatId, sort));
      if (!dead && (await deps.atomic.createIfAbsent(item.key, item))) queued++;
      else alreadyKnown++;
    }
  }
  if (queued > 0) await wakeDrainer(deps, 0);
  return { queued, alreadyKnown, unrouted };
}
