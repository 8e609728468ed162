// Routing: which chats (and forum topics) a notification goes to, by project, event type, priority and
// issue type; client chats ("public only") never get internal events. Pure.
import type { NotificationEvent } from '../../model/telegram/events';
import { PUBLIC_EVENT_TYPES } from '../../model/telegram/events';
import type { TelegramRoute, TelegramSettings } from '../../model/telegram/settings';

const matches = (allowed: readonly string[], value: string | null): boolean =>
  allowed.length === 0 || (value !== null && allowed.some((a) => a.toLowerCase() === value.toLowerCase()));

export function routeMatches(route: TelegramRoute, event: NotificationEvent): boolean {
  if (route.projectKey !== event.issue.projectKey) return false;
  if (!route.events.includes(event.type)) return false;
  if (route.publicOnly && (event.internal || !PUBLIC_EVENT_TYPES.includes(event.type))) return false;
  return matches(route.priorities, event.issue.priority) && matches(route.issueTypes, event.issue.issueType);
}

/** The routes an event goes to; one per (chat, topic) even if settings were hand-edited into duplicates. */
export function routeEvent(settings: TelegramSettings, event: NotificationEvent): TelegramRoute[] {
  const seen = new Set<string>();
  return settings.routes.filter((route) => {
    const target = `${route.chatId}|${route.topicId ?? 0}`;
    if (!routeMatches(route, event) || seen.has(target)) return false;
    seen.add(target);
    return true;
  });
}
