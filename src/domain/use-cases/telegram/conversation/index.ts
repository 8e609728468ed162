// Replies about an issue become Jira comments; chasing messages count as repeat contacts (issue 9).
import type { MessageHandler } from '../dispatch-types';
import { onConversationMessage } from './on-message';

export const CONVERSATION_MESSAGE_HANDLERS: readonly MessageHandler[] = [onConversationMessage];
export { rememberIssueMessage, rememberIssueTopic } from './issue-messages';
