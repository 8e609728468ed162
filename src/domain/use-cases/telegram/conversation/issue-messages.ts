// Which issue a message in a chat is about: every delivered notification and every bot reply about an issue
// records (chat, message id) → issue, and a forum topic opened for one issue records (chat, topic) → issue.
// A client's reply to such a message, or a message in such a topic, is then about that issue. Also keeps,
// per chat and issue, when the bot and the client last wrote (repeat contacts).
import type { Clock } from '../../../ports';
import type { AtomicStore } from '../../../ports-telegram';
import type { KeyValueStore } from '../../../ports';
import { KEYS } from '../../../model/telegram/outbox';
import { listPrefix } from '../outbox-records';

const TTL_S = 180 * 24 * 3600;

export type IssueRef = { readonly issueKey: string; readonly issueId: string | null };
/** Per chat and issue: when the bot last wrote about it, when the client last did (epoch ms). */
export type ChatIssueState = IssueRef & { readonly lastBotAt: number | null; readonly lastClientAt: number | null };

export const CONVERSATION_KEYS = {
  message: (chatId: number, messageId: number) => `tg:msg:${chatId}:${messageId}`,
  topic: (chatId: number, threadId: number) => `tg:topic:${chatId}:${threadId}`,
  chatIssuePrefix: (chatId: number) => `tg:ci:${chatId}:`,
  chatIssue: (chatId: number, issue: string) => `tg:ci:${chatId}:${issue}`,
  inbound: (chatId: number, messageId: number) => `tg:cin:${chatId}:${messageId}`,
  settings: 'tg:conv:settings',
  asked: (chatId: number) => `tg:conv:asked:${chatId}`,
} as const;

type Deps = { readonly store: KeyValueStore; readonly atomic: AtomicStore; readonly clock: Clock };

/** The issue's id when known, else its key: the per-chat record is keyed by it. */
const issueSlot = (ref: IssueRef): string => ref.issueId ?? ref.issueKey;

async function touchChatIssue(deps: Deps, chatId: number, ref: IssueRef, side: 'bot' | 'client'): Promise<ChatIssueState> {
  const key = CONVERSATION_KEYS.chatIssue(chatId, issueSlot(ref));
  const now = deps.clock.now().getTime();
  const prev = await deps.store.get<ChatIssueState>(key);
  const next: ChatIssueState = {
    issueKey: ref.issueKey, issueId: ref.issueId ?? prev?.issueId ?? null,
    lastBotAt: side === 'bot' ? now : prev?.lastBotAt ?? null, lastClientAt: side === 'client' ? now : prev?.lastClientAt ?? null,
  };
  await deps.atomic.put(key, next, TTL_S);
  return prev ?? { ...next, lastBotAt: null, lastClientAt: null };
}

/**
 * Records that the bot's message `messageId` in `chatId` is about `issueKey`: a reply to it becomes a comment
 * on that issue. The outbox calls it for every delivered notification; bot replies about an issue (e.g. the
 * intake's "created SUP-12") should call it too.
 */
export async function rememberIssueMessage(deps: Deps, chatId: number, messageId: number, issueKey: string, issueId: string | null = null): Promise<void> {
  const ref: IssueRef = { issueKey, issueId };
  await deps.atomic.put(CONVERSATION_KEYS.message(chatId, messageId), ref, TTL_S);
  await touchChatIssue(deps, chatId, ref, 'bot');
}

/** Records that forum topic `threadId` of `chatId` is dedicated to `issueKey` (its messages are about it). */
export async function rememberIssueTopic(deps: Deps, chatId: number, threadId: number, issueKey: string, issueId: string | null = null): Promise<void> {
  await deps.atomic.put(CONVERSATION_KEYS.topic(chatId, threadId), { issueKey, issueId } satisfies IssueRef, TTL_S);
}

export async function issueOfMessage(deps: Deps, chatId: number, messageId: number): Promise<IssueRef | null> {
  return (await deps.store.get<IssueRef>(CONVERSATION_KEYS.message(chatId, messageId))) ?? null;
}

/** A topic remembered here, else one the outbox opened for an issue ("one forum topic per issue" routes). */
export async function issueOfTopic(deps: Deps, chatId: number, threadId: number): Promise<IssueRef | null> {
  const own = await deps.store.get<IssueRef>(CONVERSATION_KEYS.topic(chatId, threadId));
  if (own) return own;
  const owner = await deps.store.get<{ readonly key?: unknown }>(KEYS.issueTopicThread(chatId, threadId));
  // The owner is `tg:itopic:<route chat>:<issue id>`.
  const issueId = typeof owner?.key === 'string' ? owner.key.split(':').pop() ?? '' : '';
  return /^\d+$/.test(issueId) ? { issueKey: issueId, issueId } : null;
}

/** Notes a client message about the issue; returns the state before it. */
export function noteClientMessage(deps: Deps, chatId: number, ref: IssueRef): Promise<ChatIssueState> {
  return touchChatIssue(deps, chatId, ref, 'client');
}

/** The issues this chat has talked about (newest records first is not guaranteed: key order). */
export async function chatIssues(deps: Deps, chatId: number, max = 50): Promise<ChatIssueState[]> {
  return (await listPrefix<ChatIssueState>(deps, CONVERSATION_KEYS.chatIssuePrefix(chatId), max)).slice(0, max);
}
