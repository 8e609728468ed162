// "One forum topic per issue": the first message about an issue in such a route opens a topic named
// "KEY summary" (createForumTopic), later ones go into it. The mapping lives in KVS per (chat, issue).
// A topic an admin closed (service message) or deleted ("message thread not found" / TOPIC_CLOSED on a
// send) is marked closed, and the issue's messages go to the route's own thread from then on.
import { KEYS, type OutboxItem } from '../../model/telegram/outbox';
import { TelegramCallError } from '../../model/telegram/telegram-failure';
import { topicName } from '../../rules/telegram/topic-name';
import type { TelegramBot } from '../../ports-telegram';
import { rememberIssueTopic } from './conversation/issue-messages';
import { nowMs, type TelegramDeps } from './deps';

const TOPIC_TTL_S = 365 * 24 * 3600;

export type IssueTopic = { readonly threadId: number; readonly targetId: number; readonly closed: boolean; readonly at: number };

/** Telegram's answers that mean the topic cannot take our message any more. */
export function isTopicGone(error: unknown): boolean {
  return error instanceof TelegramCallError && error.failure.kind === 'rejected' && /message thread not found|TOPIC_CLOSED|TOPIC_DELETED/i.test(error.description);
}

/**
 * The thread a single-issue message goes to: the issue's topic (opened now if needed), or null to use the
 * route's own thread (not a per-issue route, a digest, or the topic was closed). Telegram failures of
 * createForumTopic other than a refusal propagate (the caller treats them like a failed send); a refusal
 * (not a forum, no right to manage topics) is remembered as closed so the route's thread is used.
 */
export async function issueThread(deps: TelegramDeps, bot: TelegramBot, item: OutboxItem, targetId: number, single: boolean): Promise<number | null> {
  if (!item.topicPerIssue || !single) return null;
  const key = KEYS.issueTopic(item.chatId, item.event.issue.id);
  const known = await deps.store.get<IssueTopic>(key);
  if (known && known.targetId === targetId) return known.closed ? null : known.threadId;
  try {
    const { threadId } = await bot.createForumTopic(targetId, topicName(item.event.issue.key, item.event.issue.summary));
    await deps.atomic.put<IssueTopic>(key, { threadId, targetId, closed: false, at: nowMs(deps) }, TOPIC_TTL_S);
    await deps.atomic.put(KEYS.issueTopicThread(targetId, threadId), { key }, TOPIC_TTL_S);
    // Messages people write in the topic are about this issue (two-way conversation).
    await rememberIssueTopic(deps, targetId, threadId, item.event.issue.key, item.event.issue.id);
    return threadId;
  } catch (error) {
    if (!(error instanceof TelegramCallError) || error.failure.kind !== 'rejected') throw error;
    deps.logger.warn('telegram forum topic not created; using the route thread', { chatId: item.chatId, reason: error.description });
    await deps.atomic.put<IssueTopic>(key, { threadId: 0, targetId, closed: true, at: nowMs(deps) }, TOPIC_TTL_S);
    return null;
  }
}

/** Marks the issue's topic closed (a failed send into it). */
export async function markIssueTopicClosed(deps: TelegramDeps, item: OutboxItem): Promise<void> {
  const key = KEYS.issueTopic(item.chatId, item.event.issue.id);
  const known = await deps.store.get<IssueTopic>(key);
  if (known) await deps.atomic.put<IssueTopic>(key, { ...known, closed: true, at: nowMs(deps) }, TOPIC_TTL_S);
}

/**
 * A `forum_topic_closed` / `forum_topic_reopened` service message: any issue topic with that thread id in
 * that chat is marked accordingly. The reverse index keeps this to one read.
 */
export async function noteTopicState(deps: TelegramDeps, chatId: number, threadId: number, closed: boolean): Promise<void> {
  const owner = await deps.store.get<{ readonly key: string }>(KEYS.issueTopicThread(chatId, threadId));
  if (!owner) return;
  const known = await deps.store.get<IssueTopic>(owner.key);
  if (known && known.threadId === threadId) await deps.atomic.put<IssueTopic>(owner.key, { ...known, closed, at: nowMs(deps) }, TOPIC_TTL_S);
}
