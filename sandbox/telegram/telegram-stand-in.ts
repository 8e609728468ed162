// The Telegram Bot API stand-in: serves `/bot<token>/<method>` with Telegram's envelope, persisted in the
// sandbox SQLite (tables tg_*), and offers the people's side (chats, posts, button taps, faults) to tests and
// the shell. `handle` never throws: every failure is an `{ok:false, error_code, description}` answer.
import type { SqliteDb } from '../db/sqlite';
import type { StandInRequest, StandInResponse } from '../http-types';
import { errorResponse, okResponse, TgError, tgErrors } from './telegram-errors';
import { FaultBook, type FaultKind, type FaultOptions } from './telegram-faults';
import { METHODS } from './telegram-methods';
import { Params } from './telegram-params';
import * as people from './telegram-people';
import { editAsPerson, postAsPerson, pressButton, type Posted, type PostOptions } from './telegram-person-actions';
import { downloadFile, FileStore, getFileMethod } from './telegram-files';
import { RateLimiter, TELEGRAM_LIMITS, type TelegramLimits } from './telegram-rate';
import { TelegramStore, type BotDoc, type CallbackDoc, type ChatDoc, type StoredMessage, type TopicDoc } from './telegram-store';
import type { ChatType, TgChat, TgUpdate, TgUser } from './telegram-types';
import { UpdateQueue } from './telegram-updates';
import { WebhookPump, type Schedule, type WebhookDeliver } from './telegram-webhook';
import type { Ctx } from './telegram-world';

export type { BotDoc, CallbackDoc, ChatDoc, StoredMessage, TopicDoc } from './telegram-store';
export type { Posted, PostOptions } from './telegram-person-actions';
export type { BotSpec, ChatOptions, UserSpec } from './telegram-people';
export type { Schedule, WebhookDeliver } from './telegram-webhook';
export type { FaultKind, FaultOptions } from './telegram-faults';
export { TELEGRAM_LIMITS, type TelegramLimits } from './telegram-rate';

export const DEFAULT_BOT: people.BotSpec = { token: '7000000001:AAHsandboxLineBridgeBotToken0000001', username: 'linebridge_bot', firstName: 'LineBridge' };

export type TelegramStandInOptions = {
  readonly db: SqliteDb;
  /** Epoch milliseconds; drives dates, flood control, update expiry, webhook retries and callback expiry. */
  readonly now?: () => number;
  /** Sends a webhook POST (the host routes it to its web trigger). Default: every delivery fails. */
  readonly deliver?: WebhookDeliver;
  /** Timers on the `now` clock (the host passes HostClock.schedule). Default: setTimeout. */
  readonly schedule?: Schedule;
  /** Bots to create if absent; default one bot, DEFAULT_BOT. */
  readonly bots?: readonly people.BotSpec[];
  readonly limits?: TelegramLimits;
  /** Upper bound of a getUpdates long poll, in real milliseconds (default 25 s). */
  readonly longPollCapMs?: number;
  /** How long a callback query can be answered (default 15 s). */
  readonly callbackTtlMs?: number;
  /** Accept http:// and any port in setWebhook (the sandbox's web triggers); Telegram itself does not. */
  readonly allowInsecureWebhooks?: boolean;
  /** How long an injected 'timeout' fault hangs before answering 502 (default 30 s, real time). */
  readonly hangMs?: number;
};

const TOKEN_FORMAT = (t: string): boolean => t !== '' && t[0] !== '0' && t.length <= 80 && !t.includes('/') && t.includes(':');

export class TelegramStandIn {
  private readonly ctx: Ctx;
  private readonly store: TelegramStore;
  private readonly pump: WebhookPump;
  private readonly faults: FaultBook;
  private readonly files: FileStore;
  private readonly getFile: ReturnType<typeof getFileMethod>;
  /** The last unexpected error (answered as 500), for debugging the stand-in itself. */
  lastInternalError: unknown;

