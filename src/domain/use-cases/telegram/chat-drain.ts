// One drain round for one chat: oldest first, paced under Telegram's limits, a backlog coalesced into
// digests, a lost answer resolved before anything else is sent, and the round ended as soon as the chat
// must wait (the drainer comes back later). Never reorders a chat's messages around a waiting item.
import type { OutboxItem } from '../../model/telegram/outbox';
import { translate } from '../../../shared/i18n';
import { formatDigest, DIGEST_MAX_ITEMS } from '../../rules/telegram/format-digest';
import { formatNotification } from '../../rules/telegram/format-message';
import { notificationKeyboard } from '../../rules/telegram/keyboard';
import { chatWaitMs, isGroupChat } from '../../rules/telegram/pacing';
import type { ChatContext, RoundResult, WaitReason } from './chat-context';
import { sendBatch, settleDelivered, type Rendered } from './chat-send';
import { nowMs } from './deps';
import { attemptMessage, findLostMessage } from './lost-message';
import { isDelivered, moveToDead } from './outbox-records';

/** A chat's next send may wait this long inside the invocation; longer waits end the round. */
export const INLINE_WAIT_MAX_MS = 3_000;

const sameAudience = (a: OutboxItem, b: OutboxItem): boolean => a.topicId === b.topicId && a.locale === b.locale && a.publicOnly === b.publicOnly;

function pickBatch(ctx: ChatContext, items: readonly OutboxItem[], now: number): { batch: OutboxItem[]; rendered: Rendered } {
  const first = items[0] as OutboxItem;
  const audience = { locale: first.locale, publicOnly: first.publicOnly };
  const button = (url: string | null): Rendered['button'] => (url ? { text: translate(first.locale, 'tg.msg.open'), url } : null);
  const { digest, emojis } = ctx.settings;
  if (!digest.enabled || items.length <= digest.threshold) {
    const one = formatNotification(first.event, audience, emojis);
    return { batch: [first], rendered: { text: one.text, button: button(one.buttonUrl), keyboard: notificationKeyboard(first.event, audience, one.buttonUrl) } };
  }
  const candidates: OutboxItem[] = [];
  for (const item of items) {
    if (candidates.length >= DIGEST_MAX_ITEMS || item.attempt || item.notBefore > now || !sameAudience(first, item)) break;
    candidates.push(item);
  }
  const unique = candidates.filter((c, i) => candidates.findIndex((d) => d.event.id === c.event.id) === i);
  const { text, count } = formatDigest(unique.map((u) => u.event), audience, emojis);
  const shown = new Set(unique.slice(0, count).map((u) => u.event.id));
  return { batch: candidates.filter((c) => shown.has(c.event.id)), rendered: { text, button: null, keyboard: null } };
}

export async function drainChat(ctx: ChatContext, pending: readonly OutboxItem[]): Promise<RoundResult> {
  const { deps } = ctx;
  let items = [...pending];
  let sent = 0;
  let settled = 0;
  const done = (nextDueAt: number | null, waitReason: WaitReason | null = null, unauthorized = false): RoundResult => ({ sent, settled, nextDueAt, waitReason, unauthorized });
  if (ctx.state.status !== 'ok') {
    await moveToDead(deps, items, ctx.state.lastError ?? `chat ${ctx.state.status}`);
    return done(null);
  }
  while (items.length > 0) {
    const now = nowMs(deps);
    const first = items[0] as OutboxItem;
    if (now >= ctx.deadline) return done(now, 'budget');
    if (await isDelivered(deps, first)) {
      // A late duplicate of a delivered notification (the ledger already says so): just drop it.
      await deps.store.delete(first.key);
      items = items.slice(1);
      settled++;
      continue;
    }
    if (first.notBefore > now) return done(first.notBefore, 'backoff');
    if (ctx.state.rateLimitedUntil !== null && ctx.state.rateLimitedUntil > now) return done(ctx.state.rateLimitedUntil, 'rateLimited');
    const previous = first.attempt;
    let batch: OutboxItem[];
    let rendered: Rendered;
    if (previous) {
      // An attempt still on record means its outcome is unknown (a lost answer, or a stop mid-send).
      batch = items.filter((i) => previous.covers.includes(i.key));
      const search = await findLostMessage(deps, ctx.bot, previous, attemptMessage(previous, first.topicId));
      if (search.kind === 'found') {
        await settleDelivered(ctx, batch, search.messageId, previous.at);
        items = items.filter((i) => !batch.includes(i));
        settled += batch.length;
        continue;
      }
      if (search.kind === 'unknown') return done(now + 5_000, 'backoff', search.error.failure.kind === 'unauthorized');
      rendered = { text: previous.text, button: previous.button, keyboard: previous.keyboard ?? null };
    } else {
      ({ batch, rendered } = pickBatch(ctx, items, now));
    }
    const wait = Math.max(chatWaitMs(ctx.state.recentSends, isGroupChat(ctx.state.targetId), now), ctx.pacer.wait(now));
    if (wait > INLINE_WAIT_MAX_MS) return done(now + wait, 'paced');
    if (wait > 0) await deps.sleeper.sleep(wait);
    const outcome = await sendBatch(ctx, batch, rendered, previous);
    switch (outcome.kind) {
      case 'sent':
      case 'rejected':
        items = items.filter((i) => !batch.includes(i));
        if (outcome.kind === 'sent') sent++;
        settled += batch.length;
        break;
      case 'migrated':
        items = [{ ...first, attempt: null }, ...items.slice(1)];
        break;
      case 'wait':
        return done(outcome.until, outcome.reason);
      case 'chatGone':
        await moveToDead(deps, items, ctx.state.lastError ?? 'chat unreachable');
        settled += items.length;
        return done(null);
      case 'unauthorized':
        return done(null, null, true);
    }
  }
  return done(null);
}
