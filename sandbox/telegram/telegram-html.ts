// Telegram's HTML parse mode, ported from tdlib's `parse_html` (td/telegram/MessageEntity.cpp, which the
// Bot API server runs): the same tag list, entity decoding, byte offsets and error texts. Returns plain
// text + entities (UTF-16 offsets) or throws TgError `Bad Request: can't parse entities: ...`. Pure.
import { tgErrors } from './telegram-errors';
import type { TgEntity } from './telegram-types';

const TAGS = new Set(['a', 'b', 'strong', 'i', 'em', 's', 'strike', 'del', 'u', 'ins', 'tg-spoiler', 'tg-emoji', 'span', 'pre', 'code', 'blockquote']);
const SIMPLE: Readonly<Record<string, string>> = {
  i: 'italic', em: 'italic', b: 'bold', strong: 'bold', s: 'strikethrough', strike: 'strikethrough', del: 'strikethrough',
  u: 'underline', ins: 'underline', 'tg-spoiler': 'spoiler', span: 'spoiler',
};
const PRIORITY: Readonly<Record<string, number>> = {
  bold: 90, italic: 91, underline: 92, strikethrough: 93, spoiler: 94, custom_emoji: 99, code: 20, pre: 11, text_link: 49, blockquote: 0, expandable_blockquote: 0,
};

type Open = { readonly tag: string; readonly arg: string; readonly utf16: number; readonly resultPos: number };
type Mutable = { type: string; offset: number; length: number; url?: string; language?: string; custom_emoji_id?: string };

export type ParsedText = { readonly text: string; readonly entities: readonly TgEntity[] };

export function parseHtml(input: string): ParsedText {
  if (input.includes('\0')) throw tgErrors.parseEntities('Text must not contain null bytes');
  const cps = Array.from(input, (ch) => ch.codePointAt(0) ?? 0);
  const bytes: number[] = [];
  let acc = 0;
  for (const cp of cps) { bytes.push(acc); acc += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }
  const at = (j: number): number => cps[j] ?? 0;
  const ch = (j: number): string => String.fromCodePoint(at(j));
  const isSpace = (j: number): boolean => [0, 9, 10, 11, 12, 13, 32].includes(at(j));
  const fail = (detail: string): never => { throw tgErrors.parseEntities(detail); };
  const out: number[] = [];
  const entities: Mutable[] = [];
  const stack: Open[] = [];
  let utf16 = 0;
  let badSurrogate = false;
  const emit = (cp: number): void => { out.push(cp); utf16 += cp > 0xffff ? 2 : 1; if (cp >= 0xd800 && cp <= 0xdfff) badSurrogate = true; };

  for (let j = 0; j < cps.length; j++) {
    if (at(j) === 0x26) {
      const decoded = decodeEntity(cps, j);
      if (decoded) { emit(decoded.code); j = decoded.next - 1; continue; }
    }
    if (at(j) !== 0x3c) { emit(at(j)); continue; }
    const begin = bytes[j] ?? 0;
    j++;
    if (ch(j) !== '/') {
      const nameStart = j;
      while (!isSpace(j) && ch(j) !== '>') j++;
      if (j >= cps.length) fail(`Unclosed start tag at byte offset ${begin}`);
      const tag = fromCps(cps.slice(nameStart, j)).replace(/[A-Z]/g, (c) => c.toLowerCase());
      if (!TAGS.has(tag)) fail(`Unsupported start tag "${tag}" at byte offset ${begin}`);
      let arg = '';
      while (ch(j) !== '>') {
        while (j < cps.length && isSpace(j)) j++;
        if (ch(j) === '>') break;
        const attrStart = j;
        while (!isSpace(j) && !'=>/"\''.includes(ch(j))) j++;
        const attr = fromCps(cps.slice(attrStart, j));
        if (attr === '') fail(`Empty attribute name in the tag "${tag}" at byte offset ${begin}`);
        while (j < cps.length && isSpace(j)) j++;
        if (ch(j) !== '=') {
          if (j >= cps.length) fail(`Unclosed start tag "${tag}" at byte offset ${begin}`);
          if (tag === 'blockquote' && attr === 'expandable') arg = '1';
          continue;
        }
        j++;
        while (j < cps.length && isSpace(j)) j++;
        if (j >= cps.length) fail(`Unclosed start tag "${tag}" at byte offset ${begin}`);
        let value = '';
        if (ch(j) !== '"' && ch(j) !== "'") {
          const tokenStart = j;
          while (/[A-Za-z0-9.-]/.test(ch(j)) && j < cps.length) j++;
          value = fromCps(cps.slice(tokenStart, j)).toLowerCase();
          if (!isSpace(j) && ch(j) !== '>') fail(`Unexpected end of name token at byte offset ${bytes[tokenStart] ?? 0}`);
        } else {
          const end = at(j++);
          const chars: number[] = [];
          while (j < cps.length && at(j) !== end) {
            const decoded = at(j) === 0x26 ? decodeEntity(cps, j) : undefined;
            if (decoded) { chars.push(decoded.code); j = decoded.next; continue; }
            chars.push(at(j++));
          }
          if (at(j) === end) j++;
          value = fromCps(chars);
        }
        if (j >= cps.length) fail(`Unclosed start tag at byte offset ${begin}`);
        if (tag === 'a' && attr === 'href') arg = value;
        else if (tag === 'code' && attr === 'class' && value.startsWith('language-')) arg = value.slice(9);
        else if (tag === 'span' && attr === 'class' && value.startsWith('tg-')) arg = value.slice(3);
        else if (tag === 'tg-emoji' && attr === 'emoji-id') arg = value;
        else if (tag === 'blockquote' && attr === 'expandable') arg = '1';
      }
      if (tag === 'span' && arg !== 'spoiler') fail(`Tag "span" must have class "tg-spoiler" at byte offset ${begin}`);
      stack.push({ tag, arg, utf16, resultPos: out.length });
      continue;
    }
    const top = stack[stack.length - 1];
    if (!top) fail(`Unexpected end tag at byte offset ${begin}`);
    const nameStart = j + 1;
    while (!isSpace(j) && ch(j) !== '>') j++;
    const endName = fromCps(cps.slice(nameStart, j)).toLowerCase();
    while (isSpace(j) && j < cps.length) j++;
    if (ch(j) !== '>') fail(`Unclosed end tag at byte offset ${begin}`);
    const open = top as Open;
    if (endName !== '' && endName !== open.tag) fail(`Unmatched end tag at byte offset ${begin}, expected "</${open.tag}>", found "</${endName}>"`);
    if (utf16 > open.utf16) addEntity(entities, open, utf16, fromCps(out.slice(open.resultPos)));
    stack.pop();
  }
  const unclosed = stack[stack.length - 1];
  if (unclosed) fail(`Can't find end tag corresponding to start tag "${unclosed.tag}"`);
  if (badSurrogate) fail('Text contains invalid Unicode characters after decoding HTML entities, check for unmatched surrogate code units');
  for (const e of entities) if (e.type === 'code') delete e.language;
  entities.sort((a, b) => a.offset - b.offset || b.length - a.length || (PRIORITY[a.type] ?? 50) - (PRIORITY[b.type] ?? 50));
  return { text: fromCps(out), entities };
}

