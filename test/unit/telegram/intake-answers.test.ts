// The intake's reading of chat answers and its questions: moments people type, selects by number or text,
// "-" for optional questions, the template's validators deciding, and the transition guard's fields added
// only where the template does not fill them. Pure.
import { DEFAULT_TRANSITION_GUARD } from '../../../src/domain/model/guard/defaults';
import type { GuardRule } from '../../../src/domain/model/guard/types';
import { parseAnswer, parseHumanMoment } from '../../../src/domain/use-cases/telegram/intake/answer-parse';
import { draftQuestions } from '../../../src/domain/use-cases/telegram/intake/questions';
import { normalizeCode } from '../../../src/domain/use-cases/telegram/intake/link-codes';
import { aTemplate, text } from '../../builders/template';

const NOW = new Date('2026-11-02T09:00:00.000Z');
const template = aTemplate();
const question = (id: string) => {
  const field = template.fields.find((f) => f.id === id);
  if (!field) throw new Error(id);
  return { field, target: null, minLength: null };
};

describe('moments people type', () => {
  it.each([
    ['now', '2026-11-02T09:00:00.000Z'],
    ['Сейчас', '2026-11-02T09:00:00.000Z'],
    ['08:30', '2026-11-02T08:30:00.000Z'],
    ['23:50', '2026-11-01T23:50:00.000Z'],
    ['yesterday 9:15', '2026-11-01T09:15:00.000Z'],
    ['вчера 09:15', '2026-11-01T09:15:00.000Z'],
    ['2026-11-01 14:30', '2026-11-01T14:30:00.000Z'],
    ['2026-11-01 14:30 +03:00', '2026-11-01T11:30:00.000Z'],
    ['01.11.2026 14:30', '2026-11-01T14:30:00.000Z'],
    ['15 min ago', '2026-11-02T08:45:00.000Z'],
    ['2 часа назад', '2026-11-02T07:00:00.000Z'],
    ['2026-11-01T14:30+01:00', '2026-11-01T13:30:00.000Z'],
  ])('reads %s', (typed, iso) => {
    expect(parseHumanMoment(typed, NOW)).toBe(iso);
  });

  it.each(['sometime', '31.02.2026 10:00', '25:00', ''])('refuses %s', (typed) => {
    expect(parseHumanMoment(typed, NOW)).toBeUndefined();
  });
});

describe('answers', () => {
  it('takes a select by number, by its text in either language or by its Jira value', () => {
    expect(parseAnswer(question('scope'), '2', template, NOW)).toEqual({ kind: 'value', value: 'moreThanHalf' });
    expect(parseAnswer(question('scope'), 'all clients', template, NOW)).toEqual({ kind: 'value', value: 'allClients' });
    expect(parseAnswer(question('scope'), '9', template, NOW)).toMatchObject({ kind: 'error', key: 'tg.intake.error.option', params: { count: 4 } });
  });

  it('lets the template’s validators decide: the future, the client ID pattern, the length', () => {
    expect(parseAnswer(question('occurredAt'), 'tomorrow', template, NOW)).toMatchObject({ kind: 'error', key: 'tg.intake.error.dateTime' });
    expect(parseAnswer(question('occurredAt'), '2027-01-01 10:00', template, NOW)).toMatchObject({ kind: 'error', key: 'validation.dateInFuture' });
    expect(parseAnswer(question('clientId'), 'has spaces', template, NOW)).toMatchObject({ kind: 'error', key: 'validation.clientId' });
    expect(parseAnswer(question('contact'), 'x'.repeat(300), template, NOW)).toMatchObject({ kind: 'error', key: 'validation.tooLong' });
  });

  it('skips an optional question with "-", never a required one', () => {
    expect(parseAnswer(question('contact'), '-', template, NOW)).toEqual({ kind: 'skip' });
    expect(parseAnswer(question('what'), '-', template, NOW)).toEqual({ kind: 'value', value: '-' });
    expect(parseAnswer(question('what'), '   ', template, NOW)).toMatchObject({ kind: 'error', key: 'validation.required' });
  });
});

describe('questions', () => {
  it('asks the default template’s fields only: the guard’s "Open" fields are already in it', () => {
    const asked = draftQuestions(template, DEFAULT_TRANSITION_GUARD.rules, new Set(['clientId']));
    expect(asked.map((q) => q.field.id)).toEqual(['what', 'occurredAt', 'scope', 'evidence', 'contact']);
  });

  it('adds a field the guard requires for New → Open that the template lacks, with its target', () => {
    const rule: GuardRule = {
      id: 'sup-open-line', projectKey: 'SUP', issueTypeName: null, target: { kind: 'status', toStatus: 'Open', fromStatuses: [] },
      fields: [
        { ref: { kind: 'jira', fieldId: 'customfield_10099' }, check: 'minLength', minLength: 10, label: text('Steps to reproduce', 'Шаги') },
        { ref: { kind: 'system', id: 'assignee' }, check: 'nonEmpty', label: text('Assignee') },
      ],
      priorityNames: [], requireComment: false, message: text('{fields}'),
    };
    const asked = draftQuestions(template, [rule, ...DEFAULT_TRANSITION_GUARD.rules], new Set());
    const extra = asked.at(-1);
    expect(asked).toHaveLength(template.fields.length + 1);
    expect(extra).toMatchObject({ target: { kind: 'jira', fieldId: 'customfield_10099' }, minLength: 10, field: { type: 'text', required: true, label: { ru: 'Шаги' } } });
    expect(parseAnswer(extra ?? question('what'), 'too short', template, NOW)).toMatchObject({ kind: 'error', key: 'tg.intake.error.minLength' });
  });
});

describe('link codes', () => {
  it('reads what people retype: case, spaces and dashes do not matter', () => {
    expect(normalizeCode(' abcd-efgh ')).toBe(normalizeCode('ABCDEFGH'));
  });
});