  constructor(opts: TelegramStandInOptions) {
    const now = opts.now ?? Date.now;
    this.store = new TelegramStore(opts.db);
    const schedule: Schedule = opts.schedule ?? ((at, run) => { const t = setTimeout(run, Math.max(0, at - now())); t.unref(); return () => clearTimeout(t); });
    const deliver: WebhookDeliver = opts.deliver ?? (async () => { throw new Error('no webhook receiver'); });
    const pumpRef: { current?: WebhookPump } = {};
    const queue = new UpdateQueue(this.store, now, opts.longPollCapMs ?? 25_000, (botId) => pumpRef.current?.kick(botId));
    this.pump = new WebhookPump(this.store, queue, now, deliver, schedule);
    pumpRef.current = this.pump;
    this.faults = new FaultBook(opts.hangMs ?? 30_000);
    this.files = new FileStore(opts.db);
    this.getFile = getFileMethod(this.files);
    this.ctx = {
      store: this.store, now, queue, rate: new RateLimiter(now, opts.limits ?? TELEGRAM_LIMITS), callbackTtlMs: opts.callbackTtlMs ?? 15_000,
      allowInsecureWebhooks: opts.allowInsecureWebhooks ?? false, webhookChanged: (botId) => this.pump.reset(botId),
    };
    for (const spec of opts.bots ?? (this.store.bots().length === 0 ? [DEFAULT_BOT] : [])) {
      const exists = this.store.bots().some((b) => b.username === spec.username || (spec.token !== undefined && b.id === Number(spec.token.split(':')[0])));
      if (!exists) people.createBot(this.ctx, spec);
    }
    for (const bot of this.store.bots()) if (bot.webhookUrl !== '') this.pump.kick(bot.id);
  }

  async handle(req: StandInRequest): Promise<StandInResponse> {
    try {
      const file = /^\/file\/bot([^/]*)\/(.+)$/.exec(req.path);
      if (file) {
        if (!this.store.botByToken(file[1] ?? '')) throw tgErrors.notFound();
        return downloadFile(this.files, this.ctx.now(), file[2] ?? '');
      }
      const m = /^\/bot([^/]*)\/([^/]+)$/.exec(req.path);
      if (!m) throw tgErrors.notFound();
      const [, token = '', name = ''] = m;
      if (!TOKEN_FORMAT(token)) throw tgErrors.invalidToken();
      const bot = this.store.botByToken(token);
      if (!bot) throw tgErrors.unauthorized();
      const method = name.toLowerCase() === 'getfile' ? this.getFile : METHODS.get(name.toLowerCase());
      if (!method) throw tgErrors.notFound();
      const fault = this.faults.take(name);
      if (fault && !fault.applied) return await this.faults.respond(fault);
      const params = await Params.from(req);
      const answer = await this.store.transaction(() => method(this.ctx, bot, params));
      return fault ? await this.faults.respond(fault) : okResponse(answer.result, answer.description);
    } catch (error) {
      if (error instanceof TgError) return errorResponse(error);
      this.lastInternalError = error;
      return errorResponse(tgErrors.internal());
    }
  }

