// The priority rules of a template: ordered rules (first match wins), each with conditions on the answers
// (a select's options, a number's comparison, or "answered"), and the default priority.
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import type { PriorityLevelDto } from '@shared/contract';
import { useI18n } from '@ui/i18n';
import { SelectRow, TextRow } from './editor-controls';
import { LEVELS, moveItem, type EditCondition, type EditRule, type EditTemplate } from './template-model';

type Props = { readonly template: EditTemplate; readonly path: string; readonly onChange: (next: EditTemplate) => void };

function conditionFor(template: EditTemplate, fieldId: string): EditCondition {
  const field = template.fields.find((f) => f.id === fieldId);
  if (field?.type === 'select') return { kind: 'optionIn', fieldId, optionIds: field.options?.[0] ? [field.options[0].id] : [] };
  if (field?.type === 'number') return { kind: 'numberCompare', fieldId, op: '>=', value: 0 };
  return { kind: 'answered', fieldId };
}

export function RulesEditor({ template, path, onChange }: Props) {
  const { t, locale } = useI18n();
  const rules = template.priority.rules;
  const setRules = (next: readonly EditRule[]) => onChange({ ...template, priority: { ...template.priority, rules: next } });
  const setRule = (i: number, patch: Partial<EditRule>) => setRules(rules.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const setCondition = (i: number, k: number, c: EditCondition) => setRule(i, { when: (rules[i]?.when ?? []).map((x, j) => (j === k ? c : x)) });
  const levels = LEVELS.map((v) => ({ value: v, label: t(`templates.level.${v}`) }));
  const fieldOptions = template.fields.map((f) => ({ value: f.id, label: f.label[locale] || f.id }));
  const firstField = template.fields[0]?.id ?? '';

  return (
    <Stack space="space.150">
      <Heading size="small" as="h4">{t('templates.priority')}</Heading>
      <Text size="small" color="color.text.subtle">{t('templates.priority.help')}</Text>
      {rules.map((rule, i) => (
        <div key={i} className="lb-admin-card" data-testid={`template-rule-${i}`}>
          <Stack space="space.100">
            <div className="lb-admin-grid">
              <TextRow path={`${path}.rules.${i}.id`} label={t('templates.rule.id')} value={rule.id} onChange={(v) => setRule(i, { id: v })} />
              <SelectRow path={`${path}.rules.${i}.priority`} label={t('templates.rule.then')} value={rule.priority} options={levels} onChange={(v) => setRule(i, { priority: v as PriorityLevelDto })} />
            </div>
            {rule.when.length === 0 && <Text size="small">{t('templates.rule.always')}</Text>}
            {rule.when.map((c, k) => {
              const at = `${path}.rules.${i}.when.${k}`;
              return (
                <div key={k} className="lb-admin-grid">
                  <SelectRow path={`${at}.fieldId`} label={t('templates.rule.field')} value={c.fieldId} options={fieldOptions} onChange={(v) => setCondition(i, k, conditionFor(template, v))} />
                  {c.kind === 'optionIn' && (
                    <TextRow path={`${at}.optionIds`} label={t('templates.rule.options')} value={c.optionIds.join(', ')} onChange={(v) => setCondition(i, k, { ...c, optionIds: v.split(',').map((x) => x.trim()) })} />
                  )}
                  {c.kind === 'numberCompare' && (
                    <Inline space="space.100">
                      <SelectRow path={`${at}.op`} label={t('templates.rule.compare')} value={c.op} options={(['>', '>=', '<', '<='] as const).map((o) => ({ value: o, label: o }))} onChange={(v) => setCondition(i, k, { ...c, op: v as typeof c.op })} />
                      <TextRow path={`${at}.value`} type="number" label={t('templates.rule.value')} value={String(c.value)} onChange={(v) => setCondition(i, k, { ...c, value: Number(v) })} />
                    </Inline>
                  )}
                  {c.kind === 'answered' && <Text>{t('templates.rule.answered')}</Text>}
                  <Button appearance="subtle" onClick={() => setRule(i, { when: rule.when.filter((_, j) => j !== k) })}>{t('templates.rule.removeCondition')}</Button>
                </div>
              );
            })}
            <Inline space="space.100">
              <Button onClick={() => setRule(i, { when: [...rule.when, conditionFor(template, firstField)] })} isDisabled={firstField === ''}>{t('templates.rule.addCondition')}</Button>
              <Button appearance="subtle" onClick={() => setRules(moveItem(rules, i, i - 1))}>{t('templates.field.up')}</Button>
              <Button appearance="subtle" onClick={() => setRules(moveItem(rules, i, i + 1))}>{t('templates.field.down')}</Button>
              <Button appearance="subtle" onClick={() => setRules(rules.filter((_, j) => j !== i))}>{t('templates.rule.remove')}</Button>
            </Inline>
          </Stack>
        </div>
      ))}
      <Inline space="space.150" alignBlock="end">
        <Button onClick={() => setRules([...rules, { id: `rule${rules.length + 1}`, when: [], priority: 'medium' }])} testId="template-add-rule">{t('templates.rule.add')}</Button>
        <SelectRow path={`${path}.defaultPriority`} label={t('templates.priority.default')} value={template.priority.defaultPriority} options={levels} onChange={(v) => onChange({ ...template, priority: { ...template.priority, defaultPriority: v as PriorityLevelDto } })} />
      </Inline>
    </Stack>
  );
}
