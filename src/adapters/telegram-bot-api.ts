// TelegramBot over node-telegram-bot-api v2. The client's own retries are off (a retried send after a 5xx
// could post twice; delivery decides instead), its fetch is global fetch read at call time (Forge egress;
// the sandbox routes it to the stand-in). Failures become TelegramCallError. Never puts the token, a
// request URL or the client's `cause` (which holds the URL) into an error message.
import { Api, NetworkError, ParseError, TelegramApiError, TimeoutError, type ForceReply, type InlineKeyboardButton, type InlineKeyboardMarkup } from 'node-telegram-bot-api';
import { TelegramCallError, type TelegramFailure } from '../domain/model/telegram/telegram-failure';
import { TELEGRAM_DOWNLOAD_LIMIT_BYTES, type BotCommandSpec, type BotIdentity, type InlineButton, type OutgoingMessage, type ProbeResult, type TelegramBot, type TelegramBotFactory, type TelegramFileRef, type WebhookInfo } from '../domain/ports-telegram';

export type TelegramClientOptions = {
  /** Default https://api.telegram.org (the egress the manifest allows). */
  readonly apiRoot?: string;
  /** Per request; a send that takes longer counts as a lost answer. */
  readonly timeoutMs: number;
};

const ALLOWED_UPDATES = ['message', 'edited_message', 'my_chat_member', 'callback_query'];
const DEFAULT_API_ROOT = 'https://api.telegram.org';

function failureOf(error: TelegramApiError): TelegramFailure {
  const migrateTo = error.migrateToChatId;
  if (migrateTo !== undefined) return { kind: 'migrated', newChatId: migrateTo };
  if (error.errorCode === 429) return { kind: 'rateLimited', retryAfterSeconds: Math.max(1, error.retryAfter ?? 5) };
  if (error.errorCode === 401 || error.errorCode === 404) return { kind: 'unauthorized' };
  if (error.errorCode === 403) return { kind: 'forbidden' };
  if (error.errorCode >= 500) return { kind: 'ambiguous' };
  if (/chat not found/i.test(error.description)) return { kind: 'chatNotFound' };
  return { kind: 'rejected' };
}

/** The one translation of client errors (STYLE.md rule 3). */
export function toTelegramError(error: unknown): unknown {
  if (error instanceof TelegramApiError) return new TelegramCallError(failureOf(error), `${error.errorCode} ${error.description}`, error.errorCode);
  if (error instanceof TimeoutError) return new TelegramCallError({ kind: 'ambiguous' }, 'no answer before the timeout', undefined);
  if (error instanceof ParseError) return new TelegramCallError({ kind: 'ambiguous' }, 'unreadable answer', undefined);
  if (error instanceof NetworkError) return new TelegramCallError({ kind: 'ambiguous' }, 'network error', undefined);
  return error;
}

async function call<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw toTelegramError(error);
  }
}

const toButton = (b: InlineButton): InlineKeyboardButton =>
  'url' in b ? { text: b.text, url: b.url } : { text: b.text, callback_data: b.callbackData };

const rows = (keyboard: readonly (readonly InlineButton[])[]): InlineKeyboardMarkup => ({ inline_keyboard: keyboard.map((row) => row.map(toButton)) });

const keyboard = (message: OutgoingMessage): InlineKeyboardMarkup | undefined => {
  if (message.keyboard && message.keyboard.length > 0) return rows(message.keyboard);
  return message.button ? { inline_keyboard: [[{ text: message.button.text, url: message.button.url }]] } : undefined;
};

const markupOf = (message: OutgoingMessage): InlineKeyboardMarkup | ForceReply | undefined => {
  if (message.forceReply) {
    return { force_reply: true, selective: message.forceReply.selective, ...(message.forceReply.placeholder ? { input_field_placeholder: message.forceReply.placeholder } : {}) };
  }
  return keyboard(message);
};

export class TelegramBotApi implements TelegramBot {
  private readonly api: Api;
  private readonly fileRoot: string;
  private readonly timeoutMs: number;

  constructor(token: string, opts: TelegramClientOptions) {
    this.fileRoot = `${(opts.apiRoot ?? DEFAULT_API_ROOT).replace(/\/+$/, '')}/file/bot${token}/`;
    this.timeoutMs = opts.timeoutMs;
    this.api = new Api(token, {
      ...(opts.apiRoot ? { apiRoot: opts.apiRoot } : {}),
      fetch: (input, init) => globalThis.fetch(input, init),
      maxRetries: 0,
      timeoutMs: opts.timeoutMs,
    });
  }

  getMe(): Promise<BotIdentity> {
    return call(async () => {
      const me = await this.api.getMe();
      return { id: me.id, username: me.username ?? '', firstName: me.first_name };
    });
  }

  setWebhook(url: string, secret: string): Promise<void> {
    return call(async () => {
      await this.api.setWebhook({ url, secret_token: secret, allowed_updates: ALLOWED_UPDATES });
    });
  }

