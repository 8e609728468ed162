// Resolver payloads and results of the Telegram bridge (admin page). Types only. The bot token goes in
// (telegram/connect) and never comes back: results carry a mask such as `7000000001:…0001`.
export type TelegramBotStateKey = 'notConnected' | 'ok' | 'tokenRevoked';
export type TelegramChatStateKey = 'ok' | 'kicked' | 'notFound' | 'rateLimited';

export type TelegramChatHealthDto = {
  /** The chat id routes name. */
  readonly chatId: number;
  /** Where messages go now (differs after a group became a supergroup). */
  readonly targetId: number;
  readonly title: string | null;
  readonly state: TelegramChatStateKey;
  readonly rateLimitedUntil: string | null;
  readonly migratedFrom: readonly number[];
  readonly pending: number;
  readonly dead: number;
  readonly delivered: number;
  readonly lastDeliveredAt: string | null;
  readonly lastError: string | null;
  readonly lastErrorAt: string | null;
};

export type TelegramKnownChatDto = {
  readonly chatId: number;
  readonly title: string;
  readonly type: string;
  readonly isForum: boolean;
  readonly botStatus: string;
};

export type TelegramStatusDto = {
  readonly bot: {
    readonly state: TelegramBotStateKey;
    readonly username: string | null;
    readonly tokenMask: string | null;
    readonly connectedAt: string | null;
    readonly connectedBy: string | null;
    readonly lastError: string | null;
  };
  /** Telegram's getWebhookInfo; null when no bot is connected or Telegram could not be asked. */
  readonly webhook: {
    readonly urlMatches: boolean;
    readonly pendingUpdateCount: number;
    readonly lastErrorAt: string | null;
    readonly lastErrorMessage: string | null;
  } | null;
  readonly outbox: {
    readonly pending: number;
    readonly dead: number;
    readonly lastDeliveryAt: string | null;
    readonly lastError: string | null;
    readonly lastErrorAt: string | null;
  };
  readonly chats: readonly TelegramChatHealthDto[];
  readonly knownChats: readonly TelegramKnownChatDto[];
  /** How many people linked their Telegram account to Jira (never who). */
  readonly accountLinks: number;
};

/** The caller's own Telegram ↔ Jira link (issue panel): never anyone else's. */
export type TelegramAccountLinkDto = {
  readonly botConnected: boolean;
  readonly botUsername: string | null;
  readonly linked: boolean;
  /** The Telegram name at link time. */
  readonly telegramName: string | null;
  readonly linkedAt: string | null;
  /** Only in the answer to `create`: the one-time deep link and when it expires. */
  readonly deepLink: string | null;
  readonly expiresAt: string | null;
};

export type TelegramResolverContract = {
  'telegram/status': { payload: Record<string, never>; result: TelegramStatusDto };
  'telegram/connect': { payload: { token: string }; result: TelegramStatusDto };
  'telegram/disconnect': { payload: Record<string, never>; result: TelegramStatusDto };
  'telegram/retryDeadLetters': { payload: { chatId?: number }; result: TelegramStatusDto };
};
