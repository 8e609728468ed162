// How a Bot API call failed, in the terms delivery decides on. The Telegram adapter translates the
// client's errors into these (STYLE.md rule 3); messages never carry the token or request URLs.
import { UpstreamError } from '../../errors';
import type { ErrorPayload } from '../../../shared/result';

export type TelegramFailure =
  /** 429: not applied; wait `retryAfterSeconds`. */
  | { readonly kind: 'rateLimited'; readonly retryAfterSeconds: number }
  /** 400 with migrate_to_chat_id: the group is now a supergroup; not applied. */
  | { readonly kind: 'migrated'; readonly newChatId: number }
  /** 403: kicked from the group, or the person blocked the bot. */
  | { readonly kind: 'forbidden' }
  /** 400 chat not found. */
  | { readonly kind: 'chatNotFound' }
  /** 401: the token was revoked or is wrong. */
  | { readonly kind: 'unauthorized' }
  /** 400 for this request (bad markup, deleted topic, …): retrying the same request cannot help. */
  | { readonly kind: 'rejected' }
  /** 5xx, timeout, network: the request may or may not have been applied. */
  | { readonly kind: 'ambiguous' };

export class TelegramCallError extends UpstreamError {
  constructor(
    readonly failure: TelegramFailure,
    /** Telegram's description (never contains the token), or the transport's kind of failure. */
    readonly description: string,
    status: number | undefined,
  ) {
    super(`Telegram: ${description}`, 'telegram', status, {
      retryable: failure.kind === 'rateLimited' || failure.kind === 'ambiguous',
      ...(failure.kind === 'rateLimited' ? { retryAfterMs: failure.retryAfterSeconds * 1000 } : {}),
    });
  }

  /** The UI names Telegram, not Jira (UpstreamError's default texts speak of Jira). */
  override toPayload(): ErrorPayload {
    const base = super.toPayload();
    return { ...base, messageKey: this.failure.kind === 'rateLimited' ? 'error.telegramThrottled' : 'error.telegram' };
  }
}

/** `7000000001:…0001`: enough to recognise a bot, useless to an attacker. */
export function maskToken(token: string): string {
  const [id = ''] = token.split(':');
  return `${id}:…${token.slice(-4)}`;
}

/** BotFather's format: the bot id, a colon, 30+ characters of [A-Za-z0-9_-]. */
export const TOKEN_FORMAT = /^\d{5,15}:[A-Za-z0-9_-]{30,80}$/;

/** Removes anything that looks like a bot token from text that may reach a log or the admin page. */
export function redactTokens(text: string): string {
  return text.replace(/\d{5,15}:[A-Za-z0-9_-]{30,80}/g, '[token]');
}
