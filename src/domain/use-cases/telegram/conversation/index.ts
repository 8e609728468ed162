// Replies about an issue become Jira comments; chasing messages count as repeat contacts (issue 9).
import type { MessageHandler } from '../dispatch-types';

export const CONVERSATION_MESSAGE_HANDLERS: readonly MessageHandler[] = [];
