// Sends one message (a notification or a digest) for a chat and settles its outbox items by Telegram's
// answer: delivered (ledger), rate limited (wait retry_after), migrated (follow the new id and send again),
// kicked / chat not found (dead letters, chat disabled), token revoked (stop), rejected (dead letter), or
// lost answer (remember the attempt, find the message before any resend). Never sends a batch twice.
import { TelegramCallError } from '../../model/telegram/telegram-failure';
import type { Keyboard, OutboxItem, SendAttempt } from '../../model/telegram/outbox';
import type { OutgoingMessage } from '../../ports-telegram';
import { recordSend } from '../../rules/telegram/pacing';
import type { ChatContext } from './chat-context';
import { rewriteRoutes } from './chat-membership';
import { nowMs } from './deps';
import { findEarlierCopy } from './lost-message';
import { isTopicGone, issueThread, markIssueTopicClosed } from './issue-topic';
import { rememberIssueMessage } from './conversation/issue-messages';
import { markDelivered, moveToDead, rememberOwnMessage, rememberThreadRoot, saveChat, saveItem, seenHead, threadRoot } from './outbox-records';

export type SendOutcome =
  | { readonly kind: 'sent' }
  | { readonly kind: 'wait'; readonly until: number; readonly reason: 'rateLimited' | 'backoff' }
  | { readonly kind: 'migrated' }
  | { readonly kind: 'chatGone' }
  | { readonly kind: 'rejected' }
  | { readonly kind: 'unauthorized' };

/** Lost answers tolerated per item before it becomes a dead letter (an admin can retry it). */
export const MAX_ATTEMPTS = 8;
const backoffMs = (attempts: number): number => Math.min(300_000, 1000 * 2 ** Math.max(0, attempts - 1));

export type Rendered = {
  readonly text: string;
  readonly button: { readonly text: string; readonly url: string } | null;
  /** Inline keyboard (stored in the attempt too: a lost-answer probe must repeat it exactly). */
  readonly keyboard: Keyboard | null;
};

/** Records that `items` reached the chat as `messageId`, and what pacing and threading need to know. */
export async function settleDelivered(ctx: ChatContext, items: readonly OutboxItem[], messageId: number, sentAt: number): Promise<void> {
  const { deps } = ctx;
  const first = items[0];
  await rememberOwnMessage(deps, ctx.state.targetId, messageId);
  // A per-issue forum topic is the thread itself: its messages are not reply roots for the route's thread.
  if (items.length === 1 && first && !first.topicPerIssue) await rememberThreadRoot(deps, first, ctx.state.targetId, messageId);
  // A reply to a message about one issue is about that issue (two-way conversation); a digest about several is not.
  if (first && items.every((i) => i.event.issue.id === first.event.issue.id)) {
    await rememberIssueMessage(deps, ctx.state.targetId, messageId, first.event.issue.key, first.event.issue.id);
  }
  await markDelivered(deps, items, messageId);
  ctx.state = {
    ...ctx.state, recentSends: recordSend(ctx.state.recentSends, sentAt), lastMessageId: Math.max(ctx.state.lastMessageId ?? 0, messageId),
    delivered: ctx.state.delivered + items.length, lastDeliveredAt: nowMs(deps), rateLimitedUntil: null,
  };
  await saveChat(deps, ctx.state);
}

export async function sendBatch(ctx: ChatContext, items: readonly OutboxItem[], rendered: Rendered, previous: SendAttempt | null): Promise<SendOutcome> {
  const { deps } = ctx;
  const first = items[0];
  if (!first) return { kind: 'sent' };
  const targetId = ctx.state.targetId;
  const head = Math.max(ctx.state.lastMessageId ?? 0, (await seenHead(deps, targetId)) ?? 0);
  const attempt: SendAttempt = {
    id: deps.random.id(), at: nowMs(deps), text: rendered.text, button: rendered.button, keyboard: rendered.keyboard, targetChatId: targetId,
    knownHead: previous && previous.targetChatId === targetId ? previous.knownHead : head > 0 ? head : null,
    covers: items.map((i) => i.key), ambiguous: false,
  };
  let issueTopic: number | null = null;
  await saveItem(deps, { ...first, attempt });
  ctx.pacer.take(nowMs(deps));
  try {
    issueTopic = await issueThread(deps, ctx.bot, first, targetId, items.length === 1);
    const message: OutgoingMessage = {
      chatId: targetId, text: rendered.text, threadId: issueTopic ?? first.topicId, button: rendered.button,
      ...(rendered.keyboard && rendered.keyboard.length > 0 ? { keyboard: rendered.keyboard } : {}),
      replyTo: items.length === 1 && issueTopic === null && !first.topicPerIssue ? await threadRoot(deps, first, targetId) : null,
    };
    const { messageId } = await ctx.bot.sendMessage(message);
    let kept = messageId;
    if (previous && attempt.knownHead === null) {
      const earlier = await findEarlierCopy(deps, ctx.bot, message, messageId);
      if (earlier !== null) {
        await ctx.bot.deleteMessage(targetId, messageId).catch(() => deps.logger.warn('telegram duplicate could not be deleted', { chatId: targetId, messageId }));
        kept = earlier;
      }
    }
    await settleDelivered(ctx, items, kept, nowMs(deps));
    return { kind: 'sent' };
  } catch (error) {
    if (!(error instanceof TelegramCallError)) throw error;
    if (issueTopic !== null && isTopicGone(error)) {
      // The issue's topic was closed or deleted: from now on its messages go to the route's thread.
      await markIssueTopicClosed(deps, first);
      return sendBatch(ctx, items, rendered, previous);
    }
    return failed(ctx, items, { ...first, attempt }, error);
  }
}

