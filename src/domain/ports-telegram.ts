// Ports of the Telegram bridge: the Bot API, atomic storage operations, the queue that wakes the outbox
// drainer, the Jira reads a notification needs, time to wait, and randomness. Adapters live in
// src/adapters (telegram-bot-api, forge-kvs-atomic, forge-drain-queue, forge-jira-notify).
import type { IssueSnapshot } from './model/telegram/events';
import type { StatusCategory } from './rules/telegram/changelog-to-events';

export type BotIdentity = { readonly id: number; readonly username: string; readonly firstName: string };

export type WebhookInfo = {
  readonly url: string;
  readonly pendingUpdateCount: number;
  readonly lastErrorDate: number | null;
  readonly lastErrorMessage: string | null;
};

export type OutgoingMessage = {
  readonly chatId: number;
  /** HTML parse mode text, already escaped. */
  readonly text: string;
  readonly threadId: number | null;
  /** Reply to this message (sent anyway if it was deleted). */
  readonly replyTo: number | null;
  /** An "Open in Jira" URL button. */
  readonly button: { readonly text: string; readonly url: string } | null;
  /**
   * Rows of inline buttons (URL or callback). When given it replaces `button`: put the URL button in it
   * yourself. Callback data is at most 64 bytes (Telegram's limit).
   */
  readonly keyboard?: readonly (readonly InlineButton[])[];
  /** Ask the reader to reply (ForceReply, `selective` targets the replied-to person): works with privacy mode on. */
  readonly forceReply?: { readonly placeholder: string | null; readonly selective: boolean };
};

export type InlineButton =
  | { readonly text: string; readonly url: string }
  | { readonly text: string; readonly callbackData: string };

/** A file on Telegram's servers (getFile): download with `downloadFile` while `filePath` is valid (about an hour). */
export type TelegramFileRef = { readonly fileId: string; readonly filePath: string | null; readonly fileSize: number | null };

/** Telegram bots may download files up to 20 MB (Bot API getFile). */
export const TELEGRAM_DOWNLOAD_LIMIT_BYTES = 20 * 1024 * 1024;

export type BotCommandSpec = { readonly command: string; readonly description: string };

export type ProbeResult = 'match' | 'other' | 'missing';

/** One bot's Bot API. Every method throws TelegramCallError on failure. */
export interface TelegramBot {
  getMe(): Promise<BotIdentity>;
  setWebhook(url: string, secret: string): Promise<void>;
  deleteWebhook(): Promise<void>;
  getWebhookInfo(): Promise<WebhookInfo>;
  sendMessage(message: OutgoingMessage): Promise<{ readonly messageId: number }>;
  /**
   * Whether message `messageId` is ours with exactly this text and button ('match'), something else
   * ('other': a person's message, a service message, another text) or gone ('missing'). Uses an edit with
   * identical content, which Telegram refuses with "message is not modified" when it matches: call it only
   * on ids that are not known to be other messages of ours.
   */
  probeOwnMessage(message: OutgoingMessage, messageId: number): Promise<ProbeResult>;
  deleteMessage(chatId: number, messageId: number): Promise<void>;
  /** Replaces the text (and inline keyboard) of one of the bot's messages. */
  editMessage(chatId: number, messageId: number, text: string, keyboard: readonly (readonly InlineButton[])[] | null): Promise<void>;
  /** Answers an inline-button tap (the client's spinner stops; `text` shows as a toast, or an alert). */
  answerCallbackQuery(callbackQueryId: string, text: string | null, showAlert: boolean): Promise<void>;
  /** Opens a forum topic (Bot API createForumTopic; the bot needs can_manage_topics): its message_thread_id. */
  createForumTopic(chatId: number, name: string): Promise<{ readonly threadId: number }>;
  getFile(fileId: string): Promise<TelegramFileRef>;
  /** The bytes of a file from getFile (at most TELEGRAM_DOWNLOAD_LIMIT_BYTES). */
  downloadFile(filePath: string): Promise<Uint8Array>;
  /** The command menu, for all chats or for one language (`languageCode`, e.g. 'ru'). */
  setMyCommands(commands: readonly BotCommandSpec[], languageCode: string | null): Promise<void>;
  /** A person's status in a chat (getChatMember): 'creator', 'administrator', 'member', 'restricted', 'left' or 'kicked'. */
  getChatMember(chatId: number, userId: number): Promise<{ readonly status: string }>;
}

export interface TelegramBotFactory {
  forToken(token: string): TelegramBot;
}

/** Storage operations beyond KeyValueStore: create-if-absent and expiry (Forge KVS keyPolicy and ttl). */
export interface AtomicStore {
  /** Writes only when the key does not exist; false when it does. */
  createIfAbsent<T>(key: string, value: T, ttlSeconds?: number): Promise<boolean>;
  put<T>(key: string, value: T, ttlSeconds: number): Promise<void>;
}

export interface DrainQueue {
  /** Asks for an outbox drain in `delaySeconds` (0–900). */
  requestDrain(delaySeconds: number): Promise<void>;
}

export type CommentView = {
  readonly id: string;
  readonly text: string;
  readonly internal: boolean;
  readonly author: string | null;
  readonly created: number;
  /** Made by LineBridge from a client's Telegram message (comment property `linebridge.telegram`): never echoed back. */
  readonly fromTelegram?: boolean;
};

/** The Jira reads a notification needs, as the app. */
export interface IssueReader {
  /** With `clientIdFieldId` given (null: no such field), the snapshot's `clientId` is read in the same request. */
  issue(issueIdOrKey: string, withClient?: { readonly clientIdFieldId: string | null }): Promise<IssueSnapshot>;
  comment(issueId: string, commentId: string): Promise<CommentView | undefined>;
  userName(accountId: string): Promise<string | null>;
  statusCategories(): Promise<Readonly<Record<string, StatusCategory>>>;
}

export interface Sleeper {
  sleep(ms: number): Promise<void>;
}

export interface RandomSource {
  /** A unique id (attempt ids, lease owners). */
  id(): string;
  /** A secret of `length` characters from [A-Za-z0-9_-] (Telegram's secret_token alphabet). */
  secret(length: number): string;
}

/** The URL Telegram posts updates to (Forge webTrigger.getUrl). */
export interface WebhookUrlSource {
  url(): Promise<string>;
}
