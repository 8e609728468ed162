// The transition-guard generator: the expression it emits runs in the sandbox's Jira expression interpreter
// (the exact text that ships), names the missing fields in the user's language, stays within Jira's limits
// (static estimate and the sandbox analyzer agree) and refuses rules it cannot enforce.
import { analyzeComplexity, evaluateJiraExpression } from '../../../sandbox/jira/expression';
import { DEFAULT_TRANSITION_GUARD } from '../../../src/domain/model/guard/defaults';
import type { GuardField, GuardRule } from '../../../src/domain/model/guard/types';
import { estimateExpression } from '../../../src/domain/rules/guard/expression-estimate';
import { generateValidator, type ValidatorConfig } from '../../../src/domain/rules/guard/generate-expression';

const SITE_FIELDS = [
  { id: 'customfield_10050', name: 'Error occurred at', customType: 'com.atlassian.jira.plugin.system.customfieldtypes:datetime' },
  { id: 'customfield_10054', name: 'Reopen reason', customType: 'com.atlassian.jira.plugin.system.customfieldtypes:select' },
  { id: 'customfield_10060', name: 'Root cause', customType: 'com.atlassian.jira.plugin.system.customfieldtypes:textfield' },
];
const RESOLVED = { errorOccurredAt: 'customfield_10050', reopenReason: 'customfield_10054' };
const openRule = (overrides: Partial<GuardRule> = {}): GuardRule => ({ ...(DEFAULT_TRANSITION_GUARD.rules[0] as GuardRule), ...overrides });
const label = { en: 'Root cause', ru: 'Причина' };

function generated(rule: GuardRule): ValidatorConfig {
  const result = generateValidator(rule, RESOLVED, SITE_FIELDS);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

const anIssue = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  key: 'SUP-7', summary: 'Checkout down', description: null, labels: [], components: [], assignee: null, resolution: null,
  priority: { name: 'High' }, project: { key: 'SUP' }, issueType: { name: 'Incident' },
  customfield_10050: null, customfield_10054: null, customfield_10060: null, comments: () => [],
  ...overrides,
});

function run(config: ValidatorConfig, issue: Record<string, unknown>, locale = 'en_US'): unknown {
  const result = evaluateJiraExpression(config.expression, {
    issue, originalIssue: anIssue(), user: { accountId: 'u1', locale }, config: JSON.parse(JSON.stringify(config)) as unknown,
  });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('the generated validator expression', () => {
  const config = generated(openRule());

  it('names every missing field in English, and in Russian for a ru_RU user', () => {
    expect(run(config, anIssue())).toBe('Before the incident moves to Open, fill in: Error occurred at, Description');
    expect(run(config, anIssue(), 'ru_RU')).toBe('Чтобы перевести инцидент в Open, заполните: Время возникновения ошибки, Описание');
  });

  it('names only what is still missing, and passes once everything is filled', () => {
    const withDate = anIssue({ customfield_10050: new Date('2026-01-15T09:00:00Z') });
    expect(run(config, withDate)).toBe('Before the incident moves to Open, fill in: Description');
    expect(run(config, { ...withDate, description: { plainText: '   ' } })).toBe('Before the incident moves to Open, fill in: Description');
    expect(run(config, { ...withDate, description: { plainText: 'Checkout answers 500' } })).toBe(true);
  });

  it('falls back to English for a language it has no texts for', () => {
    expect(run(config, anIssue(), 'de_DE')).toMatch(/^Before the incident moves to Open/);
  });

  it('passes issues of other projects and issue types untouched', () => {
    expect(run(config, anIssue({ project: { key: 'OPS' } }))).toBe(true);
    expect(run(config, anIssue({ issueType: { name: 'Task' } }))).toBe(true);
  });

  it('applies a priority condition only to the listed priorities', () => {
    const high = generated(openRule({ priorityNames: ['Critical', 'High'] }));
    expect(run(high, anIssue({ priority: { name: 'Low' } }))).toBe(true);
    expect(run(high, anIssue({ priority: { name: 'Critical' } }))).toMatch(/Error occurred at/);
  });

  it('checks a minimum length on text fields', () => {
    const field: GuardField = { ref: { kind: 'jira', fieldId: 'customfield_10060' }, check: 'minLength', minLength: 10, label };
    const rule = generated(openRule({ fields: [field] }));
    expect(run(rule, anIssue({ customfield_10060: 'too short' }))).toBe('Before the incident moves to Open, fill in: Root cause');
    expect(run(rule, anIssue({ customfield_10060: 'long enough now' }))).toBe(true);
  });

  it('fails closed when a field it reads was deleted after the rule was configured', () => {
    const issue = anIssue();
    delete issue.customfield_10050;
    const result = evaluateJiraExpression(config.expression, { issue, user: { accountId: 'u1', locale: 'en_US' }, config });
    expect(result.ok).toBe(false);
  });

  it('stays within Jira limits, with no expensive operation, as the sandbox analyzer confirms', () => {
    const analysis = analyzeComplexity(config.expression);
    if (!analysis.ok) throw new Error(analysis.error);
    expect(analysis.count).toBe(0);
    expect(analysis.characters).toBeLessThanOrEqual(1000);
    expect(analysis.leaves).toBeLessThanOrEqual(100);
    const estimate = estimateExpression(config.expression);
    expect(estimate.expensiveOperations).toBe(0);
    expect(estimate.leaves).toBeGreaterThanOrEqual(analysis.leaves);
  });
});

describe('the generator refuses what it cannot enforce', () => {
  it('names a field that no longer exists on the site', () => {
    const rule = openRule({ fields: [{ ref: { kind: 'jira', fieldId: 'customfield_99999' }, check: 'nonEmpty', label }] });
    expect(generateValidator(rule, RESOLVED, SITE_FIELDS)).toEqual({
      ok: false, problems: [{ messageKey: 'guard.error.fieldGone', params: { field: 'customfield_99999' } }],
    });
  });

  it('asks for provisioning when a LineBridge field has no id yet', () => {
    const result = generateValidator(openRule(), {}, SITE_FIELDS);
    expect(result).toEqual({ ok: false, problems: [{ messageKey: 'guard.error.fieldUnresolved', params: { field: 'Error occurred at' } }] });
  });

  it('refuses a rule set over Jira limits and says which limit', () => {
    const many: GuardField[] = Array.from({ length: 8 }, () => ({ ref: { kind: 'system', id: 'description' }, check: 'minLength', minLength: 5, label }));
    const result = generateValidator(openRule({ fields: many, priorityNames: ['Critical', 'High'] }), RESOLVED, SITE_FIELDS);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]?.messageKey).toBe('guard.error.tooComplex');
    expect(!result.ok && result.problems[0]?.params.detail).toMatch(/leaves \d+\/100/);
  });

  it('refuses a check that does not fit the field', () => {
    const rule = openRule({ fields: [{ ref: { kind: 'system', id: 'labels' }, check: 'minLength', minLength: 3, label }] });
    expect(generateValidator(rule, RESOLVED, SITE_FIELDS)).toMatchObject({ ok: false, problems: [{ messageKey: 'guard.validation.check' }] });
  });
});
