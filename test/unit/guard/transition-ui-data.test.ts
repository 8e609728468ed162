// What the transition view's UI modification gets from the rules (rules/guard/transition-ui-data.ts), and the
// reopen rule's comment requirement in the generated expression: the comment typed on the transition screen
// is the one the expression sees with a null id; it costs one of Jira's ten expensive operations.
import { analyzeComplexity, evaluateJiraExpression } from '../../../sandbox/jira/expression';
import { DEFAULT_TRANSITION_GUARD } from '../../../src/domain/model/guard/defaults';
import { parseTransitionGuard } from '../../../src/domain/model/guard/parse-guard';
import type { GuardRule } from '../../../src/domain/model/guard/types';
import { generateValidator } from '../../../src/domain/rules/guard/generate-expression';
import { guardUiData } from '../../../src/domain/rules/guard/transition-ui-data';

const SITE_FIELDS = [
  { id: 'customfield_10050', name: 'Error occurred at', customType: 'com.atlassian.jira.plugin.system.customfieldtypes:datetime' },
  { id: 'customfield_10054', name: 'Reopen reason', customType: 'com.atlassian.jira.plugin.system.customfieldtypes:select' },
];
const RESOLVED = { errorOccurredAt: 'customfield_10050', reopenReason: 'customfield_10054' };
const TRANSITIONS = [
  { id: '11', name: 'Open', toStatus: 'Open', fromStatuses: ['New'], screenId: 3 },
  { id: '71', name: 'Reopen', toStatus: 'Open', fromStatuses: ['Resolved', 'Closed'], screenId: 3 },
];
const reopen = DEFAULT_TRANSITION_GUARD.rules[1] as GuardRule;

describe('the reopen rule’s comment requirement', () => {
  const generated = generateValidator(reopen, RESOLVED, SITE_FIELDS);
  if (!generated.ok) throw new Error(JSON.stringify(generated.problems));
  const { config } = generated;
  const run = (comments: unknown[], reason: unknown, locale = 'en_US') => {
    const issue = { project: { key: 'SUP' }, issueType: { name: 'Incident' }, priority: null, customfield_10054: reason, comments: () => comments };
    const result = evaluateJiraExpression(config.expression, { issue, user: { accountId: 'u1', locale }, config: JSON.parse(JSON.stringify(config)) as unknown });
    if (!result.ok) throw new Error(result.error);
    return result.value;
  };

  it('names the comment until one is typed on the screen; older comments do not count', () => {
    expect(run([], null)).toBe('A reopen needs a reason. Fill in: Reopen reason, Comment');
    expect(run([{ id: 10, body: { plainText: 'an old comment' } }], { value: 'Not fixed' })).toBe('A reopen needs a reason. Fill in: Comment');
    expect(run([{ id: null, body: { plainText: '   ' } }], { value: 'Not fixed' }, 'ru_RU')).toBe('Для переоткрытия нужна причина. Заполните: Комментарий');
    expect(run([{ id: null, body: { plainText: 'Still broken' } }], { value: 'Not fixed' })).toBe(true);
  });

  it('costs exactly one expensive operation (reading the comments), within the limit', () => {
    const analysis = analyzeComplexity(config.expression);
    expect(analysis.ok && analysis.count).toBe(1);
    expect(generated.estimate.expensiveOperations).toBe(1);
  });

  it('is off unless a rule asks for it (stored rules from before default to no comment)', () => {
    const stored = JSON.parse(JSON.stringify(DEFAULT_TRANSITION_GUARD)) as { rules: Record<string, unknown>[] };
    for (const r of stored.rules) delete r.requireComment;
    expect(parseTransitionGuard(stored).value?.rules.map((r) => r.requireComment)).toEqual([false, false, false]);
  });
});

describe('guardUiData', () => {
  it('lists each enforceable rule with its transitions, fields, checks and texts', () => {
    const data = guardUiData(DEFAULT_TRANSITION_GUARD.rules, RESOLVED, SITE_FIELDS, TRANSITIONS);
    expect(data.kind).toBe('linebridge-guard');
    expect(data.rules.map((r) => [r.ruleId, r.transitionIds, r.fields, r.requireComment])).toEqual([
      ['sup-open', ['11'], [{ fieldId: 'customfield_10050', check: 'dateSet', minLength: 1 }, { fieldId: 'description', check: 'nonEmpty', minLength: 1 }], false],
      ['sup-reopen', ['71'], [{ fieldId: 'customfield_10054', check: 'optionSelected', minLength: 1 }], true],
    ]);
    expect(data.rules[1]?.l.en).toEqual({ m: 'A reopen needs a reason. Fill in: {fields}', f0: 'Reopen reason', c: 'Comment' });
  });

  it('leaves out a rule it cannot enforce (a field gone from the site), which the admin page flags', () => {
    const data = guardUiData(DEFAULT_TRANSITION_GUARD.rules, RESOLVED, SITE_FIELDS.slice(1), TRANSITIONS);
    expect(data.rules.map((r) => r.ruleId)).toEqual(['sup-reopen']);
  });
});