/** String.fromCodePoint over arrays of any length (spreading a long array overflows the stack). */
function fromCps(cps: readonly number[]): string {
  let text = '';
  for (let k = 0; k < cps.length; k += 4096) text += String.fromCodePoint(...cps.slice(k, k + 4096));
  return text;
}

function addEntity(entities: Mutable[], open: Open, utf16: number, inner: string): void {
  const offset = open.utf16;
  const length = utf16 - offset;
  const last = entities[entities.length - 1];
  const sameRange = last !== undefined && last.offset === offset && last.length === length;
  const simple = SIMPLE[open.tag];
  if (simple) entities.push({ type: simple, offset, length });
  else if (open.tag === 'tg-emoji') {
    if (!/^-?\d{1,19}$/.test(open.arg) || BigInt(open.arg) === 0n) throw tgErrors.parseEntities('Invalid custom emoji identifier specified');
    entities.push({ type: 'custom_emoji', offset, length, custom_emoji_id: BigInt(open.arg).toString() });
  } else if (open.tag === 'a') {
    const url = checkedLink(open.arg === '' ? inner : open.arg);
    if (url !== undefined) entities.push({ type: 'text_link', offset, length, url });
  } else if (open.tag === 'pre') {
    if (sameRange && last.type === 'code' && last.language) last.type = 'pre';
    else entities.push({ type: 'pre', offset, length });
  } else if (open.tag === 'code') {
    if (sameRange && last.type === 'pre' && open.arg !== '') last.language = open.arg;
    else entities.push({ type: 'code', offset, length, ...(open.arg !== '' ? { language: open.arg } : {}) });
  } else entities.push({ type: open.arg === '1' ? 'expandable_blockquote' : 'blockquote', offset, length });
}

/** tdlib's decode_html_entity: numeric (`&#65;`, `&#x41;`) and `&lt; &gt; &amp; &quot;`; `;` optional. */
function decodeEntity(cps: readonly number[], pos: number): { code: number; next: number } | undefined {
  let end = pos + 1;
  let code = 0;
  const c = (k: number): number => cps[k] ?? 0;
  if (c(pos + 1) === 0x23) {
    end++;
    const hex = c(pos + 2) === 0x78;
    if (hex) end++;
    const digit = hex ? /[0-9a-fA-F]/ : /[0-9]/;
    while (digit.test(String.fromCodePoint(c(end))) && c(end) !== 0) code = code * (hex ? 16 : 10) + parseInt(String.fromCodePoint(c(end++)), 16);
    if (code === 0 || code >= 0x10ffff || end - pos >= 10) return undefined;
  } else {
    while (/[A-Za-z]/.test(String.fromCodePoint(c(end))) && c(end) !== 0) end++;
    const name = fromCps(cps.slice(pos + 1, end));
    const named: Readonly<Record<string, number>> = { lt: 0x3c, gt: 0x3e, amp: 0x26, quot: 0x22 };
    if (!Object.hasOwn(named, name)) return undefined;
    code = named[name] ?? 0;
  }
  return { code, next: c(end) === 0x3b ? end + 1 : end };
}

/** Approximates tdlib's LinkManager::get_checked_link: http(s)/tg/ton links, bare hosts get `http://`. */
function checkedLink(raw: string): string | undefined {
  const text = raw.trim();
  if (/^(tg|ton):/i.test(text)) return text;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (!url.hostname.includes('.') && url.hostname !== 'localhost') return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}
