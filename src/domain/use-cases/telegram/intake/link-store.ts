// Reading and writing chat links. A link is the only thing that makes a chat a client chat: the intake
// answers there, and notifications of its issues reach it (link-routing.ts). Every write keeps the
// project index (link-index.ts) beside the link.
import { nowMs, type TelegramDeps } from '../deps';
import { listPrefix } from '../outbox-records';
import { INTAKE_KEYS, type ChatLink } from './intake-model';
import { ensureLinkIndex, indexLink, unindexLink } from './link-index';

export async function loadLink(deps: TelegramDeps, chatId: number): Promise<ChatLink | undefined> {
  return deps.store.get<ChatLink>(INTAKE_KEYS.link(chatId));
}

export async function listLinks(deps: TelegramDeps): Promise<ChatLink[]> {
  const links = await listPrefix<ChatLink>(deps, INTAKE_KEYS.linkPrefix, 1000);
  return links.sort((a, b) => a.projectKey.localeCompare(b.projectKey) || a.title.localeCompare(b.title));
}

export async function saveLink(deps: TelegramDeps, link: ChatLink): Promise<void> {
  // Older links get their index entries first: an entry for the project means its index is complete.
  await ensureLinkIndex(deps);
  await deps.store.set(INTAKE_KEYS.link(link.chatId), link);
  await indexLink(deps, link);
  // A chat that is linked again deserves the "not linked" notice again after a later unlink.
  await deps.store.delete(INTAKE_KEYS.unlinkedNotice(link.chatId));
}

export async function removeLink(deps: TelegramDeps, link: ChatLink): Promise<void> {
  await deps.store.delete(INTAKE_KEYS.link(link.chatId));
  await unindexLink(deps, link);
  deps.logger.info('telegram chat unlinked', { chatId: link.chatId, projectKey: link.projectKey, at: nowMs(deps) });
}
