// Telegram ↔ Jira account links: a Jira person asks for a one-time code, opens the bot's deep link
// (`https://t.me/<bot>?start=<code>`) and the bot binds their Telegram user id to their Jira account. A tap
// on an inline button then acts as that Jira person. Pure data, key builders and the code format.

/** Deep-link codes expire after 10 minutes and work once. */
export const LINK_CODE_TTL_S = 600;
/** Telegram allows 1–64 characters [A-Za-z0-9_-] in a /start parameter; ours are "lb" + 32. */
export const LINK_CODE_LENGTH = 32;
const CODE = /^lb[A-Za-z0-9_-]{32}$/;

export type AccountLink = {
  readonly telegramUserId: number;
  readonly accountId: string;
  /** The Telegram name at link time, shown to the linked person only. */
  readonly telegramName: string;
  readonly linkedAt: number;
};

export type LinkCode = { readonly accountId: string; readonly expiresAt: number };

export const LINK_KEYS = {
  byTelegram: (telegramUserId: number): string => `tg:lnk:u:${telegramUserId}`,
  byTelegramPrefix: 'tg:lnk:u:',
  byAccount: (accountId: string): string => `tg:lnk:a:${accountId}`,
  code: (code: string): string => `tg:lnk:c:${code}`,
  used: (code: string): string => `tg:lnk:x:${code}`,
} as const;

export const isLinkCode = (value: string): boolean => CODE.test(value);

export const toLinkCode = (secret: string): string => `lb${secret}`;

/** The bot's deep link that opens the private chat and sends `/start <code>`. */
export function deepLink(botUsername: string, code: string): string {
  return `https://t.me/${encodeURIComponent(botUsername)}?start=${code}`;
}
