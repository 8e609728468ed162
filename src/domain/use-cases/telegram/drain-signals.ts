// The two markers that coordinate outbox drains without a scheduler: the wake marker (a drain job is
// already due soon, so nobody pushes another) and the lease (one drainer at a time, so each chat's
// messages go out once and in order). Both tolerate crashes: the wake expires, a lease is taken over
// after its holder's time limit has surely passed.
import { KEYS } from '../../model/telegram/outbox';
import { nowMs, type TelegramDeps } from './deps';

type Wake = { readonly dueAt: number };
type Lease = { readonly owner: string; readonly expiresAt: number };

/** A drainer runs at most this long (Forge stops a consumer at 55 s); a lease older than this is dead. */
export const LEASE_MS = 60_000;
const MAX_DELAY_S = 900;
const BUSY_RETRY_MS = 5_000;

/** Makes sure a drain runs within `delaySeconds` (pushes a queue job unless one is already due by then). */
export async function wakeDrainer(deps: TelegramDeps, delaySeconds: number): Promise<void> {
  const delay = Math.min(MAX_DELAY_S, Math.max(0, Math.ceil(delaySeconds)));
  const now = nowMs(deps);
  const dueAt = now + delay * 1000;
  const existing = await deps.store.get<Wake>(KEYS.wake);
  if (existing && existing.dueAt <= dueAt + 2000 && existing.dueAt >= now - 120_000) return;
  await deps.atomic.put<Wake>(KEYS.wake, { dueAt }, delay + 300);
  try {
    await deps.queue.requestDrain(delay);
  } catch (error) {
    await deps.store.delete(KEYS.wake);
    throw error;
  }
}

/** The running job will be retried in `delaySeconds` by the platform (InvocationError): nobody needs to push one. */
export async function holdWake(deps: TelegramDeps, delaySeconds: number): Promise<void> {
  const delay = Math.min(MAX_DELAY_S, Math.max(0, Math.ceil(delaySeconds)));
  await deps.atomic.put<Wake>(KEYS.wake, { dueAt: nowMs(deps) + delay * 1000 }, delay + 300);
}

/** A drain job starting: its own wake marker is spent (a later one, for a paced drain, stays). */
export async function spendWake(deps: TelegramDeps): Promise<void> {
  const wake = await deps.store.get<Wake>(KEYS.wake);
  if (wake && wake.dueAt <= nowMs(deps) + 1000) await deps.store.delete(KEYS.wake);
}

export async function acquireLease(deps: TelegramDeps, owner: string): Promise<{ readonly ok: boolean; readonly retryInMs: number }> {
  const now = nowMs(deps);
  const lease: Lease = { owner, expiresAt: now + LEASE_MS };
  if (await deps.atomic.createIfAbsent(KEYS.lease, lease, 2 * LEASE_MS / 1000)) return { ok: true, retryInMs: 0 };
  const current = await deps.store.get<Lease>(KEYS.lease);
  if (!current || current.expiresAt < now) {
    // Gone meanwhile, or its holder was stopped by the platform before it could let go.
    if (current) await deps.store.delete(KEYS.lease);
    if (await deps.atomic.createIfAbsent(KEYS.lease, lease, 2 * LEASE_MS / 1000)) return { ok: true, retryInMs: 0 };
  }
  return { ok: false, retryInMs: Math.min(BUSY_RETRY_MS, Math.max(1000, (current?.expiresAt ?? now) - now)) };
}

export async function releaseLease(deps: TelegramDeps, owner: string): Promise<void> {
  const current = await deps.store.get<Lease>(KEYS.lease);
  if (current?.owner === owner) await deps.store.delete(KEYS.lease);
}
