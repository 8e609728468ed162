// Renders a burst of notifications for one chat as digest messages: a title and one short line per
// notification, as many as fit under Telegram's limit. The caller marks exactly the covered ones as
// delivered, so nothing is lost and nothing appears twice. Pure.
import { translate } from '../../../shared/i18n';
import type { NotificationEvent } from '../../model/telegram/events';
import { escapeHtml, isolatedText, link, safeText, TELEGRAM_TEXT_LIMIT, visibleLength } from './html';
import { changeLine, type Audience, type Emojis } from './format-message';

/** At most this many notifications per digest message: long enough to absorb a burst, short enough to read. */
export const DIGEST_MAX_ITEMS = 25;
const LINE_SUMMARY_MAX = 60;
const COMMENT_SNIPPET_MAX = 80;

function digestLine(event: NotificationEvent, audience: Audience, emojis: Emojis): string {
  const key = link(event.issue.url, `<b>${safeText(event.issue.key, 40)}</b>`);
  const change = changeLine(event, audience);
  const snippet = event.comment?.text ? ` ${safeText(event.comment.text.replace(/\s+/g, ' ').trim(), COMMENT_SNIPPET_MAX)}` : '';
  return `${escapeHtml(emojis[event.type])} ${key} ${isolatedText(event.issue.summary, LINE_SUMMARY_MAX)} — ${change}${snippet}`;
}

/** One digest message for the first events that fit; `count` says how many of `events` it covers (≥ 1). */
export function formatDigest(events: readonly NotificationEvent[], audience: Audience, emojis: Emojis): { text: string; count: number } {
  const lines: string[] = [];
  let length = 0;
  const limit = Math.min(events.length, DIGEST_MAX_ITEMS);
  const titleFor = (n: number): string => `📦 <b>${escapeHtml(translate(audience.locale, 'tg.digest.title', { count: n }))}</b>`;
  const reserve = visibleLength(titleFor(DIGEST_MAX_ITEMS)) + 2;
  for (const event of events.slice(0, limit)) {
    const line = digestLine(event, audience, emojis);
    const size = visibleLength(line) + 1;
    if (lines.length > 0 && reserve + length + size > TELEGRAM_TEXT_LIMIT) break;
    lines.push(line);
    length += size;
  }
  const text = `${titleFor(lines.length)}\n${lines.join('\n')}`;
  if (visibleLength(text) > TELEGRAM_TEXT_LIMIT) throw new Error('digest longer than Telegram allows');
  return { text, count: lines.length };
}
