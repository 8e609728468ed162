// Which linked client chats a notification goes to. Links are kept apart from the routes of the settings
// on purpose: a project route would send every issue of the project to every client group linked to it
// (one client reading another's incidents). A linked chat instead hears, public events only ("public
// only" audience), about the issues that belong to it — the same rule as `/status` and `/my`:
// - the issues filed from it (in the language of the person who filed; 'created' is left out: the chat got
//   the key when it filed);
// - when the link names a client ID, the issues of the link's project carrying exactly that client ID
//   (incident property, else the Client ID field), filed in Jira or elsewhere, 'created' included.
// A link without a client ID gets only the first kind: it does not say whose issues it may read.
import { PUBLIC_EVENT_TYPES, type NotificationEvent, type NotificationEventType } from '../../../model/telegram/events';
import type { TelegramRoute } from '../../../model/telegram/settings';
import type { TelegramDeps } from '../deps';
import { INTAKE_KEYS, type ChatLink, type FiledFromChat } from './intake-model';
import { anyProjectLinked, projectLinks, type ProjectLinkEntry } from './link-index';

const FILED_EVENTS: readonly NotificationEventType[] = PUBLIC_EVENT_TYPES.filter((t) => t !== 'created');
const CLIENT_EVENTS: readonly NotificationEventType[] = PUBLIC_EVENT_TYPES;

const trimmed = (id: string | null | undefined): string | null => (typeof id === 'string' && id.trim() !== '' ? id.trim() : null);

/** The project links per project key, read once per enqueue call. */
export type LinkLookup = (projectKey: string) => Promise<readonly ProjectLinkEntry[]>;

export function linkLookup(deps: TelegramDeps): LinkLookup {
  const known = new Map<string, Promise<readonly ProjectLinkEntry[]>>();
  return (projectKey) => {
    let found = known.get(projectKey);
    if (!found) {
      found = projectLinks(deps, projectKey);
      known.set(projectKey, found);
    }
    return found;
  };
}

/**
 * Whether linked chats may care about an event of this project (the notifier's early exit): a project with
 * no linked chat costs one index query. No project in the payload: whether any chat is linked at all.
 */
export async function projectHasLinks(deps: TelegramDeps, projectKey: string | null): Promise<boolean> {
  if (projectKey === null) return anyProjectLinked(deps);
  return (await projectLinks(deps, projectKey)).length > 0;
}

/** Whether some chat linked to the project has a client ID (only then is the issue's client ID read). */
export async function projectHasClientLinks(deps: TelegramDeps, projectKey: string): Promise<boolean> {
  return (await projectLinks(deps, projectKey)).some((l) => l.clientId !== null);
}

const route = (chatId: number, projectKey: string, title: string, topicId: number | null, locale: TelegramRoute['locale'], events: readonly NotificationEventType[]): TelegramRoute => ({
  id: `link${chatId}`, projectKey, chatId, topicId, label: title, events, priorities: [], issueTypes: [], publicOnly: true, locale,
});

export async function linkRoutesFor(deps: TelegramDeps, event: NotificationEvent, lookup: LinkLookup = linkLookup(deps)): Promise<TelegramRoute[]> {
  if (event.internal || !CLIENT_EVENTS.includes(event.type)) return [];
  const projectKey = event.issue.projectKey;
  const routes: TelegramRoute[] = [];
  const filed = await deps.store.get<FiledFromChat>(INTAKE_KEYS.issueChat(event.issue.id));
  if (filed && FILED_EVENTS.includes(event.type)) {
    const link = await deps.store.get<ChatLink>(INTAKE_KEYS.link(filed.chatId));
    if (link && link.projectKey === projectKey) routes.push(route(filed.chatId, projectKey, link.title, filed.threadId, filed.locale, FILED_EVENTS));
  }
  const clientId = trimmed(event.issue.clientId);
  if (clientId === null) return routes;
  for (const entry of await lookup(projectKey)) {
    if (entry.clientId !== clientId || entry.chatId === filed?.chatId) continue;
    // The index is a hint: the link itself decides (it may have been removed or changed a moment ago).
    const link = await deps.store.get<ChatLink>(INTAKE_KEYS.link(entry.chatId));
    if (!link || link.projectKey !== projectKey || trimmed(link.clientId) !== clientId) continue;
    routes.push(route(entry.chatId, projectKey, link.title, null, link.locale ?? entry.locale, CLIENT_EVENTS));
  }
  return routes;
}
