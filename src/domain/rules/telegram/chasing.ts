// Chasing messages in a client chat: "any news?", "есть новости?", "what is the status", a short "when?" /
// "когда?". Pure, English and Russian. A superset of the support-lines comment rule (rules/lines/
// repeat-contact.ts), so a Telegram message that rule would count is always counted here too.
import { isRepeatContact, normalizeForMatching } from '../lines/repeat-contact';

// JS \b only knows ASCII letters: Cyrillic words are delimited by `(^|[^а-я])` instead (ё is folded to е).
const CHASING: readonly RegExp[] = [
  /\bany (news|word|update|updates|progress)\b/,
  /\bwhat('s| is) the (status|progress|eta)\b/,
  /\b(status|eta) (update|please)\b/,
  /\bhow is it going\b/,
  /\bhow long (do|will|must|should) (we|i)\b/,
  /\bhave you (fixed|looked at|checked) (it|this)\b/,
  /\bis (it|this|there) (fixed|resolved|done|any progress)( yet)?\b/,
  /\bno (answer|reply|response) (yet|so far)\b/,
  /^ping[.!?]*$/,
  /(^|[^а-я])есть (ли )?(какие-(то|нибудь) )?новост/,
  /(^|[^а-я])(ну )?что там/,
  /(^|[^а-я])(какой|каков) статус/,
  /(^|[^а-я])что (со|с) статусом/,
  /(^|[^а-я])как (там )?(дела|успехи|продвигается)/,
  /(^|[^а-я])сколько (еще|можно) ждать/,
  /(^|[^а-я])(долго|когда) (еще )?ждать/,
  /(^|[^а-я])(уже )?(починили|исправили|посмотрели)\s*\?/,
  /(^|[^а-я])(все|всё) еще не (работает|исправ)/,
  /(^|[^а-я])(ответа|ответ) (нет|так и не)/,
];

/** A short question that is only "when?": "когда?", "когда будет готово?", "when?", "when can we expect it?". */
const SHORT_WHEN: readonly RegExp[] = [/^(and |so )?when\b[^.!]*\?$/, /^(а |и |ну )?когда[^.!]*\?$/];
const SHORT = 80;

export function isChasingMessage(text: string): boolean {
  if (isRepeatContact(text)) return true;
  const normalized = normalizeForMatching(text).trim();
  if (normalized === '') return false;
  if (CHASING.some((p) => p.test(normalized))) return true;
  return normalized.length <= SHORT && SHORT_WHEN.some((p) => p.test(normalized));
}

/** Issue keys of `projectKey` named in a message ("SUP-12", "sup-12"), in order, without repeats. */
export function issueKeysIn(text: string, projectKey: string): string[] {
  const escaped = projectKey.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = new Set<string>();
  for (const m of text.matchAll(new RegExp(`(?<![A-Za-z0-9_-])${escaped}-([1-9][0-9]{0,9})(?![0-9])`, 'gi'))) found.add(`${projectKey}-${m[1] ?? ''}`);
  return [...found];
}
