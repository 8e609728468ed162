// Atlassian Document Format helpers: a minimal validator (what Jira rejects with "Operation value must be an
// Atlassian Document"), a plain-text rendering (changelog strings, events, length limits) and a tiny HTML
// rendering for `expand=renderedFields`. Never mutates the documents it is given.
import { scalar } from './format';
import { isRecord } from './http/json-body';

export type AdfNode = {
  readonly type: string;
  readonly text?: string;
  readonly attrs?: Readonly<Record<string, unknown>>;
  readonly marks?: readonly { readonly type: string; readonly attrs?: Readonly<Record<string, unknown>> }[];
  readonly content?: readonly AdfNode[];
};
export type AdfDoc = AdfNode & { readonly type: 'doc'; readonly version: 1; readonly content: readonly AdfNode[] };

export const ADF_ERROR = 'Operation value must be an Atlassian Document (see the Atlassian Document Format)';

const BLOCKS = new Set(['paragraph', 'heading', 'bulletList', 'orderedList', 'listItem', 'codeBlock', 'blockquote',
  'rule', 'panel', 'table', 'tableRow', 'tableHeader', 'tableCell', 'mediaSingle', 'mediaGroup', 'media', 'expand']);
const INLINES = new Set(['text', 'hardBreak', 'mention', 'emoji', 'inlineCard', 'date', 'status']);

/** Returns true when `value` is a document Jira would accept (doc, version 1, known nodes, non-empty text). */
export function isAdfDoc(value: unknown): value is AdfDoc {
  if (!isRecord(value) || value.type !== 'doc' || value.version !== 1 || !Array.isArray(value.content)) return false;
  return value.content.every((node) => isValidNode(node));
}

function isValidNode(node: unknown): boolean {
  if (!isRecord(node) || typeof node.type !== 'string') return false;
  if (node.type === 'text') return typeof node.text === 'string' && node.text.length > 0;
  if (!BLOCKS.has(node.type) && !INLINES.has(node.type)) return false;
  if (node.content === undefined) return true;
  return Array.isArray(node.content) && node.content.every((child) => isValidNode(child));
}

export function textToAdf(text: string): AdfDoc {
  const paragraphs = text.split(/\n{2,}/).filter((p) => p !== '');
  return {
    type: 'doc',
    version: 1,
    content: paragraphs.map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p }] })),
  };
}

/** Plain text: blocks separated by newlines, mentions as `@Name`. */
export function adfToText(node: AdfNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  if (node.type === 'mention') return scalar(node.attrs?.text) || `@${scalar(node.attrs?.id)}`;
  if (node.type === 'emoji') return scalar(node.attrs?.text) || scalar(node.attrs?.shortName);
  const inner = (node.content ?? []).map((c) => adfToText(c));
  const blockish = node.type === 'doc' || node.type.endsWith('List') || node.type === 'table' || node.type === 'tableRow';
  return inner.join(blockish ? '\n' : '');
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function adfToHtml(node: AdfNode): string {
  const inner = (node.content ?? []).map((c) => adfToHtml(c)).join('');
  switch (node.type) {
    case 'doc': return inner;
    case 'text': return markText(node);
    case 'hardBreak': return '<br/>';
    case 'paragraph': return `<p>${inner}</p>`;
    case 'heading': return `<h${Number(node.attrs?.level ?? 1)}>${inner}</h${Number(node.attrs?.level ?? 1)}>`;
    case 'bulletList': return `<ul>${inner}</ul>`;
    case 'orderedList': return `<ol>${inner}</ol>`;
    case 'listItem': return `<li>${inner}</li>`;
    case 'codeBlock': return `<pre>${inner}</pre>`;
    case 'blockquote': return `<blockquote>${inner}</blockquote>`;
    case 'mention': return `<a class="user-hover">${escapeHtml(adfToText(node))}</a>`;
    default: return inner;
  }
}

function markText(node: AdfNode): string {
  let html = escapeHtml(node.text ?? '');
  for (const mark of node.marks ?? []) {
    if (mark.type === 'strong') html = `<b>${html}</b>`;
    else if (mark.type === 'em') html = `<em>${html}</em>`;
    else if (mark.type === 'code') html = `<tt>${html}</tt>`;
    else if (mark.type === 'link') html = `<a href="${escapeHtml(scalar(mark.attrs?.href))}">${html}</a>`;
  }
  return html;
}

export function mentionedAccountIds(node: AdfNode): string[] {
  const own = node.type === 'mention' && typeof node.attrs?.id === 'string' ? [node.attrs.id] : [];
  return [...own, ...(node.content ?? []).flatMap((c) => mentionedAccountIds(c))];
}
