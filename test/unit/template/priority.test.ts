import { DEFAULT_PRIORITY } from '../../../src/domain/model/template/defaults';
import type { PriorityPolicy } from '../../../src/domain/model/template/types';
import { decidePriority } from '../../../src/domain/rules/template/priority';

describe('priority rules', () => {
  it.each([
    ['allClients', 'critical', 'Critical', 'allClients'],
    ['moreThanHalf', 'high', 'High', 'moreThanHalf'],
    ['oneOrFew', 'medium', 'Medium', 'oneOrFew'],
    ['question', 'low', 'Low', 'question'],
  ])('default rules: affected scope %s → %s', (scope, level, jiraName, ruleId) => {
    expect(decidePriority(DEFAULT_PRIORITY, { scope })).toEqual({ level, jiraName, ruleId });
  });

  it('falls back to the default level, naming no rule, when nothing matches', () => {
    expect(decidePriority(DEFAULT_PRIORITY, {})).toEqual({ level: 'medium', jiraName: 'Medium', ruleId: null });
  });

  const shareRules: PriorityPolicy = {
    rules: [
      { id: 'everyone', when: [{ kind: 'numberCompare', fieldId: 'share', op: '>=', value: 100 }], priority: 'critical' },
      { id: 'majority', when: [{ kind: 'numberCompare', fieldId: 'share', op: '>', value: 50 }], priority: 'high' },
      { id: 'vipAndDown', when: [{ kind: 'optionIn', fieldId: 'tier', optionIds: ['vip'] }, { kind: 'answered', fieldId: 'outage' }], priority: 'high' },
      { id: 'tiny', when: [{ kind: 'numberCompare', fieldId: 'share', op: '<=', value: 1 }], priority: 'low' },
    ],
    defaultPriority: 'medium',
    jiraNames: { critical: 'Highest', high: 'High', medium: 'Medium', low: 'Lowest' },
  };

  it.each([
    [{ share: 100 }, 'critical', 'everyone'],
    [{ share: 51 }, 'high', 'majority'],
    [{ share: 50 }, 'medium', null],
    [{ share: 0.5 }, 'low', 'tiny'],
    [{ tier: 'vip', outage: 'since 9:00' }, 'high', 'vipAndDown'],
    [{ tier: 'vip' }, 'medium', null],
    [{ share: '80' }, 'medium', null],
  ])('ordered rules over answers %j → %s (rule %s)', (answers, level, ruleId) => {
    expect(decidePriority(shareRules, answers)).toMatchObject({ level, ruleId });
  });

  it('uses the site’s own priority names', () => {
    expect(decidePriority(shareRules, { share: 100 }).jiraName).toBe('Highest');
  });

  it('takes the first matching rule in order', () => {
    const policy: PriorityPolicy = { ...shareRules, rules: [...shareRules.rules].reverse() };
    expect(decidePriority(policy, { share: 100 }).ruleId).toBe('majority');
  });
});
