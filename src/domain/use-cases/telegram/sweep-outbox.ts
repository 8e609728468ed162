// The safety net (scheduled every five minutes): if notifications wait in the outbox and no drain holds
// the lease or is due, one is requested. Covers a lost queue job or a drain stopped by the platform.
import { KEYS } from '../../model/telegram/outbox';
import { nowMs, type TelegramDeps } from './deps';
import { wakeDrainer } from './drain-signals';
import { countPrefix } from './outbox-records';

export async function sweepOutbox(deps: TelegramDeps): Promise<boolean> {
  if ((await countPrefix(deps, KEYS.outboxPrefix, 1)) === 0) return false;
  const lease = await deps.store.get<{ expiresAt: number }>(KEYS.lease);
  if (lease && lease.expiresAt > nowMs(deps)) return false;
  await wakeDrainer(deps, 0);
  return true;
}
