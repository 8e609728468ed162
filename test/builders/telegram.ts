// Builders for the Telegram bridge's entry tests: a LocalHost with the bot connected from the admin
// page, routes saved through settings/save, chats made on the stand-in's people side, and Jira changes
// made as seeded users (so product events reach the shipped trigger). Holds no assertions.
import type { LocalHost } from '../../sandbox/host/local-host';
import { DEFAULT_BOT, type StoredMessage } from '../../sandbox/telegram/telegram-stand-in';
import type { Result, SettingsDto, TelegramStatusDto } from '../../src/shared/contract';
import { jiraRequest, seededUser, startHost } from './host';

export type RouteInput = {
  readonly projectKey?: string;
  readonly chatId: number;
  readonly topicId?: number | null;
  readonly events?: readonly string[];
  readonly publicOnly?: boolean;
  readonly locale?: 'en' | 'ru';
  readonly priorities?: readonly string[];
  readonly issueTypes?: readonly string[];
  readonly topicPerIssue?: boolean;
};

export const ALL_TEAM_EVENTS = ['created', 'statusChanged', 'assigned', 'commented', 'resolved', 'reopened', 'slaWarning', 'slaBreached', 'csatReceived'];

export async function startTelegramHost(opts: { timeoutMs?: number } = {}): Promise<LocalHost> {
  process.env.LINEBRIDGE_TELEGRAM_TIMEOUT_MS = String(opts.timeoutMs ?? 2000);
  return startHost();
}

export type TelegramHostOptions = {
  /** The bot's Telegram call timeout (the fault tests shorten it). */
  readonly timeoutMs?: number;
  /** Connect the bot from the admin page once the host runs (default true). */
  readonly connect?: boolean;
  /** 'test' (default): a fresh host for each test; 'file': one host for the whole file. */
  readonly scope?: 'test' | 'file';
};

/**
 * Call at a test file's top level: starts a host (with the bot connected) before each test — or once, with
 * scope 'file' — and closes it after, with any injected Telegram faults cleared first. Returns a getter to
 * read inside tests and hooks registered later (they run after the host started).
 */
export function useTelegramHost(opts: TelegramHostOptions = {}): () => LocalHost {
  let host: LocalHost | undefined;
  const before = opts.scope === 'file' ? beforeAll : beforeEach;
  const after = opts.scope === 'file' ? afterAll : afterEach;
  before(async () => {
    host = await startTelegramHost(opts.timeoutMs === undefined ? {} : { timeoutMs: opts.timeoutMs });
    if (opts.connect !== false) await connectBot(host);
  });
  after(async () => {
    host?.telegram.clearFaults();
    await host?.close();
    host = undefined;
  });
  return () => {
    if (!host) throw new Error('the Telegram host is not started: read it inside a test or a later hook');
    return host;
  };
}

export function adminCall(host: LocalHost, functionKey: string, payload: unknown, accountId = seededUser('admin').accountId): Promise<unknown> {
  return host.invokeResolver({ moduleKey: 'linebridge-admin', functionKey, payload, accountId, context: { extension: { type: 'jira:adminPage' } } });
}

