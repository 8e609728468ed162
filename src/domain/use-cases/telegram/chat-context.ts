// The working state of one chat during a drain round, shared by the loop (chat-drain) and the sender
// (chat-send): the chat's stored state, the bot, the settings and the pacing clocks.
import type { ChatState } from '../../model/telegram/outbox';
import type { TelegramSettings } from '../../model/telegram/settings';
import { globalWaitMs } from '../../rules/telegram/pacing';
import type { TelegramBot } from '../../ports-telegram';
import type { TelegramDeps } from './deps';

/** Sends of every chat in this drain (Telegram's overall limit); a slot is taken when a send starts. */
export class GlobalPacer {
  private sends: number[] = [];

  wait(now: number): number {
    return globalWaitMs(this.sends, now);
  }

  take(now: number): void {
    this.sends = [...this.sends.filter((t) => t > now - 1000), now];
  }
}

export type ChatContext = {
  readonly deps: TelegramDeps;
  readonly bot: TelegramBot;
  readonly settings: TelegramSettings;
  readonly pacer: GlobalPacer;
  /** Epoch ms after which no new send starts in this invocation. */
  readonly deadline: number;
  state: ChatState;
};

export type RoundResult = {
  readonly sent: number;
  readonly settled: number;
  /** When this chat can continue (null: nothing left, or nothing this drain can do). */
  readonly nextDueAt: number | null;
  /** Why the chat waits: Telegram said 429, our own pacing, a backoff after a lost answer, or the time budget. */
  readonly waitReason: WaitReason | null;
  readonly unauthorized: boolean;
};

export type WaitReason = 'rateLimited' | 'paced' | 'backoff' | 'budget';
