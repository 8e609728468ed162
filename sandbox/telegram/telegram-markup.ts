// reply_markup as the Bot API checks it: an inline keyboard (each button needs exactly one action; callback_data
// 1-64 bytes), ForceReply, a reply keyboard or its removal. Only an inline keyboard is echoed in the Message.
import { tgErrors } from './telegram-errors';
import type { Params } from './telegram-params';
import type { TgInlineButton, TgInlineKeyboard } from './telegram-types';

export type Markup = { readonly raw: unknown; readonly inline?: TgInlineKeyboard };

const ACTIONS = ['callback_data', 'url', 'login_url', 'switch_inline_query', 'switch_inline_query_current_chat', 'switch_inline_query_chosen_chat', 'callback_game', 'pay', 'web_app', 'copy_text'];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function readMarkup(params: Params): Markup | undefined {
  const raw = params.json('reply_markup', tgErrors.markupJson);
  if (raw === undefined) return undefined;
  if (!isRecord(raw)) throw tgErrors.markupJson();
  if (raw.inline_keyboard === undefined) {
    const known = raw.force_reply === true || raw.remove_keyboard === true || Array.isArray(raw.keyboard);
    if (!known) throw tgErrors.badRequest("can't parse reply keyboard markup JSON object");
    return { raw };
  }
  if (!Array.isArray(raw.inline_keyboard)) throw tgErrors.badRequest('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array');
  const rows: TgInlineButton[][] = [];
  for (const row of raw.inline_keyboard as unknown[]) {
    if (!Array.isArray(row)) throw tgErrors.badRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
    rows.push((row as unknown[]).map(readButton));
  }
  return { raw, inline: { inline_keyboard: rows } };
}

function readButton(button: unknown): TgInlineButton {
  if (!isRecord(button)) throw tgErrors.badRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
  if (typeof button.text !== 'string') throw tgErrors.badRequest("can't parse inline keyboard button: Field \"text\" must be of type String");
  const actions = ACTIONS.filter((a) => button[a] !== undefined);
  if (actions.length === 0) throw tgErrors.textButtonsInInline();
  if (button.callback_data !== undefined) {
    const data = typeof button.callback_data === 'string' ? button.callback_data : JSON.stringify(button.callback_data);
    const size = Buffer.byteLength(data, 'utf8');
    if (size < 1 || size > 64) throw tgErrors.buttonDataInvalid();
    return { text: button.text, callback_data: data };
  }
  if (typeof button.url === 'string') return { text: button.text, url: button.url };
  return { text: button.text };
}
