// The Jira comment made from a client's Telegram message: who wrote it (name and @username) and where, the
// person's words quoted, links to the files copied as attachments, and a note for each file that could not
// be copied. Pure ADF; the plain text stays under Jira's comment limit however long the message is.
import { translate, type Locale } from '../../../shared/i18n';
import { cleanText, truncate } from './html';

/** Jira's limit is 32,767 characters of the comment; a margin is kept for how Jira counts its storage format. */
export const COMMENT_TEXT_BUDGET = 32_000;

type Mark = { readonly type: 'strong' } | { readonly type: 'link'; readonly attrs: { readonly href: string } };
type Text = { readonly type: 'text'; readonly text: string; readonly marks?: readonly Mark[] };
type Inline = Text | { readonly type: 'hardBreak' };
type Paragraph = { readonly type: 'paragraph'; readonly content: readonly Inline[] };
type Block =
  | Paragraph
  | { readonly type: 'blockquote'; readonly content: readonly Paragraph[] }
  | { readonly type: 'bulletList'; readonly content: readonly { readonly type: 'listItem'; readonly content: readonly Paragraph[] }[] };
export type CommentDoc = { readonly type: 'doc'; readonly version: 1; readonly content: readonly Block[] };

export type TelegramAuthor = { readonly name: string; readonly username: string | null };
export type CopiedFile = { readonly filename: string; readonly url: string };
export type SkippedFile = { readonly label: string; readonly size: number | null; readonly reason: 'tooBig' | 'failed'; readonly detail: string | null };

export type CommentInput = {
  readonly locale: Locale;
  readonly author: TelegramAuthor;
  readonly chatTitle: string;
  readonly text: string;
  readonly edited: boolean;
  readonly attachments: readonly CopiedFile[];
  readonly skipped: readonly SkippedFile[];
};

/** "25.3 MB", "812 KB", "96 B". */
export function formatSize(bytes: number | null): string {
  if (bytes === null) return '?';
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} B`;
}

/** "Ivan Petrov (@ivanp)"; the username alone, or "Telegram user 42", when the name is empty. */
export function authorLabel(author: TelegramAuthor): string {
  const name = cleanText(author.name).replace(/\s+/g, ' ').trim();
  const user = author.username ? `@${author.username}` : '';
  if (name === '') return user;
  return user === '' ? name : `${name} (${user})`;
}

function lines(text: string): Inline[] {
  const out: Inline[] = [];
  text.split('\n').forEach((line, i) => {
    if (i > 0) out.push({ type: 'hardBreak' });
    if (line !== '') out.push({ type: 'text', text: line });
  });
  while (out[out.length - 1]?.type === 'hardBreak') out.pop();
  while (out[0]?.type === 'hardBreak') out.shift();
  return out;
}

function quoteParagraphs(text: string): Paragraph[] {
  return text.split(/\n[ \t]*\n/).map((chunk) => lines(chunk.trim())).filter((c) => c.length > 0).map((content) => ({ type: 'paragraph', content }));
}

const para = (text: string): Paragraph => ({ type: 'paragraph', content: lines(text) });

export function buildTelegramComment(input: CommentInput): CommentDoc {
  const { locale } = input;
  const person = authorLabel(input.author) || 'Telegram';
  const chat = truncate(cleanText(input.chatTitle).replace(/\s+/g, ' ').trim(), 200) || 'Telegram';
  const header = translate(locale, input.edited ? 'tgc.comment.headerEdited' : 'tgc.comment.header', { person, chat });
  const notes = input.skipped.map((s) => s.reason === 'tooBig'
    ? translate(locale, 'tgc.comment.tooBig', { file: s.label, size: formatSize(s.size) })
    : translate(locale, 'tgc.comment.failed', { file: s.label, reason: s.detail ?? '?' }));
  const files = input.attachments.map((a) => ({ ...a, filename: truncate(cleanText(a.filename), 255) || 'file' }));
  const fixed = header.length + notes.join('\n').length + files.reduce((n, f) => n + f.filename.length + 1, 0) + 200;
  const cut = translate(locale, 'tgc.comment.cut');
  const raw = cleanText(input.text).trim();
  const budget = Math.max(0, COMMENT_TEXT_BUDGET - fixed);
  const quoted = raw.length > budget ? `${truncate(raw, Math.max(0, budget - cut.length - 2))}\n${cut}` : raw;

  const headerLine: Paragraph = {
    type: 'paragraph',
    content: header.includes(person)
      ? header.split(person).flatMap((part, i): Text[] => [
          ...(i > 0 ? [{ type: 'text', text: person, marks: [{ type: 'strong' }] } as Text] : []),
          ...(part !== '' ? [{ type: 'text', text: part } as Text] : []),
        ])
      : lines(header),
  };
  const quote = quoteParagraphs(quoted);
  const content: Block[] = [headerLine, { type: 'blockquote', content: quote.length > 0 ? quote : [para(translate(locale, 'tgc.comment.noText'))] }];
  if (files.length > 0) {
    content.push(para(translate(locale, 'tgc.comment.attachments')));
    content.push({
      type: 'bulletList',
      content: files.map((f) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: f.filename, marks: [{ type: 'link', attrs: { href: f.url } }] }] }] })),
    });
  }
  for (const note of notes) content.push(para(note));
  return { type: 'doc', version: 1, content };
}
