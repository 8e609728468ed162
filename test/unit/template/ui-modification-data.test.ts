import { isAdfDoc } from '../../../sandbox/jira/adf';
import { descriptionSkeleton, priorityBySelect, requiredJiraFields, uiModificationData } from '../../../src/domain/rules/template/ui-modification-data';
import { aTemplate } from '../../builders/template';

const resolved = { errorOccurredAt: 'customfield_10000', clientId: 'customfield_10001', affectedScope: 'customfield_10002' };
const priorityIds = new Map([['critical', '1'], ['high', '2'], ['medium', '3'], ['low', '4']]);

describe('create-dialog data from a template', () => {
  it('leaves answers with their own Jira field out of the description skeleton', () => {
    const skeleton = descriptionSkeleton(aTemplate(), resolved);
    expect(isAdfDoc(skeleton)).toBe(true);
    const text = JSON.stringify(skeleton);
    expect(text).toContain('Contact channel:');
    expect(text).not.toContain('Client ID:');
    expect(skeleton.content.filter((b) => b.type === 'heading')).toHaveLength(3);
  });

  it('keeps an unprovisioned field in the skeleton, since the dialog has nowhere else to put it', () => {
    expect(JSON.stringify(descriptionSkeleton(aTemplate(), {}))).toContain('Client ID:');
  });

  it('marks the description and the mapped Jira fields of required answers as required', () => {
    expect(requiredJiraFields(aTemplate(), resolved).sort()).toEqual(['customfield_10000', 'customfield_10001', 'customfield_10002', 'description']);
    expect(requiredJiraFields(aTemplate(), {})).toEqual(['description']);
  });

  it('maps each option of the scope select to the priority the rules give it', () => {
    expect(priorityBySelect(aTemplate(), resolved, priorityIds)).toEqual({
      fieldId: 'customfield_10002',
      byOptionValue: { 'All clients': '1', 'More than 50% of users': '2', 'One or a few clients': '3', Question: '4' },
    });
    expect(priorityBySelect(aTemplate(), {}, priorityIds)).toBeNull();
  });

  it('writes one skeleton per language and takes required fields from the default language', () => {
    const data = uiModificationData([aTemplate({ locale: 'ru' }), aTemplate({ locale: 'en' })], 3, resolved, priorityIds, 'en');
    expect(data).toMatchObject({ v: 1, templatesVersion: 3, defaultLocale: 'en' });
    expect(JSON.stringify(data.variants.ru)).toContain('Обращение клиента');
    expect(JSON.stringify(data.variants.en)).toContain('Client report');
    expect(JSON.stringify(data).length).toBeLessThan(50_000);
  });
});
