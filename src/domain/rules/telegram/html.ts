// Safe text for Telegram's HTML parse mode: every piece of outside text is cleaned (lone surrogates and
// control characters replaced), cut on grapheme boundaries (never inside a surrogate pair, an emoji
// sequence or an entity, because cutting happens before escaping) and escaped. Pure.

/** Telegram's limit on a message's text, counted in UTF-16 code units after entities are parsed. */
export const TELEGRAM_TEXT_LIMIT = 4096;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// C0 and C1 controls other than tab and newline, plus bidi overrides that could flip the rest of the message.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const ELLIPSIS = '…';
/** First-strong isolate … pop: an RTL summary does not reorder the text around it. */
const FSI = '\u2068';
const PDI = '\u2069';

/** Replaces lone surrogates with U+FFFD and drops control characters Telegram would show as garbage. */
export function cleanText(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(UNSAFE, '').replace(/\r\n?/g, '\n');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** At most `max` UTF-16 code units, cut on a grapheme boundary, with `…` when something was cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return '';
  let out = '';
  for (const { segment } of segmenter.segment(text)) {
    if (out.length + segment.length > max - ELLIPSIS.length) break;
    out += segment;
  }
  return `${out.trimEnd()}${ELLIPSIS}`;
}

/** Outside text, cleaned, cut to `max` visible code units and escaped for HTML parse mode. */
export function safeText(text: string, max: number): string {
  return escapeHtml(truncate(cleanText(text), max));
}

/** Like safeText, wrapped in a bidi isolate so right-to-left text keeps to itself. */
export function isolatedText(text: string, max: number): string {
  return `${FSI}${safeText(text, max - 2)}${PDI}`;
}

/** An `<a>` to an http(s) URL, or the plain label when the URL is not one. */
export function link(url: string, labelHtml: string): string {
  return /^https?:\/\/[^\s<>"]+$/i.test(url) ? `<a href="${escapeHtml(url)}">${labelHtml}</a>` : labelHtml;
}

/** The length Telegram counts for our own HTML: tags removed, each entity one character. */
export function visibleLength(html: string): number {
  return html.replace(/<[^>]*>/g, '').replace(/&(?:amp|lt|gt|quot|#\d+|#x[0-9a-f]+);/gi, '_').length;
}
