// The issue description as ADF: per section a heading, then its answered fields as paragraphs or a bullet
// list; `code` fields become code blocks, `quote` fields block quotes (the client's own words).
// Never emits an empty text node or an empty section; unanswered optional fields are left out.
import type { Locale } from '../../../shared/i18n';
import {
  blockquote, bulletList, codeBlock, doc, heading, inlineText, paragraph, paragraphs,
  type AdfBlock, type AdfDoc, type AdfInline, type AdfListItem,
} from '../../model/template/adf';
import type { Answers, DescriptionSection, TemplateDefinition, TemplateField } from '../../model/template/types';
import { displayValue } from './display';

export const SECTION_HEADING_LEVEL = 2;

type Answered = { readonly field: TemplateField; readonly text: string };

function label(field: TemplateField, locale: Locale): AdfInline[] {
  return inlineText(`${field.label[locale]}:`, [{ type: 'strong' }]);
}

function bodyBlocks(a: Answered): AdfBlock[] {
  const block = a.field.format === 'code' ? codeBlock(a.text) : a.field.format === 'quote' ? blockquote(a.text) : undefined;
  return block ? [block] : paragraphs(a.text);
}

function paragraphLayout(items: readonly Answered[], labelled: boolean, locale: Locale): AdfBlock[] {
  return items.flatMap((a) => {
    const body = bodyBlocks(a);
    if (!labelled) return body;
    const [first, ...rest] = body;
    // A plain field's first paragraph starts with its label; code and quotes get the label on its own line.
    if (first?.type === 'paragraph') return [paragraph([...label(a.field, locale), { type: 'text', text: ' ' }, ...first.content]), ...rest];
    return [paragraph(label(a.field, locale)), ...body];
  });
}

function bulletLayout(items: readonly Answered[], locale: Locale): AdfBlock[] {
  const list = bulletList(
    items.map((a): AdfListItem['content'] => {
      if (a.field.format === 'code') {
        const code = codeBlock(a.text);
        return code ? [paragraph(label(a.field, locale)), code] : [];
      }
      return [paragraph([...label(a.field, locale), { type: 'text', text: ' ' }, ...inlineText(a.text)])];
    }),
  );
  return list ? [list] : [];
}

function sectionBlocks(template: TemplateDefinition, section: DescriptionSection, answers: Answers): AdfBlock[] {
  const locale = template.locale;
  const items = section.fieldIds.flatMap((id): Answered[] => {
    const field = template.fields.find((f) => f.id === id);
    const value = answers[id];
    const text = field && value !== undefined ? displayValue(field, value, locale) : '';
    return field && text !== '' ? [{ field, text }] : [];
  });
  if (items.length === 0) return [];
  const title = heading(section.heading[locale], SECTION_HEADING_LEVEL);
  const body = section.layout === 'bullets' ? bulletLayout(items, locale) : paragraphLayout(items, items.length > 1 || !title, locale);
  return title ? [title, ...body] : body;
}

export function renderDescription(template: TemplateDefinition, answers: Answers): AdfDoc {
  const blocks = template.mapping.description.flatMap((s) => sectionBlocks(template, s, answers));
  return doc(blocks.length > 0 ? blocks : [paragraph(inlineText(template.name[template.locale]))]);
}
