// Per-chat limits of the intake, against spam bursts: at most 10 new `/ticket` drafts per chat in 10 min
// and 40 handled messages per chat per minute. Over a limit the chat gets one clear reply per window, then
// silence. KVS has no increment: each counted unit claims its own numbered key with create-if-absent, so
// concurrent updates count exactly; a stored hint of the count saves most of the probing.
import { nowMs } from '../deps';
import type { UpdateDeps } from '../dispatch-types';
import { INTAKE_KEYS } from './intake-model';

export const INTAKE_LIMITS = {
  tickets: { max: 10, windowMs: 10 * 60_000 },
  messages: { max: 40, windowMs: 60_000 },
  linkAttempts: { max: 5, windowMs: 10 * 60_000 },
} as const;

export type LimitKind = keyof typeof INTAKE_LIMITS;

/** A deferred update runs again up to ~11 min later (reply-pacing.ts): its verdict outlives that. */
const VERDICT_TTL_S = 3600;

const windowOf = (deps: UpdateDeps, kind: LimitKind): number => Math.floor(nowMs(deps) / INTAKE_LIMITS[kind].windowMs);
const ttlOf = (kind: LimitKind): number => Math.ceil((2 * INTAKE_LIMITS[kind].windowMs) / 1000);

export type LimitVerdict = { readonly ok: boolean; readonly window: number };

/**
 * Counts one more `kind` for the chat (message `messageId`); not ok when the window is full. The verdict
 * (and the window it was made in) is kept per message, so an update handled again (deferred to its reply
 * slot, or retried) gets the same one.
 */
export async function withinLimit(deps: UpdateDeps, chatId: number, messageId: number, kind: LimitKind): Promise<LimitVerdict> {
  const verdictKey = INTAKE_KEYS.limitVerdict(chatId, kind, messageId);
  const known = await deps.store.get<LimitVerdict>(verdictKey);
  if (known !== undefined) return known;
  const window = windowOf(deps, kind);
  const base = INTAKE_KEYS.limit(chatId, kind, window);
  let ok = false;
  // One create-if-absent key per counted unit: concurrent updates never share one. The hint only skips ahead.
  for (let n = (await deps.store.get<number>(base)) ?? 0; n < INTAKE_LIMITS[kind].max; n++) {
    if (!(await deps.atomic.createIfAbsent(`${base}:${n}`, 1, ttlOf(kind)))) continue;
    await deps.atomic.put(base, n + 1, ttlOf(kind));
    ok = true;
    break;
  }
  const verdict = { ok, window };
  await deps.atomic.put(verdictKey, verdict, VERDICT_TTL_S);
  return verdict;
}

/**
 * Claims the one "limit reached" reply of the verdict's window for message `messageId`: true for that
 * message only (also when it is handled again), so the reply is given once and the rest stay silent.
 */
export async function claimLimitNotice(deps: UpdateDeps, chatId: number, kind: LimitKind, window: number, messageId: number): Promise<boolean> {
  const key = INTAKE_KEYS.limitNotice(chatId, kind, window);
  if (await deps.atomic.createIfAbsent(key, messageId, VERDICT_TTL_S)) return true;
  return (await deps.store.get<number>(key)) === messageId;
}

/** Minutes until the current window of `kind` ends (for the notice). */
export function minutesLeft(deps: UpdateDeps, kind: LimitKind): number {
  const { windowMs } = INTAKE_LIMITS[kind];
  const now = nowMs(deps);
  return Math.max(1, Math.ceil(((Math.floor(now / windowMs) + 1) * windowMs - now) / 60_000));
}
