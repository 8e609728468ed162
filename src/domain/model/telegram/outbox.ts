// The Telegram outbox as stored in KVS: one item per (notification, chat, topic) waiting to be sent, the
// ledger that remembers what was delivered, dead letters, per-chat state and the bot's state. Key builders
// are pure and deterministic, so a redelivered event lands on the same keys.
import type { Locale } from '../../../shared/i18n';
import type { NotificationEvent } from './events';
import type { InlineButton } from '../../ports-telegram';

export type Keyboard = readonly (readonly InlineButton[])[];

/** A send in flight: written before the request, so a lost answer can be found again (see drain-chat). */
export type SendAttempt = {
  readonly id: string;
  readonly at: number;
  readonly text: string;
  readonly button: { readonly text: string; readonly url: string } | null;
  /** The inline keyboard sent (replaces `button` when present): a probe must send it identically. */
  readonly keyboard?: Keyboard | null;
  readonly targetChatId: number;
  /** The chat's newest message id known before the send: where a probe for the lost message starts. */
  readonly knownHead: number | null;
  /** Outbox keys the message covers (a digest covers several). */
  readonly covers: readonly string[];
  /** The answer was lost (5xx, timeout, network): the message may or may not exist. */
  readonly ambiguous: boolean;
};

export type OutboxItem = {
  readonly v: 1;
  readonly key: string;
  readonly chatId: number;
  readonly topicId: number | null;
  readonly routeId: string;
  readonly locale: Locale;
  readonly publicOnly: boolean;
  /** The route opens one forum topic per issue (see issue-topic.ts). */
  readonly topicPerIssue?: boolean;
  readonly event: NotificationEvent;
  readonly enqueuedAt: number;
  readonly attempts: number;
  readonly attempt: SendAttempt | null;
  readonly lastError: string | null;
  /** Not before this time (backoff after a lost answer). */
  readonly notBefore: number;
};

export type DeadLetter = OutboxItem & { readonly deadAt: number; readonly reason: string };

export type Delivered = { readonly messageId: number | null; readonly at: number };

export type ChatStatus = 'ok' | 'kicked' | 'notFound';

export type ChatState = {
  /** The chat id routes name (the key); `targetId` is where messages go now (after group → supergroup). */
  readonly chatId: number;
  readonly targetId: number;
  readonly status: ChatStatus;
  readonly rateLimitedUntil: number | null;
  readonly lastMessageId: number | null;
  /** Completion times of the newest sends (pacing). */
  readonly recentSends: readonly number[];
  readonly delivered: number;
  readonly lastDeliveredAt: number | null;
  readonly lastError: string | null;
  readonly lastErrorAt: number | null;
  readonly migratedFrom: readonly number[];
};

export type BotState = {
  readonly status: 'ok' | 'tokenRevoked';
  readonly botId: number;
  readonly username: string;
  readonly tokenMask: string;
  readonly connectedAt: number;
  readonly connectedBy: string;
  readonly lastError: string | null;
  readonly lastErrorAt: number | null;
};

export type KnownChat = {
  readonly chatId: number;
  readonly title: string;
  readonly type: string;
  readonly isForum: boolean;
  readonly botStatus: string;
  readonly seenAt: number;
};

export const KEYS = {
  bot: 'tg:bot',
  tokenSecret: 'tg-bot-token',
  webhookSecret: 'tg-webhook-secret',
  lease: 'tg:lease',
  wake: 'tg:wake',
  outboxPrefix: 'tg:ob:',
  deadPrefix: 'tg:dead:',
  chatPrefix: 'tg:chat:',
  knownPrefix: 'tg:known:',
  outbox: (chatId: number, sort: string) => `tg:ob:${chatId}:${sort}`,
  dead: (chatId: number, sort: string) => `tg:dead:${chatId}:${sort}`,
  chat: (chatId: number) => `tg:chat:${chatId}`,
  known: (chatId: number) => `tg:known:${chatId}`,
  delivered: (digest: string) => `tg:done:${digest}`,
  thread: (chatId: number, topicId: number | null, issueId: string) => `tg:thread:${chatId}:${topicId ?? 0}:${issueId}`,
  own: (chatId: number, messageId: number) => `tg:own:${chatId}:${messageId}`,
  update: (updateId: number) => `tg:upd:${updateId}`,
  head: (chatId: number) => `tg:head:${chatId}`,
  issueTopic: (chatId: number, issueId: string) => `tg:itopic:${chatId}:${issueId}`,
  issueTopicThread: (chatId: number, threadId: number) => `tg:itopicr:${chatId}:${threadId}`,
} as const;

/** FNV-1a 64-bit as hex: short, stable key material for ids of any length or alphabet. */
export function stableHash(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const unit of new TextEncoder().encode(text)) {
    h ^= BigInt(unit);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

/** Sorts a chat's items by the time of the change in Jira, then by event. */
export function outboxSort(event: NotificationEvent): string {
  return `${String(Math.max(0, Math.floor(event.at))).padStart(13, '0')}-${stableHash(event.id)}`;
}

export function deliveredDigest(eventId: string, chatId: number, topicId: number | null): string {
  return stableHash(`${eventId}|${chatId}|${topicId ?? 0}`);
}

export function initialChatState(chatId: number): ChatState {
  return {
    chatId, targetId: chatId, status: 'ok', rateLimitedUntil: null, lastMessageId: null, recentSends: [], delivered: 0,
    lastDeliveredAt: null, lastError: null, lastErrorAt: null, migratedFrom: [],
  };
}
