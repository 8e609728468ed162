import { prepareIncident } from '../../../src/domain/rules/template/prepare-incident';
import { validateAnswers } from '../../../src/domain/rules/template/validate-answers';
import { aField, aTemplate, someAnswers, text } from '../../builders/template';

const now = new Date('2026-11-02T09:00:00.000Z');
const template = aTemplate();
const ctx = { ref: { templateId: template.id, version: 3 }, resolved: {}, now, source: 'form' as const };

describe('validating answers', () => {
  it('accepts the default answers and normalises moments to UTC', () => {
    const { answers, errors } = validateAnswers(template, someAnswers(), now);
    expect(errors).toEqual({});
    expect(answers.occurredAt).toBe('2026-11-02T07:30:00.000Z');
  });

  it('names every missing required answer and ignores missing optional ones', () => {
    const { errors } = validateAnswers(template, { what: '  \n ', evidence: '' }, now);
    expect(errors).toEqual({ what: 'validation.required', clientId: 'validation.required', occurredAt: 'validation.required', scope: 'validation.required' });
  });

  it('refuses a payload that is not an object', () => {
    expect(validateAnswers(template, 'what', now).errors).toEqual({ _: 'validation.required' });
  });

  it.each([
    ['a number as text', 'what', 42, 'validation.type'],
    ['an object as client ID', 'clientId', { id: 4711 }, 'validation.type'],
    ['a client ID with a space', 'clientId', '47 11', 'validation.clientId'],
    ['a client ID starting with a dash', 'clientId', '-4711', 'validation.clientId'],
    ['a 101-character client ID', 'clientId', 'x'.repeat(101), 'validation.tooLong'],
    ['a local date format', 'occurredAt', '02.11.2026 10:30', 'validation.dateTime'],
    ['a moment without a zone', 'occurredAt', '2026-11-02T10:30:00', 'validation.dateTime'],
    ['February 30', 'occurredAt', '2026-02-30T10:30:00Z', 'validation.dateTime'],
    ['a moment 10 minutes ahead', 'occurredAt', '2026-11-02T09:10:00Z', 'validation.dateInFuture'],
    ['epoch milliseconds', 'occurredAt', 1793610000000, 'validation.type'],
    ['an unknown option', 'scope', 'everyone', 'validation.option'],
    ['a list for a select', 'scope', ['allClients'], 'validation.type'],
    ['256 characters of one-line text', 'contact', 'x'.repeat(256), 'validation.tooLong'],
  ])('refuses %s (%s → %s)', (_case, fieldId, value, key) => {
    expect(validateAnswers(template, someAnswers({ [fieldId]: value }), now).errors).toEqual({ [fieldId]: key });
  });

  it('accepts a numeric client ID and a moment a little ahead of the server clock', () => {
    const { answers, errors } = validateAnswers(template, someAnswers({ clientId: 4711, occurredAt: '2026-11-02T09:04:00Z' }), now);
    expect(errors).toEqual({});
    expect(answers.clientId).toBe('4711');
  });

  it('checks numbers against their range', () => {
    const t = aTemplate({ fields: [aField({ id: 'share', type: 'number', min: 0, max: 100, required: true })] });
    expect(validateAnswers(t, { share: '55.5' }, now)).toEqual({ answers: { share: 55.5 }, errors: {} });
    expect(validateAnswers(t, { share: 101 }, now).errors).toEqual({ share: 'validation.numberRange' });
    expect(validateAnswers(t, { share: 'half' }, now).errors).toEqual({ share: 'validation.number' });
    expect(validateAnswers(t, { share: Number.NaN }, now).errors).toEqual({ share: 'validation.number' });
  });

  it('strips control characters and bidi overrides, replaces lone surrogates, keeps newlines', () => {
    const hostile = 'a\u0000b\u0007c\r\nd\u202Ee\uD800f\u009B\tg';
    const { answers } = validateAnswers(template, someAnswers({ what: hostile, contact: 'line\none' }), now);
    expect(answers.what).toBe('abc\nde\uFFFDf\tg');
    expect(answers.contact).toBe('line one');
  });

  it('refuses a 40,000-character description with the Jira limit message on that field', () => {
    expect(validateAnswers(template, someAnswers({ what: 'x'.repeat(40_000) }), now).errors).toEqual({ what: 'validation.descriptionTooLong' });
  });

  it('refuses answers that fit one by one but together exceed Jira’s limit', () => {
    const result = prepareIncident(template, someAnswers({ what: 'w'.repeat(20_000), evidence: 'e'.repeat(13_000) }), ctx);
    expect(result).toEqual({ ok: false, errors: { what: 'validation.descriptionTooLong' } });
  });

  it('matches client IDs against the template’s own pattern, whole string only', () => {
    const t = aTemplate({ fields: [aField({ id: 'cid', type: 'clientId', pattern: 'CL-\\d{4}', required: true, label: text('Client') })] });
    expect(validateAnswers(t, { cid: 'CL-0042' }, now).errors).toEqual({});
    expect(validateAnswers(t, { cid: 'xCL-0042' }, now).errors).toEqual({ cid: 'validation.clientId' });
  });
});
