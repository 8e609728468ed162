// `/link CODE` and `/unlink` in a group: only the group's administrators (asked from Telegram with
// getChatMember, never taken from the message) may bind the chat to the code's project or unbind it.
// Wrong or expired codes get one answer each, within a per-chat attempt limit against guessing.
import { orLogged } from '../bot-call';
import { nowMs, openBot } from '../deps';
import type { ChatCommandHandler, UpdateDeps } from '../dispatch-types';
import type { ParsedMessage } from '../update-shape';
import { localeOf, overLimit, personOf } from './chat-gate';
import { consumeCode } from './link-codes';
import { loadLink, removeLink, saveLink } from './link-store';
import { prepareReply, say, sendReply } from './reply';

const ADMIN_STATUSES = new Set(['creator', 'administrator']);

async function isGroupAdmin(deps: UpdateDeps, message: ParsedMessage): Promise<boolean> {
  const session = await openBot(deps);
  if (!session || message.fromId === null) return false;
  const fromId = message.fromId;
  const member = await orLogged(deps.logger, 'telegram getChatMember failed; /link refused', { chatId: message.chat.id }, () =>
    session.bot.getChatMember(message.chat.id, fromId),
  );
  return member !== null && ADMIN_STATUSES.has(member.status);
}

/** Group-only, admins-only checks shared by /link and /unlink; true when the command may go on. */
async function adminInGroup(deps: UpdateDeps, message: ParsedMessage): Promise<boolean> {
  const locale = localeOf(message);
  if (message.chat.type !== 'group' && message.chat.type !== 'supergroup') {
    await prepareReply(deps, message);
    await sendReply(deps, message, say(locale, 'tg.link.groupsOnly'));
    return false;
  }
  if (await isGroupAdmin(deps, message)) return true;
  await prepareReply(deps, message);
  await sendReply(deps, message, say(locale, 'tg.link.adminsOnly'));
  return false;
}

export const linkCommand: ChatCommandHandler = async (deps, message, args) => {
  if (await overLimit(deps, message, 'linkAttempts')) return true;
  if (!(await adminInGroup(deps, message))) return true;
  const locale = localeOf(message);
  const existing = await loadLink(deps, message.chat.id);
  await prepareReply(deps, message);
  if (existing) {
    await sendReply(deps, message, say(locale, 'tg.link.already', { project: existing.projectKey }));
    return true;
  }
  const code = await consumeCode(deps, deps.intake.hash, args.trim());
  if (!code) {
    await sendReply(deps, message, say(locale, args.trim() === '' ? 'tg.link.usage' : 'tg.link.invalid'));
    return true;
  }
  await saveLink(deps, {
    v: 1, chatId: message.chat.id, title: message.chat.title, projectKey: code.projectKey, clientId: code.clientId,
    linkedAt: nowMs(deps), linkedBy: personOf(message), migratedFrom: [], locale,
  });
  deps.logger.info('telegram chat linked', { chatId: message.chat.id, projectKey: code.projectKey });
  const key = code.clientId ? 'tg.link.doneClient' : 'tg.link.done';
  await sendReply(deps, message, say(locale, key, { project: code.projectKey, client: code.clientId ?? '' }));
  return true;
};

export const unlinkCommand: ChatCommandHandler = async (deps, message) => {
  if (await overLimit(deps, message, 'messages')) return true;
  const link = await loadLink(deps, message.chat.id);
  if (!link) return true;
  if (!(await adminInGroup(deps, message))) return true;
  await prepareReply(deps, message);
  await removeLink(deps, link);
  await sendReply(deps, message, say(localeOf(message), 'tg.link.unlinked', { project: link.projectKey }));
  return true;
};
