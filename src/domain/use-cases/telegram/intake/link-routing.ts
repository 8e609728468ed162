// Which linked client chats a notification goes to. Links are kept apart from the routes of the settings
// on purpose: a project route would send every issue of the project to every client group linked to it
// (one client reading another's incidents). A linked chat instead hears about the issues filed from it,
// public events only ("public only" audience), in the language of the person who filed; 'created' is
// left out (the chat got the key when it filed). Pure routing over one KVS read per event.
import { PUBLIC_EVENT_TYPES, type NotificationEvent, type NotificationEventType } from '../../../model/telegram/events';
import type { TelegramRoute } from '../../../model/telegram/settings';
import type { TelegramDeps } from '../deps';
import { INTAKE_KEYS, type ChatLink, type FiledFromChat } from './intake-model';

const CLIENT_EVENTS: readonly NotificationEventType[] = PUBLIC_EVENT_TYPES.filter((t) => t !== 'created');

/** Whether a linked chat filed this issue (so its events matter even without a route for the project). */
export async function filedFromLinkedChat(deps: TelegramDeps, issueId: string): Promise<boolean> {
  return (await deps.store.get(INTAKE_KEYS.issueChat(issueId))) !== undefined;
}

export async function linkRoutesFor(deps: TelegramDeps, event: NotificationEvent): Promise<TelegramRoute[]> {
  if (event.internal || !CLIENT_EVENTS.includes(event.type)) return [];
  const filed = await deps.store.get<FiledFromChat>(INTAKE_KEYS.issueChat(event.issue.id));
  if (!filed) return [];
  const link = await deps.store.get<ChatLink>(INTAKE_KEYS.link(filed.chatId));
  if (!link || link.projectKey !== event.issue.projectKey) return [];
  return [{
    id: `link${filed.chatId}`, projectKey: link.projectKey, chatId: filed.chatId, topicId: filed.threadId, label: link.title,
    events: CLIENT_EVENTS, priorities: [], issueTypes: [], publicOnly: true, locale: filed.locale,
  }];
}