export async function connectBot(host: LocalHost, token = DEFAULT_BOT.token): Promise<TelegramStatusDto> {
  const result = (await adminCall(host, 'telegram/connect', { token })) as Result<TelegramStatusDto>;
  if (!result.ok) throw new Error(`connect failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

export async function telegramStatus(host: LocalHost): Promise<TelegramStatusDto> {
  const result = (await adminCall(host, 'telegram/status', {})) as Result<TelegramStatusDto>;
  if (!result.ok) throw new Error(`status failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

export async function saveTelegramSettings(host: LocalHost, routes: readonly RouteInput[], extra: Record<string, unknown> = {}): Promise<void> {
  const settings = (await adminCall(host, 'settings/get', {})) as Result<SettingsDto>;
  if (!settings.ok) throw new Error('settings/get failed');
  const version = settings.value.sections.find((s) => s.section === 'telegram')?.version ?? 0;
  const value = {
    routes: routes.map((r, i) => ({
      id: `r${i + 1}`, projectKey: r.projectKey ?? 'SUP', chatId: r.chatId, topicId: r.topicId ?? null, label: '', events: r.events ?? ALL_TEAM_EVENTS,
      priorities: r.priorities ?? [], issueTypes: r.issueTypes ?? [], publicOnly: r.publicOnly ?? false, locale: r.locale ?? 'en',
      ...(r.topicPerIssue ? { topicPerIssue: true } : {}),
    })),
    ...extra,
  };
  const saved = (await adminCall(host, 'settings/save', { section: 'telegram', value, expectedVersion: version })) as Result<unknown>;
  if (!saved.ok) throw new Error(`settings/save failed: ${JSON.stringify(saved.error)}`);
}

/** A group (or supergroup/forum) with one person and the bot in it; the webhook learns about it. */
export async function teamChat(host: LocalHost, type: 'group' | 'supergroup' = 'supergroup', opts: { isForum?: boolean; title?: string } = {}): Promise<number> {
  const person = host.telegram.createUser({ firstName: 'Olga', languageCode: 'en' });
  const chat = host.telegram.createChat(type, opts.title ?? 'Support team', [person.id], opts.isForum ? { isForum: true } : {});
  // The webhook queues updates (telegram-updates): let the consumer handle them too.
  await deliverAll(host);
  return chat.id;
}

export async function asUser(host: LocalHost, role: 'line1' | 'line2' | 'lead' | 'admin', method: string, path: string, body?: unknown): Promise<{ status: number; body: string }> {
  return host.jira.handle(jiraRequest(method, path, body), { kind: 'user', accountId: seededUser(role).accountId });
}

export async function comment(host: LocalHost, issueKey: string, text: string, opts: { visibility?: unknown; internal?: boolean } = {}): Promise<void> {
  const body = {
    body: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
    ...(opts.visibility ? { visibility: opts.visibility } : {}),
    ...(opts.internal ? { properties: [{ key: 'sd.public.comment', value: { internal: true } }] } : {}),
  };
  const res = await asUser(host, 'line2', 'POST', `/rest/api/3/issue/${issueKey}/comment`, body);
  if (res.status !== 201) throw new Error(`comment failed ${res.status}: ${res.body}`);
}

export async function transition(host: LocalHost, issueKey: string, transitionId: string, fields: Record<string, unknown> = {}): Promise<void> {
  const res = await asUser(host, 'line2', 'POST', `/rest/api/3/issue/${issueKey}/transitions`, { transition: { id: transitionId }, fields });
  if (res.status !== 204) throw new Error(`transition ${transitionId} of ${issueKey} failed ${res.status}: ${res.body}`);
}

/**
 * Lets triggers, queue jobs and webhook deliveries finish: jobs due now run at once; queue delays and
 * Telegram's retry_after are fast-forwarded on the host clock, at most `virtualMs` in all.
 */
export async function deliverAll(host: LocalHost, opts: { virtualMs?: number; stepMs?: number } = {}): Promise<void> {
  const budget = opts.virtualMs ?? 0;
  const step = opts.stepMs ?? 1000;
  let spent = 0;
  for (let i = 0; i < 10_000; i++) {
    await host.settle();
    await host.telegram.webhookIdle();
    if (host.queues.pending() === 0) return;
    const before = host.queues.delivered;
    await host.clock.advance(0);
    await new Promise((resolve) => setTimeout(resolve, 2));
    await host.settle();
    if (host.queues.delivered !== before) continue;
    if (spent >= budget) return;
    await host.clock.advance(step);
    spent += step;
  }
}

export function botMessages(host: LocalHost, chatId: number): StoredMessage[] {
  return host.telegram.listMessages(chatId).filter((m) => m.sender === 'bot' && !m.deleted);
}
