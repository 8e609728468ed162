// The people's side of the Telegram stand-in over JSON, for the sandbox shell's chat pane and scripts:
// list chats and messages, post as a person, tap buttons, change chats, operate the bot, inject faults.
// Paths are relative to where the server mounts it; a misuse answers 400 `{error}`; never throws.
import { jsonResponse, type StandInRequest, type StandInResponse } from '../http-types';
import type { FaultKind } from './telegram-faults';
import type { ChatOptions, TelegramStandIn } from './telegram-stand-in';
import type { ChatType } from './telegram-types';

type Body = Record<string, unknown>;
type Route = (tg: TelegramStandIn, m: RegExpExecArray, body: Body) => unknown;

const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : typeof v === 'string' && v !== '' && !Number.isNaN(Number(v)) ? Number(v) : undefined);
const need = (v: unknown, what: string): number => num(v) ?? (() => { throw new Error(`${what} must be a number`); })();
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const id = (m: RegExpExecArray): number => need(m[1], 'chat id');

function chatOptions(raw: unknown): ChatOptions {
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Body;
  const ids = (v: unknown): number[] | undefined => (Array.isArray(v) ? v.map((x) => need(x, 'id')) : undefined);
  const bots = ids(o.bots);
  const admins = ids(o.admins);
  return {
    ...(bots ? { bots } : {}), ...(admins ? { admins } : {}), ...(o.botStatus === 'administrator' ? { botStatus: 'administrator' as const } : {}),
    ...(o.isForum === true ? { isForum: true } : {}), ...(str(o.username) ? { username: str(o.username) } : {}),
  };
}

const ROUTES: ReadonlyArray<readonly [string, RegExp, Route]> = [
  ['GET', /^\/bots$/, (tg) => tg.bots()],
  ['POST', /^\/bots\/(-?\d+)\/privacy$/, (tg, m, b) => tg.setPrivacy(b.enabled === true, id(m))],
  ['POST', /^\/bots\/(-?\d+)\/revoke$/, (tg, m) => ({ token: tg.revokeToken(id(m)) })],
  ['POST', /^\/users$/, (tg, _m, b) => tg.createUser({ firstName: str(b.firstName) ?? 'User', ...(str(b.lastName) ? { lastName: str(b.lastName) } : {}), ...(str(b.username) ? { username: str(b.username) } : {}) })],
  // People and bots as User objects (no tokens or webhook secrets, unlike GET /bots): safe for the browser pane.
  ['GET', /^\/users$/, (tg) => tg.users()],
  ['POST', /^\/users\/(\d+)\/private-chat$/, (tg, m, b) => ({ chat: tg.openPrivateChat(need(m[1], 'user id'), num(b.botId)) })],
  ['GET', /^\/chats$/, (tg) => tg.chats().map((chat) => ({ chat, members: tg.members(chat.id), topics: tg.topics(chat.id) }))],
  // Read-only, for the chat pane's left column: live chats (not upgraded ones) with their last message.
  ['GET', /^\/chat-list$/, (tg) => tg.chats().filter((chat) => chat.migratedTo === null).map((chat) => ({
    chat, members: tg.members(chat.id), topics: tg.topics(chat.id), last: tg.listMessages(chat.id).filter((m) => !m.deleted).at(-1) ?? null,
  }))],
  ['POST', /^\/chats$/, (tg, _m, b) => tg.createChat((str(b.type) ?? 'group') as ChatType, str(b.title) ?? '', Array.isArray(b.members) ? b.members.map((x) => need(x, 'member')) : [], chatOptions(b.options))],
  ['GET', /^\/chats\/(-?\d+)\/messages$/, (tg, m) => tg.listMessages(id(m))],
  ['POST', /^\/chats\/(-?\d+)\/messages$/, (tg, m, b) => tg.postAsPerson(id(m), need(b.userId, 'userId'), str(b.text) ?? '', {
    ...(num(b.replyToMessageId) !== undefined ? { replyToMessageId: num(b.replyToMessageId) } : {}),
    ...(num(b.threadId) !== undefined ? { threadId: num(b.threadId) } : {}),
    ...(typeof b.document === 'object' && b.document !== null ? { document: b.document as { fileName: string } } : {}),
    ...(typeof b.photo === 'object' && b.photo !== null ? { photo: { size: num((b.photo as Body).size) ?? 50_000 } } : {}),
  })],
  ['POST', /^\/chats\/(-?\d+)\/messages\/(\d+)\/edit$/, (tg, m, b) => tg.editAsPerson(id(m), need(m[2], 'message id'), need(b.userId, 'userId'), str(b.text) ?? '')],
  ['POST', /^\/chats\/(-?\d+)\/buttons$/, (tg, m, b) => tg.pressButton(id(m), need(b.messageId, 'messageId'), need(b.userId, 'userId'), str(b.data) ?? '')],
  ['POST', /^\/chats\/(-?\d+)\/members$/, (tg, m, b) => tg.addMember(id(m), need(b.userId, 'userId'), b.status === 'administrator' ? 'administrator' : 'member')],
  ['POST', /^\/chats\/(-?\d+)\/admins$/, (tg, m, b) => tg.setAdmin(id(m), need(b.userId, 'userId'), b.isAdmin !== false)],
  ['POST', /^\/chats\/(-?\d+)\/kick-bot$/, (tg, m, b) => tg.kickBot(id(m), num(b.botId))],
  ['POST', /^\/chats\/(-?\d+)\/migrate$/, (tg, m) => ({ newChatId: tg.migrateToSupergroup(id(m)) })],
  ['POST', /^\/chats\/(-?\d+)\/topics$/, (tg, m, b) => tg.createForumTopic(id(m), str(b.name) ?? 'Topic', num(b.userId))],
  ['POST', /^\/chats\/(-?\d+)\/topics\/(\d+)\/(close|reopen)$/, (tg, m) => tg.setForumTopicClosed(id(m), need(m[2], 'thread id'), m[3] === 'close')],
  ['DELETE', /^\/chats\/(-?\d+)\/topics\/(\d+)$/, (tg, m) => tg.deleteForumTopic(id(m), need(m[2], 'thread id'))],
  ['GET', /^\/callbacks\/(\d+)$/, (tg, m) => tg.callbackAnswer(m[1] ?? '') ?? null],
  ['POST', /^\/faults$/, (tg, _m, b) => tg.failNext(str(b.method) ?? '', (b.kind === 'timeout' ? 'timeout' : Number(b.kind)) as FaultKind, {
    ...(num(b.retryAfter) !== undefined ? { retryAfter: num(b.retryAfter) } : {}), applied: b.applied === true, ...(num(b.times) !== undefined ? { times: num(b.times) } : {}),
  })],
];

export function handleTelegramClientApi(tg: TelegramStandIn, req: StandInRequest): StandInResponse {
  for (const [method, pattern, route] of ROUTES) {
    const m = pattern.exec(req.path);
    if (!m || method !== req.method) continue;
    try {
      const body = req.body === '' ? {} : (JSON.parse(req.body) as unknown);
      if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error('the body must be a JSON object');
      const result = route(tg, m, body as Body);
      return jsonResponse(200, result === undefined ? { ok: true } : result);
    } catch (error) {
      return jsonResponse(400, { error: error instanceof Error ? error.message : String(error) });
    }
  }
  return jsonResponse(404, { error: `no Telegram client route ${req.method} ${req.path}` });
}
