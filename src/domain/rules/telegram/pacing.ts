// Pacing that keeps a chat under Telegram's limits before Telegram has to say 429 (Bot FAQ: about one
// message a second per chat with short bursts, 20 a minute per group, about 30 a second overall). Works
// from the completion times of recent sends: a send starts only after the previous one finished, so the
// gaps Telegram sees are never shorter than ours. Pure.

export const PACING = {
  /** Per chat: a token bucket refilled once per this many ms (a 5 % margin over 1/s)... */
  perChatIntervalMs: 1050,
  /** ...holding this many sends (Telegram tolerates short bursts). */
  perChatBurst: 3,
  perGroupPerMinute: 20,
  /** Margin after a minute window before the next group send. */
  groupMarginMs: 250,
  /** All chats together, per second (below the ~30/s Telegram allows). */
  globalPerSecond: 28,
  /** How many send times a chat keeps (enough for the group window). */
  historySize: 20,
} as const;

/** Telegram ids: groups, supergroups and channels are negative; people (private chats) positive. */
export const isGroupChat = (chatId: number): boolean => chatId < 0;

/** Milliseconds to wait before the next send to this chat (0: now). */
export function chatWaitMs(recentSends: readonly number[], group: boolean, now: number): number {
  const history = [...recentSends].sort((a, b) => a - b);
  let tokens: number = PACING.perChatBurst;
  let at: number | undefined;
  for (const t of history) {
    if (at !== undefined) tokens = Math.min(PACING.perChatBurst, tokens + (t - at) / PACING.perChatIntervalMs);
    tokens -= 1;
    at = t;
  }
  if (at !== undefined) tokens = Math.min(PACING.perChatBurst, tokens + (now - at) / PACING.perChatIntervalMs);
  const bucketWait = tokens >= 1 ? 0 : Math.ceil((1 - tokens) * PACING.perChatIntervalMs);
  if (!group) return bucketWait;
  const inWindow = history.filter((t) => t > now - 60_000);
  const oldest = inWindow[inWindow.length - PACING.perGroupPerMinute];
  const windowWait = inWindow.length >= PACING.perGroupPerMinute && oldest !== undefined ? oldest + 60_000 + PACING.groupMarginMs - now : 0;
  return Math.max(bucketWait, windowWait, 0);
}

/** Milliseconds until the global window (sends of every chat in this process) has room. */
export function globalWaitMs(recentSends: readonly number[], now: number): number {
  const inWindow = recentSends.filter((t) => t > now - 1000).sort((a, b) => a - b);
  const oldest = inWindow[inWindow.length - PACING.globalPerSecond];
  return inWindow.length >= PACING.globalPerSecond && oldest !== undefined ? oldest + 1000 - now : 0;
}

/** The history to keep after a send at `at`. */
export function recordSend(recentSends: readonly number[], at: number): number[] {
  return [...recentSends, at].sort((a, b) => a - b).slice(-PACING.historySize);
}
