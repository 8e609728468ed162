// The checks every intake command passes first: the per-chat limits (one clear reply per window, then
// silence) and the chat's link (a chat that is not linked gets one polite answer, ever, then silence).
import { toLocale, type Locale } from '../../../../shared/i18n';
import { nowMs } from '../deps';
import type { UpdateDeps } from '../dispatch-types';
import type { ParsedMessage } from '../update-shape';
import { INTAKE_KEYS, type ChatLink, type TelegramPersonRef } from './intake-model';
import { claimLimitNotice, minutesLeft, withinLimit, type LimitKind } from './intake-limits';
import { loadLink } from './link-store';
import { prepareReply, say, sendReply } from './reply';

export const localeOf = (message: ParsedMessage): Locale => toLocale(message.languageCode);

export function personOf(message: ParsedMessage): TelegramPersonRef {
  const from = message.from;
  const name = from ? [from.firstName, from.lastName].filter((s) => s !== '').join(' ') : '';
  return { id: from?.id ?? 0, name: name || (from?.username ?? '?'), username: from?.username ?? null };
}

/** True when the chat is over `kind`'s limit (the caller stops); one message per window is told so. */
export async function overLimit(deps: UpdateDeps, message: ParsedMessage, kind: LimitKind): Promise<boolean> {
  const verdict = await withinLimit(deps, message.chat.id, message.messageId, kind);
  if (verdict.ok) return false;
  if (!(await claimLimitNotice(deps, message.chat.id, kind, verdict.window, message.messageId))) return true;
  await prepareReply(deps, message);
  await sendReply(deps, message, say(localeOf(message), `tg.intake.limit.${kind}`, { minutes: minutesLeft(deps, kind) }));
  return true;
}

/** The chat's link, or undefined after the one polite "not linked" answer (or silence, once it was given). */
export async function linkedOrNotice(deps: UpdateDeps, message: ParsedMessage): Promise<ChatLink | undefined> {
  const link = await loadLink(deps, message.chat.id);
  if (link) return link;
  const key = INTAKE_KEYS.unlinkedNotice(message.chat.id);
  if ((await deps.store.get(key)) !== undefined) return undefined;
  await prepareReply(deps, message);
  if (await deps.atomic.createIfAbsent(key, nowMs(deps))) {
    await sendReply(deps, message, say(localeOf(message), message.chat.type === 'private' ? 'tg.intake.notLinkedPrivate' : 'tg.intake.notLinked'));
  }
  return undefined;
}
