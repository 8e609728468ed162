import { adfToText, isAdfDoc } from '../../../sandbox/jira/adf';
import { adfTextLength, type AdfNode } from '../../../src/domain/model/template/adf';
import { renderDescription, SECTION_HEADING_LEVEL } from '../../../src/domain/rules/template/render-description';
import { renderSummary, SUMMARY_LIMIT } from '../../../src/domain/rules/template/render-summary';
import { validateAnswers } from '../../../src/domain/rules/template/validate-answers';
import type { Answers, TemplateDefinition } from '../../../src/domain/model/template/types';
import { aTemplate, someAnswers } from '../../builders/template';

const now = new Date('2026-11-02T09:00:00.000Z');

function clean(template: TemplateDefinition, raw: Record<string, unknown>): Answers {
  const { answers, errors } = validateAnswers(template, raw, now);
  expect(errors).toEqual({});
  return answers;
}

function nodes(node: AdfNode): AdfNode[] {
  return [node, ...('content' in node ? node.content.flatMap((c) => nodes(c)) : [])];
}

describe('summary', () => {
  it('fills the pattern with answers on one line', () => {
    const t = aTemplate();
    expect(renderSummary(t, clean(t, someAnswers()))).toBe('[4711] Checkout answers 500 since the morning. The client retried twice.');
  });

  it('drops empty brackets when an optional placeholder is unanswered', () => {
    const t = aTemplate({ mapping: { summaryPattern: '[{contact}] {what}' } });
    expect(renderSummary(t, clean(t, someAnswers({ contact: '' })))).toBe('Checkout answers 500 since the morning. The client retried twice.');
  });

  it('shows option labels in the template’s language', () => {
    const t = aTemplate({ locale: 'ru', mapping: { summaryPattern: '{scope}: {clientId}' } });
    expect(renderSummary(t, clean(t, someAnswers()))).toBe('Один или несколько клиентов: 4711');
  });

  it('cuts to 255 characters with an ellipsis and never splits a surrogate pair', () => {
    const t = aTemplate({ mapping: { summaryPattern: '{what}' } });
    const emoji = '😀'.repeat(200);
    const summary = renderSummary(t, clean(t, someAnswers({ what: emoji })));
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(summary.endsWith('…')).toBe(true);
    expect(summary).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('falls back to the template name rather than an empty summary', () => {
    const t = aTemplate({ mapping: { summaryPattern: '{contact}' } });
    expect(renderSummary(t, clean(t, someAnswers({ contact: undefined })))).toBe('Incident');
  });
});

describe('description (ADF)', () => {
  const t = aTemplate();
  const description = renderDescription(t, clean(t, someAnswers()));
  const all = nodes(description);

  it('is a document Jira accepts, without a single empty text node', () => {
    expect(isAdfDoc(description)).toBe(true);
    expect(all.filter((n) => n.type === 'text' && n.text === '')).toEqual([]);
  });

  it('has one heading per answered section, all at the section level', () => {
    const headings = all.filter((n) => n.type === 'heading');
    expect(headings.map((h) => (h.type === 'heading' ? [h.attrs.level, h.content] : []))).toEqual([
      [SECTION_HEADING_LEVEL, [{ type: 'text', text: 'Client report' }]],
      [SECTION_HEADING_LEVEL, [{ type: 'text', text: 'Facts' }]],
      [SECTION_HEADING_LEVEL, [{ type: 'text', text: 'Steps or evidence' }]],
    ]);
  });

  it('quotes the client’s words with a hardBreak per newline', () => {
    expect(description.content[1]).toEqual({
      type: 'blockquote',
      content: [{ type: 'paragraph', content: [
        { type: 'text', text: 'Checkout answers 500 since the morning.' }, { type: 'hardBreak' }, { type: 'text', text: 'The client retried twice.' },
      ] }],
    });
  });

  it('lists the facts as bullets with bold labels, moments in UTC and option labels', () => {
    const list = description.content[3];
    expect(list?.type).toBe('bulletList');
    const texts = nodes(list ?? description).flatMap((n) => (n.type === 'text' ? [n.text] : []));
    expect(texts).toEqual(['Client ID:', ' ', '4711', 'When the error occurred:', ' ', '2026-11-02 07:30 UTC',
      'Affected scope:', ' ', 'One client or a few', 'Contact channel:', ' ', 'Telegram group "ACME support"']);
    expect(nodes(list ?? description).find((n) => n.type === 'text' && n.text === 'Client ID:')).toMatchObject({ marks: [{ type: 'strong' }] });
  });

  it('puts evidence in a code block that keeps its newlines', () => {
    expect(description.content[5]).toEqual({ type: 'codeBlock', attrs: {}, content: [{ type: 'text', text: 'HTTP 500 /checkout\n  at PaymentService.charge (payment.ts:42)' }] });
  });

  it('leaves out sections whose fields are unanswered', () => {
    const bare = renderDescription(t, clean(t, someAnswers({ evidence: '', contact: '   ' })));
    expect(nodes(bare).filter((n) => n.type === 'heading')).toHaveLength(2);
    expect(nodes(bare).some((n) => n.type === 'codeBlock')).toBe(false);
  });

  it('renders headings in Russian for the Russian template', () => {
    const ru = aTemplate({ locale: 'ru' });
    const headings = nodes(renderDescription(ru, clean(ru, someAnswers()))).filter((n) => n.type === 'heading');
    expect(headings[0]).toMatchObject({ content: [{ text: 'Обращение клиента' }] });
  });

  it('labels a field itself when its section has no heading', () => {
    const noHeading = aTemplate({ mapping: { description: [{ id: 's', heading: { en: '', ru: '' }, fieldIds: ['what'], layout: 'paragraphs' }] } });
    const out = renderDescription(noHeading, { what: 'ab\ncd' });
    expect(out.content.map((b) => b.type)).toEqual(['paragraph', 'blockquote']);
    expect(adfTextLength(out)).toBe('What the client reports:'.length + 1 + 'ab\ncd'.length);
  });

  it('counts text the way the Jira stand-in measures the 32,767 limit', () => {
    expect(adfTextLength(description)).toBe(adfToText(description).length);
  });
});
