// Which bot message the composer answers by default, as Telegram clients do with ForceReply: the bot's newest
// message meant for this person (a reply to one of their messages or an @mention; any message when not
// `selective`), if it carries force_reply and the person has not answered it yet. Pure.
import type { TgMsg, TgPerson } from './telegram-model';

const isBot = (m: TgMsg): boolean => m.sender === 'bot' || m.from?.isBot === true;

function meantFor(m: TgMsg, person: TgPerson, byId: ReadonlyMap<number, TgMsg>): boolean {
  const replied = m.reply ? byId.get(m.reply.id) ?? m.reply : null;
  if (replied?.from?.id === person.id) return true;
  return person.username !== '' && m.text.toLowerCase().includes(`@${person.username.toLowerCase()}`);
}

export function forceReplyTarget(messages: readonly TgMsg[], person: TgPerson | undefined): TgMsg | null {
  if (!person) return null;
  const byId = new Map(messages.map((m) => [m.id, m] as const));
  const newest = [...messages].reverse().find((m) => isBot(m) && ((m.forceReply !== null && !m.forceReply.selective) || meantFor(m, person, byId)));
  if (!newest?.forceReply) return null;
  const answered = messages.some((m) => m.from?.id === person.id && m.reply?.id === newest.id);
  return answered ? null : newest;
}
