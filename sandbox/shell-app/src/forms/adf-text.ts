// Plain text <-> ADF for the shell's simple text areas (description, comments, textarea fields): blank
// lines split paragraphs, single newlines become hardBreaks. Pure functions; never produce an empty text node.
import { asArray, asRecord, asString } from '../json';

export type AdfDoc = { readonly type: 'doc'; readonly version: 1; readonly content: readonly unknown[] };

export function textToAdf(text: string): AdfDoc | null {
  const paragraphs = text.replace(/\r\n/g, '\n').split(/\n{2,}/).map((p) => p.trim()).filter((p) => p !== '');
  if (paragraphs.length === 0) return null;
  return {
    type: 'doc',
    version: 1,
    content: paragraphs.map((p) => ({
      type: 'paragraph',
      content: p.split('\n').flatMap((line, i) => [...(i > 0 ? [{ type: 'hardBreak' }] : []), ...(line === '' ? [] : [{ type: 'text', text: line }])]),
    })),
  };
}

function inline(node: unknown): string {
  const n = asRecord(node);
  if (n.type === 'text') return asString(n.text);
  if (n.type === 'hardBreak') return '\n';
  if (n.type === 'mention') return asString(asRecord(n.attrs).text);
  if (n.type === 'emoji') return asString(asRecord(n.attrs).text) || asString(asRecord(n.attrs).shortName);
  return asArray(n.content).map(inline).join('');
}

function block(node: unknown, prefix = ''): string {
  const n = asRecord(node);
  const children = asArray(n.content);
  switch (n.type) {
    case 'bulletList':
      return children.map((c) => block(c, '• ')).join('\n');
    case 'orderedList':
      return children.map((c, i) => block(c, `${i + 1}. `)).join('\n');
    case 'listItem':
      return prefix + children.map((c) => block(c)).join('\n');
    case 'paragraph':
    case 'heading':
    case 'codeBlock':
      return prefix + children.map(inline).join('');
    default:
      return prefix + children.map((c) => block(c)).join('\n\n');
  }
}

/** A string stays as is; an ADF document becomes its text, paragraphs separated by blank lines. */
export function adfToText(value: unknown): string {
  if (typeof value === 'string') return value;
  const doc = asRecord(value);
  if (doc.type !== 'doc') return '';
  return asArray(doc.content).map((c) => block(c)).join('\n\n');
}