async function failed(ctx: ChatContext, items: readonly OutboxItem[], first: OutboxItem, error: TelegramCallError): Promise<SendOutcome> {
  const { deps } = ctx;
  const now = nowMs(deps);
  const failure = error.failure;
  const noted = { lastError: error.description, lastErrorAt: now };
  const notApplied: OutboxItem = { ...first, attempt: null, lastError: error.description };
  switch (failure.kind) {
    case 'rateLimited': {
      const until = now + failure.retryAfterSeconds * 1000;
      ctx.state = { ...ctx.state, ...noted, rateLimitedUntil: until };
      await Promise.all([saveItem(deps, notApplied), saveChat(deps, ctx.state)]);
      deps.logger.warn('telegram 429 despite pacing', { chatId: ctx.state.chatId, retryAfterSeconds: failure.retryAfterSeconds });
      return { kind: 'wait', until, reason: 'rateLimited' };
    }
    case 'migrated':
      if (ctx.state.migratedFrom.includes(failure.newChatId) || failure.newChatId === ctx.state.targetId) return rejected(ctx, items, error.description);
      ctx.state = { ...ctx.state, ...noted, targetId: failure.newChatId, migratedFrom: [...ctx.state.migratedFrom, ctx.state.targetId] };
      await Promise.all([saveItem(deps, notApplied), saveChat(deps, ctx.state)]);
      await rewriteRoutes(deps, ctx.state.chatId, failure.newChatId);
      deps.logger.info('telegram chat became a supergroup; following it', { chatId: ctx.state.chatId, targetId: failure.newChatId });
      return { kind: 'migrated' };
    case 'forbidden':
    case 'chatNotFound':
      ctx.state = { ...ctx.state, ...noted, status: failure.kind === 'forbidden' ? 'kicked' : 'notFound' };
      await Promise.all([saveItem(deps, notApplied), saveChat(deps, ctx.state)]);
      deps.logger.warn('telegram chat unreachable; its notifications become dead letters', { chatId: ctx.state.chatId, status: ctx.state.status });
      return { kind: 'chatGone' };
    case 'unauthorized':
      await saveItem(deps, notApplied);
      return { kind: 'unauthorized' };
    case 'rejected':
      return rejected(ctx, items, error.description);
    case 'ambiguous': {
      const attempts = first.attempts + 1;
      const lost: OutboxItem = { ...first, attempts, lastError: error.description, notBefore: now + backoffMs(attempts), attempt: first.attempt ? { ...first.attempt, ambiguous: true } : null };
      ctx.state = { ...ctx.state, ...noted };
      await saveChat(deps, ctx.state);
      if (attempts >= MAX_ATTEMPTS) {
        await moveToDead(deps, [lost, ...items.slice(1)], `no answer from Telegram after ${attempts} attempts: ${error.description}`);
        return { kind: 'rejected' };
      }
      await saveItem(deps, lost);
      deps.logger.warn('telegram answer lost; the message will be looked for before any resend', { chatId: ctx.state.chatId, attempts });
      return { kind: 'wait', until: lost.notBefore, reason: 'backoff' };
    }
  }
}

async function rejected(ctx: ChatContext, items: readonly OutboxItem[], description: string): Promise<SendOutcome> {
  ctx.state = { ...ctx.state, lastError: description, lastErrorAt: nowMs(ctx.deps) };
  await saveChat(ctx.deps, ctx.state);
  await moveToDead(ctx.deps, items, description);
  ctx.deps.logger.warn('telegram refused a notification; kept as a dead letter', { chatId: ctx.state.chatId, count: items.length });
  return { kind: 'rejected' };
}
