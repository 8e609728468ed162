// The outbox drainer (run by the queue consumer): one at a time (lease), every chat in parallel, each paced
// on its own; rounds repeat while anything can be sent within this invocation's budget, then a delayed
// drain is scheduled for what must wait. A revoked token stops everything and is shown in the admin page.
import { KEYS, type ChatState } from '../../model/telegram/outbox';
import { GlobalPacer, type RoundResult, type WaitReason } from './chat-context';
import { drainChat, INLINE_WAIT_MAX_MS } from './chat-drain';
import { loadTelegramSettings, markTokenRevoked, nowMs, openBot, type TelegramDeps } from './deps';
import { acquireLease, holdWake, releaseLease, spendWake, wakeDrainer } from './drain-signals';
import { listPending, loadChat, saveChat } from './outbox-records';

/** Sends start within this budget; Forge stops a consumer at 55 s. */
export const DRAIN_BUDGET_MS = 40_000;

export type DrainReport = {
  readonly outcome: 'drained' | 'busy' | 'noBot' | 'tokenRevoked';
  readonly sent: number;
  readonly nextDrainInSeconds: number | null;
  /** Set when Telegram's 429 is the reason to wait: the caller retries this same job after it (InvocationError). */
  readonly retryInPlaceSeconds: number | null;
};

export type DrainOptions = {
  /** Whether the platform can still retry this job (Forge: at most 4 retries of an event). */
  readonly canRetryInPlace: boolean;
};

async function round(deps: TelegramDeps, ctx: Omit<Parameters<typeof drainChat>[0], 'state'>): Promise<{ results: RoundResult[]; empty: boolean }> {
  const byChat = await listPending(deps);
  const results = await Promise.all(
    [...byChat].map(async ([chatId, items]) => {
      const state: ChatState = await loadChat(deps, chatId);
      return drainChat({ ...ctx, state }, items);
    }),
  );
  return { results, empty: byChat.size === 0 };
}

export async function drainOutbox(deps: TelegramDeps, opts: DrainOptions = { canRetryInPlace: false }): Promise<DrainReport> {
  await spendWake(deps);
  const owner = deps.random.id();
  const lease = await acquireLease(deps, owner);
  if (!lease.ok) {
    await wakeDrainer(deps, lease.retryInMs / 1000);
    return { outcome: 'busy', sent: 0, nextDrainInSeconds: Math.ceil(lease.retryInMs / 1000), retryInPlaceSeconds: null };
  }
  let sent = 0;
  let nextDueAt: number | null = null;
  let reason: WaitReason | null = null;
  let outcome: DrainReport['outcome'] = 'drained';
  try {
    const session = await openBot(deps);
    if (!session) return { outcome: 'noBot', sent: 0, nextDrainInSeconds: null, retryInPlaceSeconds: null };
    const settings = await loadTelegramSettings(deps.store);
    const ctx = { deps, bot: session.bot, settings, pacer: new GlobalPacer(), deadline: nowMs(deps) + DRAIN_BUDGET_MS };
    for (;;) {
      const { results, empty } = await round(deps, ctx);
      sent += results.reduce((n, r) => n + r.sent, 0);
      const soonest = results.filter((r) => r.nextDueAt !== null).sort((a, b) => (a.nextDueAt ?? 0) - (b.nextDueAt ?? 0))[0];
      nextDueAt = soonest?.nextDueAt ?? null;
      reason = soonest?.waitReason ?? null;
      if (results.some((r) => r.unauthorized)) {
        await markTokenRevoked(deps, 'Unauthorized: the bot token was revoked or is invalid');
        outcome = 'tokenRevoked';
        nextDueAt = null;
        break;
      }
      const progressed = results.some((r) => r.sent > 0 || r.settled > 0);
      const now = nowMs(deps);
      if (empty || now >= ctx.deadline) break;
      if (!progressed) {
        if (nextDueAt === null || nextDueAt - now > INLINE_WAIT_MAX_MS) break;
        await deps.sleeper.sleep(Math.max(0, nextDueAt - now));
      }
    }
  } finally {
    await releaseLease(deps, owner);
  }
  const delay = nextDueAt === null ? null : Math.max(1, Math.ceil((nextDueAt - nowMs(deps)) / 1000));
  if (delay !== null && reason === 'rateLimited' && opts.canRetryInPlace) {
    await holdWake(deps, delay);
    return { outcome, sent, nextDrainInSeconds: delay, retryInPlaceSeconds: delay };
  }
  if (delay !== null) await wakeDrainer(deps, delay);
  return { outcome, sent, nextDrainInSeconds: delay, retryInPlaceSeconds: null };
}

/** An admin fixed a chat (bot added back) or asked for it: its dead letters go back to the outbox. */
export async function requeueDeadLetters(deps: TelegramDeps, chatId?: number): Promise<number> {
  const prefix = chatId === undefined ? KEYS.deadPrefix : `${KEYS.deadPrefix}${chatId}:`;
  let moved = 0;
  const revived = new Set<number>();
  for (;;) {
    const page = await deps.store.list<Record<string, unknown> & { key: string; chatId: number }>(prefix, undefined, 50);
    if (page.entries.length === 0) break;
    for (const { key, value } of page.entries) {
      const { deadAt: _deadAt, reason: _reason, ...item } = value;
      await deps.store.set(item.key, { ...item, notBefore: 0, attempts: 0 });
      await deps.store.delete(key);
      revived.add(item.chatId);
      moved++;
    }
  }
  for (const id of revived) {
    const state = await loadChat(deps, id);
    if (state.status !== 'ok') await saveChat(deps, { ...state, status: 'ok' });
  }
  if (moved > 0) await wakeDrainer(deps, 0);
  return moved;
}