  deleteWebhook(): Promise<void> {
    return call(async () => {
      await this.api.deleteWebhook({});
    });
  }

  getWebhookInfo(): Promise<WebhookInfo> {
    return call(async () => {
      const info = await this.api.getWebhookInfo();
      return { url: info.url, pendingUpdateCount: info.pending_update_count, lastErrorDate: info.last_error_date ?? null, lastErrorMessage: info.last_error_message ?? null };
    });
  }

  sendMessage(message: OutgoingMessage): Promise<{ readonly messageId: number }> {
    const markup = markupOf(message);
    return call(async () => {
      const sent = await this.api.sendMessage({
        chat_id: message.chatId,
        text: message.text,
        parse_mode: 'HTML',
        link_preview_options: { is_disabled: true },
        ...(message.threadId !== null ? { message_thread_id: message.threadId } : {}),
        ...(message.replyTo !== null ? { reply_parameters: { message_id: message.replyTo, allow_sending_without_reply: true } } : {}),
        ...(markup ? { reply_markup: markup } : {}),
      });
      return { messageId: sent.message_id };
    });
  }

  async probeOwnMessage(message: OutgoingMessage, messageId: number): Promise<ProbeResult> {
    const markup = keyboard(message);
    try {
      await this.api.editMessageText({ chat_id: message.chatId, message_id: messageId, text: message.text, parse_mode: 'HTML', ...(markup ? { reply_markup: markup } : {}) });
      return 'other';
    } catch (error) {
      if (error instanceof TelegramApiError && error.errorCode === 400) {
        if (/message is not modified/i.test(error.description)) return 'match';
        if (/message to edit not found/i.test(error.description)) return 'missing';
        return 'other';
      }
      throw toTelegramError(error);
    }
  }

  deleteMessage(chatId: number, messageId: number): Promise<void> {
    return call(async () => {
      await this.api.deleteMessage({ chat_id: chatId, message_id: messageId });
    });
  }

  editMessage(chatId: number, messageId: number, text: string, buttons: readonly (readonly InlineButton[])[] | null): Promise<void> {
    return call(async () => {
      await this.api.editMessageText({
        chat_id: chatId, message_id: messageId, text, parse_mode: 'HTML', link_preview_options: { is_disabled: true },
        ...(buttons && buttons.length > 0 ? { reply_markup: rows(buttons) } : {}),
      });
    });
  }

  answerCallbackQuery(callbackQueryId: string, text: string | null, showAlert: boolean): Promise<void> {
    return call(async () => {
      await this.api.answerCallbackQuery({ callback_query_id: callbackQueryId, ...(text ? { text, show_alert: showAlert } : {}) });
    });
  }

  createForumTopic(chatId: number, name: string): Promise<{ readonly threadId: number }> {
    return call(async () => {
      const topic = await this.api.createForumTopic({ chat_id: chatId, name });
      return { threadId: topic.message_thread_id };
    });
  }

  getFile(fileId: string): Promise<TelegramFileRef> {
    return call(async () => {
      const f = await this.api.getFile({ file_id: fileId });
      return { fileId: f.file_id, filePath: f.file_path ?? null, fileSize: f.file_size ?? null };
    });
  }

  async downloadFile(filePath: string): Promise<Uint8Array> {
    // The file URL holds the token: it never goes into an error message.
    let response: Response;
    try {
      response = await globalThis.fetch(this.fileRoot + filePath.split('/').map(encodeURIComponent).join('/'), { signal: AbortSignal.timeout(this.timeoutMs) });
    } catch {
      throw new TelegramCallError({ kind: 'ambiguous' }, 'file download failed (network or timeout)', undefined);
    }
    if (!response.ok) {
      throw new TelegramCallError(response.status === 401 ? { kind: 'unauthorized' } : { kind: 'rejected' }, `file download answered ${response.status}`, response.status);
    }
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.byteLength > TELEGRAM_DOWNLOAD_LIMIT_BYTES) throw new TelegramCallError({ kind: 'rejected' }, 'file is too big', 400);
    return bytes;
  }

  getChatMember(chatId: number, userId: number): Promise<{ readonly status: string }> {
    return call(async () => {
      const member = await this.api.getChatMember({ chat_id: chatId, user_id: userId });
      return { status: member.status };
    });
  }

  setMyCommands(commands: readonly BotCommandSpec[], languageCode: string | null): Promise<void> {
    return call(async () => {
      await this.api.setMyCommands({ commands: commands.map((c) => ({ command: c.command, description: c.description })), ...(languageCode ? { language_code: languageCode } : {}) });
    });
  }
}

export function telegramBotFactory(opts: TelegramClientOptions): TelegramBotFactory {
  return { forToken: (token) => new TelegramBotApi(token, opts) };
}
