// Pacing of the intake's replies. Telegram allows about 1 message/s per chat and 20/min per group; updates
// of one chat are handled by parallel queue invocations, so each reply first takes a send slot of its chat
// with create-if-absent (one winner per slot, whatever runs concurrently): groups get one slot per 3.2 s
// (at most 19–20 in any minute), private chats one per 1.1 s. A slot more than 1.5 s away is not waited
// for: the update is deferred to it (ReplyDeferred → the consumer re-queues it with a delay), before the
// handler changed anything.
import { nowMs } from '../deps';
import type { UpdateDeps } from '../dispatch-types';
import { INTAKE_KEYS } from './intake-model';

export const GROUP_SLOT_MS = 3200;
export const PRIVATE_SLOT_MS = 1100;
const MAX_INLINE_WAIT_MS = 1500;
/** Slots searched ahead; 200 group slots cover ~10 min, inside the queue's 900 s maximum delay. */
const MAX_SLOTS_AHEAD = 200;
const SLOT_TTL_S = 1800;

/** Thrown before any state changed: handle this update again at `slot` (in `delayMs`). */
export class ReplyDeferred extends Error {
  constructor(
    readonly chatId: number,
    readonly slot: number,
    readonly delayMs: number,
  ) {
    super(`intake reply deferred to slot ${slot} of chat ${chatId}`);
    this.name = 'ReplyDeferred';
  }
}

export const slotLength = (chatType: string): number => (chatType === 'private' ? PRIVATE_SLOT_MS : GROUP_SLOT_MS);

async function waitFor(deps: UpdateDeps, startMs: number): Promise<void> {
  const wait = startMs - nowMs(deps);
  if (wait > 0) await deps.sleeper.sleep(wait);
}

/** Takes (or uses the already reserved) send slot of the chat; waits for it when it is near. */
export async function takeReplySlot(deps: UpdateDeps, chatId: number, chatType: string): Promise<void> {
  const length = slotLength(chatType);
  const reserved = deps.intake.reservedSlot;
  if (reserved !== null) {
    await waitFor(deps, reserved * length);
    return;
  }
  const now = nowMs(deps);
  const first = Math.floor(now / length);
  for (let slot = first; slot < first + MAX_SLOTS_AHEAD; slot++) {
    if (!(await deps.atomic.createIfAbsent(INTAKE_KEYS.slot(chatId, slot), now, SLOT_TTL_S))) continue;
    const wait = slot * length - nowMs(deps);
    if (wait > MAX_INLINE_WAIT_MS) throw new ReplyDeferred(chatId, slot, wait);
    await waitFor(deps, slot * length);
    return;
  }
  // Ten minutes of replies queued in one chat: a flood the intake limits should have stopped.
  throw new ReplyDeferred(chatId, first + MAX_SLOTS_AHEAD, MAX_SLOTS_AHEAD * length);
}
