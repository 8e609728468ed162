// Resolver payloads and results of the Telegram chat intake's admin block ("Client chats"): one-time link
// codes (the code is in the result of `createCode` only, never listed again) and linked chats. Types only.
export type TelegramLinkDto = {
  readonly chatId: number;
  readonly title: string;
  readonly projectKey: string;
  readonly clientId: string | null;
  readonly linkedAt: string;
  /** The group administrator who sent `/link`: name and @username. */
  readonly linkedBy: string;
};

export type TelegramLinksDto = {
  readonly links: readonly TelegramLinkDto[];
  /** Projects that have an incident template (a code can be made for these). */
  readonly projects: readonly string[];
  readonly botUsername: string | null;
};

export type TelegramLinkCodeDto = {
  readonly code: string;
  /** What to paste into the group: `/link CODE`. */
  readonly command: string;
  readonly projectKey: string;
  readonly clientId: string | null;
  readonly expiresAt: string;
};

/** The two-way conversation's settings in effect ("Client conversations"), and where they come from. */
export type TelegramConversationDto = {
  /** `settings`: saved in the telegram section; `legacy`: the older KVS key `tg:conv:settings`; `defaults`: neither. */
  readonly source: 'settings' | 'legacy' | 'defaults';
  readonly value: {
    readonly resumeOnClientReply: boolean;
    readonly waitingStatuses: readonly string[];
    readonly resumeTo: string;
    readonly repeatAfterMinutes: number;
  };
};

export type TelegramLinksResolverContract = {
  'telegram/links/list': { payload: Record<string, never>; result: TelegramLinksDto };
  'telegram/links/createCode': { payload: { projectKey: string; clientId?: string | null }; result: TelegramLinkCodeDto };
  'telegram/links/unlink': { payload: { chatId: number }; result: TelegramLinksDto };
  'telegram/conversation/settings': { payload: Record<string, never>; result: TelegramConversationDto };
};
