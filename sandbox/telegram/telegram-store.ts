// SQLite persistence of the Telegram stand-in (tables `tg_*` in the sandbox database): bots, people, chats,
// members, forum topics, messages, the per-bot update queue, callback queries, commands and id counters.
// Rows hold the stand-in's own JSON documents; this file stores and reads, it never decides Telegram rules.
import type { Row, SqliteDb } from '../db/sqlite';
import type { ChatType, MemberStatus, TgBotCommand, TgMessage, TgUpdate, TgUser, UpdateKind } from './telegram-types';

export type BotDoc = {
  readonly id: number;
  readonly token: string;
  readonly username: string;
  readonly firstName: string;
  readonly privacy: boolean;
  readonly webhookUrl: string;
  readonly webhookSecret: string;
  readonly allowedUpdates: readonly UpdateKind[] | null;
  readonly maxConnections: number;
  readonly lastErrorDate: number | null;
  readonly lastErrorMessage: string | null;
};
export type ChatDoc = {
  readonly id: number;
  readonly type: ChatType;
  readonly title: string | null;
  readonly username: string | null;
  readonly isForum: boolean;
  readonly migratedTo: number | null;
  /** Private chats: the bot the person talks to. */
  readonly botId: number | null;
};
export type TopicDoc = { readonly chatId: number; readonly threadId: number; readonly name: string; readonly iconColor: number; readonly closed?: boolean };
export type Sender = 'bot' | 'person' | 'service';
/** `markup`: the reply_markup as sent (ForceReply and reply keyboards are not part of the Message object). */
export type StoredMessage = { readonly message: TgMessage; readonly sender: Sender; readonly deleted: boolean; readonly markup?: unknown };
export type CallbackDoc = {
  readonly id: string;
  readonly botId: number;
  readonly chatId: number;
  readonly messageId: number;
  readonly created: number;
  readonly answered: boolean;
  readonly answerText?: string;
  readonly showAlert?: boolean;
};

const SCHEMA = `
CREATE TABLE IF NOT EXISTS tg_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS tg_bots (id INTEGER PRIMARY KEY, token TEXT NOT NULL UNIQUE, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS tg_users (id INTEGER PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS tg_chats (id INTEGER PRIMARY KEY, username TEXT, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS tg_members (chat_id INTEGER NOT NULL, user_id INTEGER NOT NULL, status TEXT NOT NULL, PRIMARY KEY (chat_id, user_id));
CREATE TABLE IF NOT EXISTS tg_topics (chat_id INTEGER NOT NULL, thread_id INTEGER NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (chat_id, thread_id));
CREATE TABLE IF NOT EXISTS tg_messages (chat_id INTEGER NOT NULL, message_id INTEGER NOT NULL, sender TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, markup TEXT, doc TEXT NOT NULL, PRIMARY KEY (chat_id, message_id));
CREATE TABLE IF NOT EXISTS tg_updates (bot_id INTEGER NOT NULL, update_id INTEGER NOT NULL, created INTEGER NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (bot_id, update_id));
CREATE TABLE IF NOT EXISTS tg_callbacks (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS tg_commands (bot_id INTEGER NOT NULL, scope TEXT NOT NULL, lang TEXT NOT NULL, doc TEXT NOT NULL, PRIMARY KEY (bot_id, scope, lang));`;

function parse<T>(value: Row[string] | undefined): T | undefined {
  return typeof value === 'string' ? (JSON.parse(value) as T) : undefined;
}

function toStored(row: Row): StoredMessage {
  const message = parse<TgMessage>(row.doc);
  if (!message) throw new Error('tg_messages: malformed row');
  const markup = parse<unknown>(row.markup);
  return { message, sender: String(row.sender) as Sender, deleted: row.deleted === 1, ...(markup === undefined ? {} : { markup }) };
}

