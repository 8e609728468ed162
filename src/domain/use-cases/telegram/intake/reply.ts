// Sends one intake reply into the chat (and forum topic) the update came from: paced (reply-pacing.ts),
// recorded as the bot's own message (so the outbox's lost-message probes never edit it), texts built from
// the i18n table with every outside value escaped. A reply Telegram refuses is logged, never retried by
// resending the update (the draft stays, `/ticket` shows the current question again).
import { translate, type Locale, type MessageKey } from '../../../../shared/i18n';
import type { InlineButton } from '../../../ports-telegram';
import { escapeHtml, TELEGRAM_TEXT_LIMIT, visibleLength } from '../../../rules/telegram/html';
import { sendOwnMessage } from '../bot-call';
import type { UpdateDeps } from '../dispatch-types';
import type { ParsedMessage } from '../update-shape';
import { takeReplySlot } from './reply-pacing';

/** A bot text: the template is trusted (our i18n table, may hold <b>), every parameter is escaped. */
export function say(locale: Locale, key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  const escaped = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'number' ? v : escapeHtml(v)]));
  return translate(locale, key, escaped);
}

export type ReplyOptions = {
  /** Ask this message's author to answer (ForceReply, selective: works with privacy mode on). */
  readonly forceReply?: { readonly placeholder: string | null };
  readonly keyboard?: readonly (readonly InlineButton[])[];
  /** Reply to this message instead of the update's message. */
  readonly replyTo?: number | null;
};

/** Reserves the send slot first: call before changing any state (it may defer the whole update). */
export async function prepareReply(deps: UpdateDeps, message: ParsedMessage): Promise<void> {
  await takeReplySlot(deps, message.chat.id, message.chat.type);
}

/** Sends the reply (the slot taken by prepareReply); returns its message id, or null when Telegram refused. */
export async function sendReply(deps: UpdateDeps, message: ParsedMessage, html: string, opts: ReplyOptions = {}): Promise<number | null> {
  // Every text is built from capped pieces; this is the last line of defence against "message is too long".
  const text = visibleLength(html) > TELEGRAM_TEXT_LIMIT ? escapeHtml(html.replace(/<[^>]*>/g, '').slice(0, TELEGRAM_TEXT_LIMIT - 10)) : html;
  return sendOwnMessage(deps, {
    chatId: message.chat.id, text, threadId: message.threadId, replyTo: opts.replyTo === undefined ? message.messageId : opts.replyTo, button: null,
    ...(opts.keyboard ? { keyboard: opts.keyboard } : {}),
    ...(opts.forceReply ? { forceReply: { placeholder: opts.forceReply.placeholder, selective: true } } : {}),
  }, 'telegram intake reply not sent');
}
