// One question of a template: id, type, labels and help in both languages, required, where it goes in
// the description and which Jira field also stores it, plus the type's extras (options, pattern, range).
import { useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { useI18n } from '@ui/i18n';
import { CheckRow, SelectRow, TextRow } from './editor-controls';
import {
  FIELD_TYPES, LOGICAL_KEYS, optionsToText, renameField, sectionOf, setSection, setTarget, targetOf, textToOptions,
  type EditField, type EditTemplate,
} from './template-model';

type Props = {
  readonly template: EditTemplate;
  readonly field: EditField;
  readonly path: string;
  readonly onChange: (next: EditTemplate) => void;
  readonly onMove: (by: -1 | 1) => void;
  readonly onRemove: () => void;
};

const num = (text: string): number | undefined => (text.trim() === '' || Number.isNaN(Number(text)) ? undefined : Number(text));

export function FieldEditor({ template, field, path, onChange, onMove, onRemove }: Props) {
  const { t, locale } = useI18n();
  const [optionsText, setOptionsText] = useState(() => optionsToText(field.options));
  const [idText, setIdText] = useState(field.id);
  // Rows are keyed by position: when another field moves into this row, show its values.
  useEffect(() => {
    setOptionsText(optionsToText(field.options));
    setIdText(field.id);
  }, [field.id]);
  const set = (patch: Partial<EditField>) => onChange({ ...template, fields: template.fields.map((f) => (f.id === field.id ? { ...f, ...patch } : f)) });
  // The id is committed on blur: renaming on every keystroke could pass through another field's id.
  const commitId = () => {
    if (idText === field.id) return;
    onChange(template.fields.some((f) => f.id === idText) ? { ...template, fields: template.fields.map((f) => (f.id === field.id ? { ...f, id: idText } : f)) } : renameField(template, field.id, idText));
  };
  const changeOptions = (text: string) => {
    setOptionsText(text);
    set({ options: textToOptions(text) });
  };
  const target = targetOf(template, field.id);
  const targets = [
    { value: '', label: t('templates.field.noJiraField') },
    ...LOGICAL_KEYS.map((k) => ({ value: k, label: t(`templates.jiraField.${k}`) })),
    ...(target.startsWith('jira:') ? [{ value: target, label: target.slice(5) }] : []),
  ];
  const sections = [{ value: '', label: t('templates.field.noSection') }, ...template.mapping.description.map((s) => ({ value: s.id, label: s.heading[locale] || s.id }))];
  const customIndex = template.mapping.customFields.findIndex((m) => m.fieldId === field.id);

  return (
    <div className="lb-admin-card" data-testid={`template-field-${field.id}`}>
        <Stack space="space.100">
          <Inline space="space.100" alignBlock="center" spread="space-between">
            <Text weight="bold">{field.label[locale] || field.id}</Text>
            <Inline space="space.050">
              <Button appearance="subtle" onClick={() => onMove(-1)}>{t('templates.field.up')}</Button>
              <Button appearance="subtle" onClick={() => onMove(1)}>{t('templates.field.down')}</Button>
              <Button appearance="subtle" onClick={onRemove} testId={`template-remove-field-${field.id}`}>{t('templates.field.remove')}</Button>
            </Inline>
          </Inline>
          <div className="lb-admin-grid">
            <TextRow path={`${path}.id`} label={t('templates.field.id')} value={idText} onChange={setIdText} onBlur={commitId} />
            <SelectRow path={`${path}.type`} label={t('templates.field.type')} value={field.type} options={FIELD_TYPES.map((v) => ({ value: v, label: t(`templates.type.${v}`) }))} onChange={(v) => set({ type: v as EditField['type'] })} />
            <TextRow path={`${path}.label.en`} label={t('templates.field.labelIn', { language: t('locale.en') })} value={field.label.en} onChange={(v) => set({ label: { ...field.label, en: v } })} />
            <TextRow path={`${path}.label.ru`} label={t('templates.field.labelIn', { language: t('locale.ru') })} value={field.label.ru} onChange={(v) => set({ label: { ...field.label, ru: v } })} />
            <TextRow path={`${path}.help.en`} label={t('templates.field.helpIn', { language: t('locale.en') })} value={field.help.en} onChange={(v) => set({ help: { ...field.help, en: v } })} />
            <TextRow path={`${path}.help.ru`} label={t('templates.field.helpIn', { language: t('locale.ru') })} value={field.help.ru} onChange={(v) => set({ help: { ...field.help, ru: v } })} />
            <SelectRow path={`${path}.section`} label={t('templates.field.section')} value={sectionOf(template, field.id)} options={sections} onChange={(v) => onChange(setSection(template, field.id, v))} />
            <SelectRow path={`${path}.format`} label={t('templates.field.format')} value={field.format} options={(['plain', 'code', 'quote'] as const).map((v) => ({ value: v, label: t(`templates.format.${v}`) }))} onChange={(v) => set({ format: v as EditField['format'] })} />
            <SelectRow path={customIndex >= 0 ? `${path.replace(/\.fields\.\d+$/, '')}.mapping.customFields.${customIndex}.target` : `${path}.target`} label={t('templates.field.jiraField')} value={target} options={targets} onChange={(v) => onChange(setTarget(template, field.id, v))} />
          </div>
          <CheckRow path={`${path}.required`} label={t('templates.field.required')} checked={field.required} onChange={(v) => set({ required: v })} />
          {field.type === 'select' && (
            <TextRow
              path={`${path}.options`}
              label={`${t('templates.field.options')} — ${t('templates.field.options.help')}`}
              value={optionsText}
              multiline
              onChange={changeOptions}
            />
          )}
          {field.type === 'clientId' && <TextRow path={`${path}.pattern`} label={t('templates.field.pattern')} value={field.pattern ?? ''} onChange={(v) => set({ pattern: v })} />}
          {field.type === 'number' && (
            <div className="lb-admin-grid">
              <TextRow path={`${path}.min`} type="number" label={t('templates.field.min')} value={field.min === undefined ? '' : String(field.min)} onChange={(v) => set({ min: num(v) })} />
              <TextRow path={`${path}.max`} type="number" label={t('templates.field.max')} value={field.max === undefined ? '' : String(field.max)} onChange={(v) => set({ max: num(v) })} />
            </div>
          )}
        </Stack>
    </div>
  );
}
