// The chat intake's commands and message handlers (issue 9).
import type { ChatCommandHandler, MessageHandler } from '../dispatch-types';

export const INTAKE_COMMANDS: ReadonlyMap<string, ChatCommandHandler> = new Map();
export const INTAKE_MESSAGE_HANDLERS: readonly MessageHandler[] = [];
