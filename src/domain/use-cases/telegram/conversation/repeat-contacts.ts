// Repeat contacts from Telegram: a client's message that chases an open issue ("any news?", "когда?"), or a
// second message about an open issue that is not waiting for the client and got no answer for a while. It is
// recorded once (keyed by chat and message) in the issue property the support-lines facts read.
import { isChasingMessage } from '../../../rules/telegram/chasing';
import type { ChatIssueState } from './issue-messages';
import type { ConversationIssue, ConversationJira, RepeatContact } from './ports';

/** Contacts kept per issue: the newest ones (a property stays far below Jira's 32 KB). */
export const MAX_CONTACTS = 200;

export type RepeatInput = {
  readonly text: string;
  readonly issue: ConversationIssue;
  readonly waiting: boolean;
  /** The chat's record for this issue before this message. */
  readonly before: ChatIssueState;
  readonly now: number;
  readonly repeatAfterMs: number;
};

export function isRepeatContactMessage(input: RepeatInput): boolean {
  if (input.issue.status.category === 'done') return false;
  if (isChasingMessage(input.text)) return true;
  const { lastClientAt, lastBotAt } = input.before;
  if (input.waiting || lastClientAt === null) return false;
  return input.now - lastClientAt >= input.repeatAfterMs && (lastBotAt ?? 0) < lastClientAt;
}

/** Adds the contact unless one with the same ref is recorded; true when it was added. */
export async function recordRepeatContact(jira: ConversationJira, issueKey: string, contact: RepeatContact): Promise<boolean> {
  const current = (await jira.repeatContacts(issueKey))?.contacts ?? [];
  if (current.some((c) => c.ref === contact.ref)) return false;
  const contacts = [...current, contact].sort((a, b) => a.at - b.at).slice(-MAX_CONTACTS);
  await jira.setRepeatContacts(issueKey, { v: 1, contacts });
  return true;
}
