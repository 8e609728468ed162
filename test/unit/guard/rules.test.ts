// Transition-guard rules: the settings parser (defaults round-trip, field errors as i18n keys), which rules
// a workflow transition matches, and the reopen reasons read back from an issue's history.
import { DEFAULT_TRANSITION_GUARD } from '../../../src/domain/model/guard/defaults';
import { parseTransitionGuard } from '../../../src/domain/model/guard/parse-guard';
import { reopenReasons } from '../../../src/domain/rules/guard/reopen-reason';
import { rulesForTransition } from '../../../src/domain/rules/guard/select-rules';

const clone = (): Record<string, unknown> => JSON.parse(JSON.stringify(DEFAULT_TRANSITION_GUARD)) as Record<string, unknown>;

describe('parseTransitionGuard', () => {
  it('accepts the PRODUCT.md defaults unchanged', () => {
    expect(parseTransitionGuard(clone())).toEqual({ value: DEFAULT_TRANSITION_GUARD, errors: {} });
  });

  it('names each invalid part of a rule with an i18n key', () => {
    const input = clone();
    const rules = input.rules as Record<string, unknown>[];
    rules[0] = { ...rules[0], id: 'sup-reopen', fields: [{ ref: { kind: 'jira', fieldId: 'summary; drop' }, check: 'minLength', minLength: 0, label: { en: 'x' } }], message: { en: 'no placeholder', ru: 'нет' } };
    expect(parseTransitionGuard(input).errors).toEqual({
      'rules.0.fields.0.ref': 'guard.validation.fieldRef',
      'rules.0.fields.0.minLength': 'guard.validation.minLength',
      'rules.0.fields.0.label': 'guard.validation.label',
      'rules.0.message': 'guard.validation.message',
      'rules.1.id': 'guard.validation.ruleId',
    });
  });

  it('refuses a rule without fields and duplicate reopen reasons', () => {
    const input = clone();
    input.reopenReasons = ['Not fixed', 'Not fixed'];
    (input.rules as Record<string, unknown>[])[0] = { ...(input.rules as Record<string, unknown>[])[0], fields: [] };
    expect(parseTransitionGuard(input).errors).toEqual({ 'rules.0.fields': 'guard.validation.fields', reopenReasons: 'guard.validation.reasons' });
  });
});

describe('rulesForTransition', () => {
  const ids = (t: { id: string; toStatus: string; fromStatuses: string[] }) => rulesForTransition(DEFAULT_TRANSITION_GUARD.rules, t).map((r) => r.id);

  it('tells "Open" from a reopen by the statuses a transition starts from', () => {
    expect(ids({ id: '11', toStatus: 'Open', fromStatuses: ['New'] })).toEqual(['sup-open']);
    expect(ids({ id: '71', toStatus: 'open', fromStatuses: ['Resolved', 'Closed'] })).toEqual(['sup-reopen']);
    expect(ids({ id: '21', toStatus: 'In Progress', fromStatuses: ['Open'] })).toEqual([]);
  });
});

describe('reopenReasons', () => {
  it('reads the reason set with each reopen, and null for a reopen without one', () => {
    const history = [
      { created: '2026-01-10T10:00:00.000+0000', items: [{ fieldId: 'status', fromString: 'In Progress', toString: 'Resolved' }] },
      { created: '2026-01-11T10:00:00.000+0000', items: [{ fieldId: 'status', fromString: 'Resolved', toString: 'Open' }, { fieldId: 'customfield_10054', toString: 'Not fixed' }] },
      { created: '2026-01-12T10:00:00.000+0000', items: [{ fieldId: 'status', fromString: 'Open', toString: 'Closed' }] },
      { created: '2026-01-13T10:00:00.000+0000', items: [{ fieldId: 'status', fromString: 'Closed', toString: 'In Progress' }] },
    ];
    expect(reopenReasons(history, 'customfield_10054')).toEqual([
      { at: Date.parse('2026-01-11T10:00:00.000Z'), reason: 'Not fixed' },
      { at: Date.parse('2026-01-13T10:00:00.000Z'), reason: null },
    ]);
  });
});
