// The chat intake's commands and message handlers (issue 9): linking a group to a project, `/ticket`
// conversations, `/status` and `/my`. See the README's "Intake" section.
import type { ChatCommandHandler, MessageHandler } from '../dispatch-types';
import { linkCommand, unlinkCommand } from './link-commands';
import { myCommand, statusCommand } from './status-commands';
import { answerDraft } from './ticket-answer';
import { cancelCommand, ticketCommand } from './ticket-start';

export { followIntakeMigration } from './follow-migration';
export { linkRoutesFor } from './link-routing';
export { ReplyDeferred } from './reply-pacing';

export const INTAKE_COMMANDS: ReadonlyMap<string, ChatCommandHandler> = new Map([
  ['link', linkCommand],
  ['unlink', unlinkCommand],
  ['ticket', ticketCommand],
  ['cancel', cancelCommand],
  ['status', statusCommand],
  ['my', myCommand],
]);
export const INTAKE_MESSAGE_HANDLERS: readonly MessageHandler[] = [answerDraft];
