// A template widened by extra questions (the chat intake asks the fields the transition guard requires
// for "Open" that the template lacks): each extra field is validated like the template's own, written to
// its custom field and listed in one more description section. Pure; the template id and version stay.
import type { CustomFieldTarget, TemplateDefinition, TemplateField } from '../../model/template/types';

export type ExtraField = { readonly field: TemplateField; readonly target: CustomFieldTarget };

export function withExtraFields(template: TemplateDefinition, extra: readonly ExtraField[]): TemplateDefinition {
  const fresh = extra.filter((e) => !template.fields.some((f) => f.id === e.field.id));
  if (fresh.length === 0) return template;
  return {
    ...template,
    fields: [...template.fields, ...fresh.map((e) => e.field)],
    mapping: {
      ...template.mapping,
      customFields: [...template.mapping.customFields, ...fresh.map((e) => ({ fieldId: e.field.id, target: e.target }))],
      description: [
        ...template.mapping.description,
        { id: 'extra', heading: { en: 'More facts', ru: 'Дополнительно' }, fieldIds: fresh.map((e) => e.field.id), layout: 'bullets' },
      ],
    },
  };
}
