// One template: where it applies (project, issue type, language), its name, the summary pattern, its fields
// and its priority rules. Every change goes up as a whole new template (the section saves them together).
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import type { Locale } from '@shared/contract';
import { LOCALES } from '@shared/i18n';
import { useI18n } from '@ui/i18n';
import { SelectRow, TextRow } from './editor-controls';
import { FieldEditor } from './field-editor';
import { RulesEditor } from './rules-editor';
import { moveItem, newField, removeField, type EditTemplate } from './template-model';

type Props = { readonly template: EditTemplate; readonly path: string; readonly onChange: (next: EditTemplate) => void };

export function TemplateEditor({ template, path, onChange }: Props) {
  const { t } = useI18n();
  const set = (patch: Partial<EditTemplate>) => onChange({ ...template, ...patch });
  const language = (l: Locale) => t(`locale.${l}`);
  return (
    <Stack space="space.200">
      <div className="lb-admin-grid">
        <TextRow path={`${path}.id`} label={t('templates.id')} value={template.id} onChange={(v) => set({ id: v })} />
        <SelectRow path={`${path}.locale`} label={t('templates.locale')} value={template.locale} options={LOCALES.map((l) => ({ value: l, label: language(l) }))} onChange={(v) => set({ locale: v as Locale })} />
        <TextRow path={`${path}.projectKey`} label={t('templates.project')} value={template.projectKey} onChange={(v) => set({ projectKey: v.toUpperCase() })} />
        <TextRow path={`${path}.issueTypeName`} label={t('templates.issueType')} value={template.issueTypeName} onChange={(v) => set({ issueTypeName: v })} />
        {LOCALES.map((l) => (
          <TextRow key={l} path={`${path}.name.${l}`} label={t('templates.nameIn', { language: language(l) })} value={template.name[l]} onChange={(v) => set({ name: { ...template.name, [l]: v } })} />
        ))}
      </div>
      <Stack space="space.050">
        <TextRow path={`${path}.mapping.summaryPattern`} label={t('templates.summaryPattern')} value={template.mapping.summaryPattern} onChange={(v) => set({ mapping: { ...template.mapping, summaryPattern: v } })} />
        <span className="lb-admin-help">{t('templates.summaryPattern.help')}</span>
      </Stack>
      <Heading size="small" as="h4">{t('templates.fields')}</Heading>
      {template.fields.map((field, i) => (
        <FieldEditor
          key={i}
          template={template}
          field={field}
          path={`${path}.fields.${i}`}
          onChange={onChange}
          onMove={(by) => set({ fields: moveItem(template.fields, i, i + by) })}
          onRemove={() => onChange(removeField(template, field.id))}
        />
      ))}
      <div>
        <Button onClick={() => set({ fields: [...template.fields, newField(template)] })} testId="template-add-field">{t('templates.field.add')}</Button>
      </div>
      <RulesEditor template={template} path={`${path}.priority`} onChange={onChange} />
    </Stack>
  );
}
