// Reading answers back from a create-dialog issue: the rendered description of the form round-trips, a
// skeleton the agent filled in is read by heading and label, and mapped custom fields become answers.
import { readBackAnswers } from '../../../src/domain/rules/template/read-back-answers';
import { renderDescription } from '../../../src/domain/rules/template/render-description';
import { descriptionSkeleton } from '../../../src/domain/rules/template/ui-modification-data';
import { aTemplate } from '../../builders/template';

const resolved = { clientId: 'customfield_1', affectedScope: 'customfield_2', errorOccurredAt: 'customfield_3' };

describe('readBackAnswers', () => {
  it('round-trips the answers of a description the form rendered', () => {
    const t = aTemplate();
    const answers = { what: 'Checkout is down.\nSince 9:00.', evidence: 'HTTP 500', contact: 'Telegram' };
    const back = readBackAnswers(t, { description: renderDescription(t, answers) }, {});
    expect(back).toMatchObject(answers);
  });

  it('reads a filled-in skeleton and the mapped custom fields', () => {
    const t = aTemplate();
    const skeleton = descriptionSkeleton(t, resolved) as unknown as { content: { type: string; content?: unknown[] }[] };
    // The agent types under each heading, as in Jira's editor.
    const filled = { ...skeleton, content: skeleton.content.map((b) => (b.type === 'paragraph' && (b.content ?? []).length === 0 ? { type: 'paragraph', content: [{ type: 'text', text: 'Typed here' }] } : b)) };
    const back = readBackAnswers(t, { description: filled, customfield_1: 'ACME-1', customfield_2: { value: 'All clients' }, customfield_3: '2026-11-02T08:00:00.000+0000' }, resolved);
    expect(back).toMatchObject({ what: 'Typed here', clientId: 'ACME-1', scope: 'allClients', occurredAt: '2026-11-02T08:00:00.000+0000' });
  });

  it('leaves out what it cannot read: unknown option values, empty fields, a description without headings', () => {
    const back = readBackAnswers(aTemplate(), { description: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'free text' }] }] }, customfield_2: { value: 'Nope' } }, resolved);
    expect(back).toEqual({});
  });
});

describe('readBackAnswers from a plain-text editor', () => {
  it('reads headings that became paragraphs and "• Label:" lines', () => {
    const t = aTemplate();
    const p = (text: string) => ({ type: 'paragraph', content: text.split('\n').flatMap((l, i) => [...(i > 0 ? [{ type: 'hardBreak' }] : []), { type: 'text', text: l }]) });
    const section = t.mapping.description.find((s) => s.fieldIds.length > 1);
    if (!section) throw new Error('the default template has a multi-field section');
    const [a, b] = section.fieldIds.map((id) => t.fields.find((f) => f.id === id));
    if (!a || !b) throw new Error('fields');
    const description = { type: 'doc', version: 1, content: [p(section.heading.en), p(`• ${a.label.en}: first\n• ${b.label.en}: second`)] };
    expect(readBackAnswers(t, { description }, {})).toMatchObject({ [a.id]: 'first', [b.id]: 'second' });
  });
});