export class TelegramStore {
  constructor(private readonly db: SqliteDb) {
    db.exec(SCHEMA);
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn);
  }

  /** Next value of a named counter, starting at `first`. */
  next(key: string, first: number): number {
    const row = this.db.get('SELECT value FROM tg_meta WHERE key = ?', [key]);
    const value = typeof row?.value === 'number' ? row.value + 1 : first;
    this.db.run('INSERT INTO tg_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value', [key, value]);
    return value;
  }

  putBot(bot: BotDoc): void {
    this.db.run('INSERT INTO tg_bots (id, token, doc) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET token = excluded.token, doc = excluded.doc', [bot.id, bot.token, JSON.stringify(bot)]);
  }
  botByToken(token: string): BotDoc | undefined {
    return parse<BotDoc>(this.db.get('SELECT doc FROM tg_bots WHERE token = ?', [token])?.doc);
  }
  bot(id: number): BotDoc | undefined {
    return parse<BotDoc>(this.db.get('SELECT doc FROM tg_bots WHERE id = ?', [id])?.doc);
  }
  bots(): BotDoc[] {
    return this.db.all('SELECT doc FROM tg_bots ORDER BY id').flatMap((r) => parse<BotDoc>(r.doc) ?? []);
  }

  putUser(user: TgUser): void {
    this.db.run('INSERT INTO tg_users (id, doc) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET doc = excluded.doc', [user.id, JSON.stringify(user)]);
  }
  user(id: number): TgUser | undefined {
    return parse<TgUser>(this.db.get('SELECT doc FROM tg_users WHERE id = ?', [id])?.doc);
  }
  users(): TgUser[] {
    return this.db.all('SELECT doc FROM tg_users ORDER BY id').flatMap((r) => parse<TgUser>(r.doc) ?? []);
  }

  putChat(chat: ChatDoc): void {
    this.db.run('INSERT INTO tg_chats (id, username, doc) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET username = excluded.username, doc = excluded.doc', [chat.id, chat.username, JSON.stringify(chat)]);
  }
  chat(id: number): ChatDoc | undefined {
    return parse<ChatDoc>(this.db.get('SELECT doc FROM tg_chats WHERE id = ?', [id])?.doc);
  }
  chatByUsername(username: string): ChatDoc | undefined {
    return parse<ChatDoc>(this.db.get('SELECT doc FROM tg_chats WHERE lower(username) = lower(?)', [username])?.doc);
  }
  chats(): ChatDoc[] {
    return this.db.all('SELECT doc FROM tg_chats ORDER BY rowid').flatMap((r) => parse<ChatDoc>(r.doc) ?? []);
  }

  setMember(chatId: number, userId: number, status: MemberStatus): void {
    this.db.run('INSERT INTO tg_members (chat_id, user_id, status) VALUES (?, ?, ?) ON CONFLICT(chat_id, user_id) DO UPDATE SET status = excluded.status', [chatId, userId, status]);
  }
  memberStatus(chatId: number, userId: number): MemberStatus | undefined {
    const status = this.db.get('SELECT status FROM tg_members WHERE chat_id = ? AND user_id = ?', [chatId, userId])?.status;
    return typeof status === 'string' ? (status as MemberStatus) : undefined;
  }
  members(chatId: number): Array<{ readonly userId: number; readonly status: MemberStatus }> {
    return this.db.all('SELECT user_id, status FROM tg_members WHERE chat_id = ? ORDER BY rowid', [chatId])
      .map((r) => ({ userId: Number(r.user_id), status: String(r.status) as MemberStatus }));
  }

  putTopic(topic: TopicDoc): void {
    this.db.run('INSERT OR REPLACE INTO tg_topics (chat_id, thread_id, doc) VALUES (?, ?, ?)', [topic.chatId, topic.threadId, JSON.stringify(topic)]);
  }
  topic(chatId: number, threadId: number): TopicDoc | undefined {
    return parse<TopicDoc>(this.db.get('SELECT doc FROM tg_topics WHERE chat_id = ? AND thread_id = ?', [chatId, threadId])?.doc);
  }
  deleteTopic(chatId: number, threadId: number): void {
    this.db.run('DELETE FROM tg_topics WHERE chat_id = ? AND thread_id = ?', [chatId, threadId]);
  }
  topics(chatId: number): TopicDoc[] {
    return this.db.all('SELECT doc FROM tg_topics WHERE chat_id = ? ORDER BY thread_id', [chatId]).flatMap((r) => parse<TopicDoc>(r.doc) ?? []);
  }

  putMessage(message: TgMessage, sender: Sender, deleted = false, markup?: unknown): void {
    this.db.run('INSERT OR REPLACE INTO tg_messages (chat_id, message_id, sender, deleted, markup, doc) VALUES (?, ?, ?, ?, ?, ?)',
      [message.chat.id, message.message_id, sender, deleted ? 1 : 0, markup === undefined ? null : JSON.stringify(markup), JSON.stringify(message)]);
  }
  message(chatId: number, messageId: number): StoredMessage | undefined {
    return this.db.all('SELECT sender, deleted, markup, doc FROM tg_messages WHERE chat_id = ? AND message_id = ?', [chatId, messageId]).map(toStored)[0];
  }
  messages(chatId: number): StoredMessage[] {
    return this.db.all('SELECT sender, deleted, markup, doc FROM tg_messages WHERE chat_id = ? ORDER BY message_id', [chatId]).map(toStored);
  }

  addUpdate(botId: number, update: TgUpdate, created: number): void {
    this.db.run('INSERT INTO tg_updates (bot_id, update_id, created, doc) VALUES (?, ?, ?, ?)', [botId, update.update_id, created, JSON.stringify(update)]);
  }
  updates(botId: number, fromId: number, limit: number): TgUpdate[] {
    return this.db.all('SELECT doc FROM tg_updates WHERE bot_id = ? AND update_id >= ? ORDER BY update_id LIMIT ?', [botId, fromId, limit]).flatMap((r) => parse<TgUpdate>(r.doc) ?? []);
  }
  lastUpdateIds(botId: number, count: number): number[] {
    return this.db.all('SELECT update_id FROM tg_updates WHERE bot_id = ? ORDER BY update_id DESC LIMIT ?', [botId, count]).map((r) => Number(r.update_id));
  }
  dropUpdates(botId: number, belowId = Number.MAX_SAFE_INTEGER): void {
    this.db.run('DELETE FROM tg_updates WHERE bot_id = ? AND update_id < ?', [botId, belowId]);
  }
  dropUpdatesCreatedBefore(botId: number, created: number): void {
    this.db.run('DELETE FROM tg_updates WHERE bot_id = ? AND created < ?', [botId, created]);
  }
  pendingCount(botId: number): number {
    return Number(this.db.get('SELECT count(*) AS n FROM tg_updates WHERE bot_id = ?', [botId])?.n ?? 0);
  }

  putCallback(callback: CallbackDoc): void {
    this.db.run('INSERT OR REPLACE INTO tg_callbacks (id, doc) VALUES (?, ?)', [callback.id, JSON.stringify(callback)]);
  }
  callback(id: string): CallbackDoc | undefined {
    return parse<CallbackDoc>(this.db.get('SELECT doc FROM tg_callbacks WHERE id = ?', [id])?.doc);
  }

  setCommands(botId: number, scope: string, lang: string, commands: readonly TgBotCommand[]): void {
    if (commands.length === 0) this.db.run('DELETE FROM tg_commands WHERE bot_id = ? AND scope = ? AND lang = ?', [botId, scope, lang]);
    else this.db.run('INSERT OR REPLACE INTO tg_commands (bot_id, scope, lang, doc) VALUES (?, ?, ?, ?)', [botId, scope, lang, JSON.stringify(commands)]);
  }
  commands(botId: number, scope: string, lang: string): TgBotCommand[] {
    return parse<TgBotCommand[]>(this.db.get('SELECT doc FROM tg_commands WHERE bot_id = ? AND scope = ? AND lang = ?', [botId, scope, lang])?.doc) ?? [];
  }
}
