// Atlassian Document Format: the node types LineBridge writes and builders that never emit an empty text
// node (Jira rejects them). Pure; the length count mirrors how Jira measures a description's text.

export type AdfMark = { readonly type: 'strong' } | { readonly type: 'em' };
export type AdfText = { readonly type: 'text'; readonly text: string; readonly marks?: readonly AdfMark[] };
export type AdfHardBreak = { readonly type: 'hardBreak' };
export type AdfInline = AdfText | AdfHardBreak;
export type AdfParagraph = { readonly type: 'paragraph'; readonly content: readonly AdfInline[] };
export type AdfHeading = { readonly type: 'heading'; readonly attrs: { readonly level: 1 | 2 | 3 | 4 | 5 | 6 }; readonly content: readonly AdfInline[] };
export type AdfCodeBlock = { readonly type: 'codeBlock'; readonly attrs: Readonly<Record<string, never>>; readonly content: readonly AdfText[] };
export type AdfBlockquote = { readonly type: 'blockquote'; readonly content: readonly AdfParagraph[] };
export type AdfListItem = { readonly type: 'listItem'; readonly content: readonly (AdfParagraph | AdfCodeBlock)[] };
export type AdfBulletList = { readonly type: 'bulletList'; readonly content: readonly AdfListItem[] };
export type AdfBlock = AdfParagraph | AdfHeading | AdfCodeBlock | AdfBlockquote | AdfBulletList;
export type AdfDoc = { readonly version: 1; readonly type: 'doc'; readonly content: readonly AdfBlock[] };
export type AdfNode = AdfDoc | AdfBlock | AdfListItem | AdfInline;

/** Text with newlines → text nodes separated by hardBreaks; empty lines leave no empty text node. */
export function inlineText(text: string, marks?: readonly AdfMark[]): AdfInline[] {
  const out: AdfInline[] = [];
  text.split('\n').forEach((line, i) => {
    if (i > 0) out.push({ type: 'hardBreak' });
    if (line !== '') out.push(marks ? { type: 'text', text: line, marks } : { type: 'text', text: line });
  });
  while (out[out.length - 1]?.type === 'hardBreak') out.pop();
  while (out[0]?.type === 'hardBreak') out.shift();
  return out;
}

export function paragraph(content: readonly AdfInline[]): AdfParagraph {
  return { type: 'paragraph', content };
}

/** Paragraphs from text: blank lines split paragraphs, single newlines become hardBreaks. */
export function paragraphs(text: string): AdfParagraph[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((chunk) => inlineText(chunk.trim()))
    .filter((content) => content.length > 0)
    .map(paragraph);
}

export function heading(text: string, level: AdfHeading['attrs']['level']): AdfHeading | undefined {
  const content = inlineText(text.replace(/\s*\n\s*/g, ' ').trim());
  return content.length > 0 ? { type: 'heading', attrs: { level }, content } : undefined;
}

/** A code block keeps newlines inside its one text node (ADF code blocks take no hardBreaks). */
export function codeBlock(text: string): AdfCodeBlock | undefined {
  return text === '' ? undefined : { type: 'codeBlock', attrs: {}, content: [{ type: 'text', text }] };
}

export function blockquote(text: string): AdfBlockquote | undefined {
  const content = paragraphs(text);
  return content.length > 0 ? { type: 'blockquote', content } : undefined;
}

export function bulletList(items: readonly AdfListItem['content'][]): AdfBulletList | undefined {
  const content = items.filter((c) => c.length > 0).map((c): AdfListItem => ({ type: 'listItem', content: c }));
  return content.length > 0 ? { type: 'bulletList', content } : undefined;
}

export function doc(content: readonly AdfBlock[]): AdfDoc {
  return { version: 1, type: 'doc', content };
}

function children(node: AdfNode): readonly AdfNode[] {
  return 'content' in node ? node.content : [];
}

/**
 * Plain-text length as Jira counts it against the 32,767-character limit: text in UTF-16 units, a hardBreak
 * as one newline, and one newline between the blocks of the document and of lists.
 */
export function adfTextLength(node: AdfNode): number {
  if (node.type === 'text') return node.text.length;
  if (node.type === 'hardBreak') return 1;
  const inner = children(node);
  const separators = node.type === 'doc' || node.type === 'bulletList' ? Math.max(0, inner.length - 1) : 0;
  return inner.reduce((sum, child) => sum + adfTextLength(child), separators);
}
