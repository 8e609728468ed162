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

export type TelegramLinksResolverContract = {
  'telegram/links/list': { payload: Record<string, never>; result: TelegramLinksDto };
  'telegram/links/createCode': { payload: { projectKey: string; clientId?: string | null }; result: TelegramLinkCodeDto };
  'telegram/links/unlink': { payload: { chatId: number }; result: TelegramLinksDto };
};
