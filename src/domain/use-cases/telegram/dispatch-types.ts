// The handlers an incoming Telegram update is dispatched to, and the services they get. Each feature owns
// its registry file: intake/index.ts (`/link`, `/ticket`, `/status`, `/my`, draft answers: issue 9),
// conversation/index.ts (replies about an issue → Jira comments, repeat contacts: issue 9) and
// callbacks/index.ts (inline-button taps: "Assign to me", CSAT: issues 7 and 8).
import type { TelegramDeps } from './deps';
import type { ParsedCallback, ParsedMessage } from './update-shape';
import type { IntakePorts } from './intake/ports';
import type { ConversationPorts } from './conversation/ports';
import type { CallbackPorts } from './callbacks/ports';

/** What update handlers get: the bridge's services plus each feature's own ports. */
export type UpdateDeps = TelegramDeps & {
  readonly intake: IntakePorts;
  readonly conversation: ConversationPorts;
  readonly callbacks: CallbackPorts;
};

/** A chat command (`/name args`, already checked to be for this bot): true when it was handled. */
export type ChatCommandHandler = (deps: UpdateDeps, message: ParsedMessage, args: string) => Promise<boolean>;

/**
 * A message that is not a command (or an edited message: `message.edited`), from a person (never a bot):
 * true when handled, and the next handler is not asked. Asked in order: intake (answers to a draft's
 * questions), then conversation (replies about an issue, repeat contacts).
 */
export type MessageHandler = (deps: UpdateDeps, message: ParsedMessage) => Promise<boolean>;

/**
 * An inline-button tap whose callback data starts with the handler's prefix and ':' (`as:ISSUE-ID`).
 * The handler must answer the callback query (answerCallbackQuery) itself.
 */
export type CallbackHandler = (deps: UpdateDeps, callback: ParsedCallback, payload: string) => Promise<void>;