  // ----- the people's side: what Telegram apps do -----
  createBot(spec: people.BotSpec): BotDoc { return people.createBot(this.ctx, spec); }
  createUser(spec: people.UserSpec): TgUser { return people.createUser(this.ctx, spec); }
  createChat(type: ChatType, title: string, members: readonly number[], opts?: people.ChatOptions): TgChat {
    return this.store.transaction(() => people.createChat(this.ctx, this.defaultBot().id, type, title, members, opts));
  }
  addMember(chatId: number, userId: number, status?: 'member' | 'administrator'): void { this.store.transaction(() => people.addMember(this.ctx, chatId, userId, status)); }
  setAdmin(chatId: number, userId: number, isAdmin: boolean): void { people.setAdmin(this.ctx, chatId, userId, isAdmin); }
  kickBot(chatId: number, botId = this.defaultBot().id): void { people.kickBot(this.ctx, chatId, botId); }
  migrateToSupergroup(chatId: number): number { return this.store.transaction(() => people.migrateToSupergroup(this.ctx, chatId)); }
  createForumTopic(chatId: number, name: string, byUserId?: number): TopicDoc { return people.createForumTopic(this.ctx, chatId, name, byUserId); }
  setForumTopicClosed(chatId: number, threadId: number, closed: boolean): TopicDoc { return this.store.transaction(() => people.setForumTopicClosed(this.ctx, chatId, threadId, closed)); }
  deleteForumTopic(chatId: number, threadId: number): void { this.store.transaction(() => people.deleteForumTopic(this.ctx, chatId, threadId)); }
  postAsPerson(chatId: number, userId: number, text: string, opts?: PostOptions): Posted { return this.store.transaction(() => postAsPerson(this.ctx, chatId, userId, text, opts, this.files)); }
  editAsPerson(chatId: number, messageId: number, userId: number, text: string): TgUpdate[] { return this.store.transaction(() => editAsPerson(this.ctx, chatId, messageId, userId, text)); }
  pressButton(chatId: number, messageId: number, userId: number, data: string): TgUpdate | undefined { return pressButton(this.ctx, chatId, messageId, userId, data); }
  /** A person opens their private chat with a bot (the chat is created on first use, as t.me/<bot> does). */
  openPrivateChat(userId: number, botId?: number): TgChat {
    return this.store.transaction(() => people.openPrivateChat(this.ctx, this.defaultBot().id, userId, botId));
  }

  // ----- reading state -----
  /** Everything in a chat, oldest first: people's and the bot's messages (entities parsed), service messages. */
  listMessages(chatId: number): StoredMessage[] { return this.store.messages(chatId); }
  chats(): ChatDoc[] { return this.store.chats(); }
  chat(chatId: number): ChatDoc | undefined { return this.store.chat(chatId); }
  topics(chatId: number): TopicDoc[] { return this.store.topics(chatId); }
  members(chatId: number): Array<{ readonly user: TgUser; readonly status: string }> {
    return this.store.members(chatId).flatMap((m) => { const user = this.store.user(m.userId); return user ? [{ user, status: m.status }] : []; });
  }
  callbackAnswer(callbackQueryId: string): CallbackDoc | undefined { return this.store.callback(callbackQueryId); }
  /** Everyone the stand-in knows, people and bots. */
  users(): TgUser[] { return this.store.users(); }
  bots(): BotDoc[] { return this.store.bots(); }
  bot(id?: number): BotDoc { return id === undefined ? this.defaultBot() : this.store.bot(id) ?? this.fail(`no bot ${id}`); }

  // ----- operating the bot and faults -----
  /** BotFather /revoke: the old token answers 401 from now on; returns the new one. */
  revokeToken(botId = this.defaultBot().id): string {
    const bot = this.bot(botId);
    const token = `${bot.id}:AAR${this.store.next(`revoke:${bot.id}`, 1).toString(36).padStart(4, '0')}${bot.token.slice(-28)}`;
    this.store.putBot({ ...bot, token });
    return token;
  }
  /** BotFather /setprivacy. */
  setPrivacy(enabled: boolean, botId = this.defaultBot().id): void { this.store.putBot({ ...this.bot(botId), privacy: enabled }); }
  failNext(method: string, kind: FaultKind, opts?: FaultOptions): void { this.faults.add(method, kind, opts); }
  clearFaults(): void { this.faults.clear(); }
  /** Resolves when no webhook delivery is in flight (scheduled retries excluded). */
  webhookIdle(): Promise<void> { return this.pump.idle(); }

  private defaultBot(): BotDoc { return this.store.bots()[0] ?? this.fail('no bot'); }
  private fail(what: string): never { throw new Error(`Telegram stand-in: ${what}`); }
}
