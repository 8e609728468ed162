// The links of one project, found with one prefix query (`tg:in:pl:<PROJECT>:<chat>`), so a product event
// of a project without linked chats costs no Jira call and no scan of every link. One entry per link,
// written beside the link itself (link-store.ts, follow-migration.ts): concurrent /link commands never
// overwrite each other's entry. Links stored before the index existed are indexed once, on first use.
import type { Locale } from '../../../../shared/i18n';
import { nowMs, type TelegramDeps } from '../deps';
import { listPrefix } from '../outbox-records';
import { INTAKE_KEYS, type ChatLink } from './intake-model';

/** What routing needs of a link, without reading the link itself. */
export type ProjectLinkEntry = {
  readonly v: 1;
  readonly chatId: number;
  readonly projectKey: string;
  /** Trimmed; null for a link without a client ID (it hears only about the issues filed from it). */
  readonly clientId: string | null;
  readonly title: string;
  readonly locale: Locale;
};

const INDEX_KEYS = {
  entry: (projectKey: string, chatId: number) => `tg:in:pl:${projectKey}:${chatId}`,
  project: (projectKey: string) => `tg:in:pl:${projectKey}:`,
  any: 'tg:in:pl:',
  /** Set once every link stored before the index existed has its entry. */
  built: 'tg:in:plbuilt',
} as const;

const clientOf = (link: ChatLink): string | null => {
  const id = typeof link.clientId === 'string' ? link.clientId.trim() : '';
  return id === '' ? null : id;
};

export async function indexLink(deps: TelegramDeps, link: ChatLink): Promise<void> {
  const entry: ProjectLinkEntry = { v: 1, chatId: link.chatId, projectKey: link.projectKey, clientId: clientOf(link), title: link.title, locale: link.locale ?? 'en' };
  await deps.store.set(INDEX_KEYS.entry(link.projectKey, link.chatId), entry);
}

export async function unindexLink(deps: TelegramDeps, link: Pick<ChatLink, 'projectKey' | 'chatId'>): Promise<void> {
  await deps.store.delete(INDEX_KEYS.entry(link.projectKey, link.chatId));
}

/** Indexes the links stored before the index existed (once; repeating it is harmless). */
export async function ensureLinkIndex(deps: TelegramDeps): Promise<void> {
  if (await deps.store.get(INDEX_KEYS.built)) return;
  let count = 0;
  for (const value of await listPrefix<ChatLink>(deps, INTAKE_KEYS.linkPrefix, Infinity)) {
    if (typeof value?.projectKey !== 'string' || typeof value.chatId !== 'number') continue;
    await indexLink(deps, value);
    count++;
  }
  await deps.store.set(INDEX_KEYS.built, { v: 1, at: nowMs(deps), links: count });
  if (count > 0) deps.logger.info('telegram chat links indexed by project', { links: count });
}

/** The chats linked to a project (at most 1,000). */
export async function projectLinks(deps: TelegramDeps, projectKey: string): Promise<ProjectLinkEntry[]> {
  const found = await listPrefix<ProjectLinkEntry>(deps, INDEX_KEYS.project(projectKey), 1000);
  if (found.length > 0) return found;
  // Empty: no link for the project — or links older than the index. One read tells which.
  if (await deps.store.get(INDEX_KEYS.built)) return [];
  await ensureLinkIndex(deps);
  return listPrefix<ProjectLinkEntry>(deps, INDEX_KEYS.project(projectKey), 1000);
}

/** Whether any chat is linked to any project (for events whose payload names no project). */
export async function anyProjectLinked(deps: TelegramDeps): Promise<boolean> {
  await ensureLinkIndex(deps);
  return (await deps.store.list(INDEX_KEYS.any, undefined, 1)).entries.length > 0;
}
