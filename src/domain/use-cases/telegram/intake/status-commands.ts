// `/status KEY` and `/my` in a linked chat: only issues of the chat's project that belong to the chat —
// filed from it, or carrying the link's client ID (incident property or Client ID field). Anything else,
// including an existing issue of another project or client, is answered exactly like a missing one, so a
// chat cannot probe which keys exist. Jira is read as the app; the JQL is built from validated values.
import { loadResolvedFields } from '../../../model/template/template-store';
import { idempotencyLabel } from '../../../model/template/incident';
import { safeText, link as htmlLink } from '../../../rules/telegram/html';
import type { ChatCommandHandler, UpdateDeps } from '../dispatch-types';
import { linkedOrNotice, localeOf, overLimit } from './chat-gate';
import { filedFromChat } from './filed-records';
import { INTAKE_KEYS, type ChatLink } from './intake-model';
import type { IntakeIssue } from './ports';
import { prepareReply, say, sendReply } from './reply';
import { rememberIssueMessage } from '../conversation/issue-messages';

const ISSUE_KEY = /^[A-Z][A-Z0-9_]{0,9}-[1-9][0-9]{0,9}$/;
const MY_MAX = 20;
const jqlString = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

async function belongs(deps: UpdateDeps, link: ChatLink, issue: IntakeIssue): Promise<boolean> {
  if (issue.projectKey !== link.projectKey) return false;
  if (link.clientId !== null && issue.clientId === link.clientId) return true;
  return (await deps.store.get(INTAKE_KEYS.filed(link.chatId, issue.key))) !== undefined;
}

const issueLine = (issue: IntakeIssue): string =>
  `${htmlLink(issue.url, `<b>${safeText(issue.key, 40)}</b>`)} — ${safeText(issue.summary, 120)} (${safeText(issue.status, 40)})`;

export const statusCommand: ChatCommandHandler = async (deps, message, args) => {
  if (await overLimit(deps, message, 'messages')) return true;
  const link = await linkedOrNotice(deps, message);
  if (!link) return true;
  const locale = localeOf(message);
  const key = args.trim().split(/\s+/)[0]?.toUpperCase() ?? '';
  if (!ISSUE_KEY.test(key)) {
    await prepareReply(deps, message);
    await sendReply(deps, message, say(locale, 'tg.status.usage'));
    return true;
  }
  const fieldId = (await loadResolvedFields(deps.store)).clientId ?? null;
  const issue = key.startsWith(`${link.projectKey}-`) ? await deps.intake.issues.issue(key, fieldId) : undefined;
  await prepareReply(deps, message);
  if (!issue || !(await belongs(deps, link, issue))) {
    await sendReply(deps, message, say(locale, 'tg.status.notFound', { key }));
    return true;
  }
  const lines = [issueLine(issue), say(locale, 'tg.status.priority', { priority: issue.priority ?? '—' })];
  const replyId = await sendReply(deps, message, lines.join('\n'));
  // A reply to the status answer is about this issue (two-way conversation).
  if (replyId !== null) await rememberIssueMessage(deps, message.chat.id, replyId, issue.key, issue.id);
  return true;
};

export const myCommand: ChatCommandHandler = async (deps, message) => {
  if (await overLimit(deps, message, 'messages')) return true;
  const link = await linkedOrNotice(deps, message);
  if (!link) return true;
  const locale = localeOf(message);
  const filed = await filedFromChat(deps, link.chatId, 100);
  const mine = [
    ...(link.clientId !== null ? [`issue.property[linebridge.incident].clientId = ${jqlString(link.clientId)}`] : []),
    ...(filed.length > 0 ? [`labels in (${filed.map((f) => jqlString(idempotencyLabel(f.draftId))).join(', ')})`] : []),
  ];
  const fieldId = (await loadResolvedFields(deps.store)).clientId ?? null;
  const found = mine.length === 0 ? [] : await deps.intake.issues.search(
    `project = ${jqlString(link.projectKey)} AND statusCategory != Done AND (${mine.join(' OR ')}) ORDER BY created DESC`, MY_MAX + 1, fieldId,
  );
  const visible: IntakeIssue[] = [];
  for (const issue of found) if (await belongs(deps, link, issue)) visible.push(issue);
  await prepareReply(deps, message);
  if (visible.length === 0) {
    await sendReply(deps, message, say(locale, 'tg.my.none', { project: link.projectKey }));
    return true;
  }
  const lines = [say(locale, 'tg.my.title', { count: Math.min(visible.length, MY_MAX) }), ...visible.slice(0, MY_MAX).map((i) => `• ${issueLine(i)}`)];
  if (visible.length > MY_MAX) lines.push(say(locale, 'tg.my.more'));
  await sendReply(deps, message, lines.join('\n'));
  return true;
};
