// Renders a Telegram message's text with its parsed entities (bold, italic, code, links, ...) as React
// elements, the way Telegram clients do. Never uses innerHTML: the text is only ever a text node, and a
// link is only made for http(s) and tg: URLs.
import type { ReactNode } from 'react';
import type { TgEntity } from './telegram-api';

const SAFE_URL = /^(?:https?:|tg:)/i;

function wrap(e: TgEntity, text: string, children: ReactNode[], key: string): ReactNode {
  switch (e.type) {
    case 'bold': return <strong key={key}>{children}</strong>;
    case 'italic': return <em key={key}>{children}</em>;
    case 'underline': return <u key={key}>{children}</u>;
    case 'strikethrough': return <s key={key}>{children}</s>;
    case 'code': return <code key={key} className="lb-tg-code">{children}</code>;
    case 'pre': return <pre key={key} className="lb-tg-pre">{children}</pre>;
    case 'spoiler': return <span key={key} className="lb-tg-spoiler">{children}</span>;
    case 'blockquote':
    case 'expandable_blockquote': return <blockquote key={key} className="lb-tg-quote">{children}</blockquote>;
    case 'text_link':
    case 'url': {
      const href = e.type === 'url' ? text : e.url ?? '';
      return SAFE_URL.test(href) ? <a key={key} href={href} target="_blank" rel="noopener noreferrer">{children}</a> : <span key={key}>{children}</span>;
    }
    case 'mention':
    case 'bot_command':
    case 'hashtag': return <span key={key} className="lb-tg-link">{children}</span>;
    default: return <span key={key}>{children}</span>;
  }
}

function renderRange(text: string, start: number, end: number, list: readonly TgEntity[], prefix: string): ReactNode[] {
  const out: ReactNode[] = [];
  let pos = start;
  list.forEach((e, i) => {
    if (e.offset < pos || e.offset + e.length > end) return;
    if (e.offset > pos) out.push(text.slice(pos, e.offset));
    const eEnd = e.offset + e.length;
    const inner = list.filter((x) => x !== e && x.offset >= e.offset && x.offset + x.length <= eEnd && !(x.offset === e.offset && x.length === e.length && list.indexOf(x) < i));
    out.push(wrap(e, text.slice(e.offset, eEnd), renderRange(text, e.offset, eEnd, inner, `${prefix}${i}.`), `${prefix}${i}`));
    pos = eEnd;
  });
  if (pos < end) out.push(text.slice(pos, end));
  return out;
}

/** `text` with `entities` (UTF-16 offsets, as the Bot API sends them, which is how JS strings index). */
export function TelegramText({ text, entities }: { readonly text: string; readonly entities: readonly TgEntity[] }) {
  const sorted = [...entities].filter((e) => e.length > 0).sort((a, b) => a.offset - b.offset || b.length - a.length);
  return <>{renderRange(text, 0, text.length, sorted, 'e')}</>;
}
