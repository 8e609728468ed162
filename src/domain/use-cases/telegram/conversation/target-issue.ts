// Which issue a client's message is about: a reply to the bot's message about an issue, a message in a forum
// topic dedicated to one issue, a message naming one issue key of the linked project, or (only for a chasing
// message such as "any news?") the chat's single open issue. Several open issues → "ambiguous" (the bot asks).
import { NotFoundError } from '../../../errors';
import { isChasingMessage, issueKeysIn } from '../../../rules/telegram/chasing';
import type { UpdateDeps } from '../dispatch-types';
import type { ParsedMessage } from '../update-shape';
import { chatIssues, issueOfMessage, issueOfTopic, type IssueRef } from './issue-messages';
import type { ChatLink, ConversationIssue } from './ports';

export type Target =
  | { readonly kind: 'issue'; readonly ref: IssueRef }
  | { readonly kind: 'ambiguous'; readonly example: string }
  | { readonly kind: 'none' };

/** Open issues read to find the one a chasing message means. */
const MAX_CANDIDATES = 10;

export const belongsTo = (issue: ConversationIssue, link: ChatLink): boolean =>
  issue.projectKey === link.projectKey && (link.clientId === null || issue.clientId === link.clientId);

async function readOrNull(deps: UpdateDeps, ref: IssueRef): Promise<ConversationIssue | null> {
  try {
    return await deps.conversation.jira.issue(ref.issueId ?? ref.issueKey);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

async function singleOpenIssue(deps: UpdateDeps, message: ParsedMessage, link: ChatLink): Promise<Target> {
  const known = await chatIssues(deps, message.chat.id);
  const recent = [...known].sort((a, b) => Math.max(b.lastBotAt ?? 0, b.lastClientAt ?? 0) - Math.max(a.lastBotAt ?? 0, a.lastClientAt ?? 0)).slice(0, MAX_CANDIDATES);
  const open: IssueRef[] = [];
  for (const ref of recent) {
    const issue = await readOrNull(deps, ref);
    if (issue && belongsTo(issue, link) && issue.status.category !== 'done') open.push({ issueKey: issue.key, issueId: issue.id });
  }
  const [first] = open;
  if (!first) return { kind: 'none' };
  return open.length === 1 ? { kind: 'issue', ref: first } : { kind: 'ambiguous', example: first.issueKey };
}

export async function targetOf(deps: UpdateDeps, message: ParsedMessage, link: ChatLink): Promise<Target> {
  const chatId = message.chat.id;
  if (message.replyTo) {
    const ref = await issueOfMessage(deps, chatId, message.replyTo.messageId);
    if (ref) return { kind: 'issue', ref };
  }
  if (message.threadId !== null) {
    const ref = await issueOfTopic(deps, chatId, message.threadId);
    if (ref) return { kind: 'issue', ref };
  }
  const keys = issueKeysIn(message.text, link.projectKey);
  const [onlyKey] = keys;
  if (keys.length === 1 && onlyKey) return { kind: 'issue', ref: { issueKey: onlyKey, issueId: null } };
  if (keys.length === 0 && message.replyTo === null && isChasingMessage(message.text)) return singleOpenIssue(deps, message, link);
  return { kind: 'none' };
}
