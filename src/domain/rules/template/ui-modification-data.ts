// What Jira's create dialog needs from a template, precomputed for the jira:uiModifications frame (which has
// no resolver round trip to spare): the description skeleton, the Jira fields the template requires, and
// the priority each option of the priority-deciding select gives. Pure; never reads Jira itself.
import type { Locale } from '../../../shared/i18n';
import type { UiModificationDataDto } from '../../../shared/contract-incidents';
import { bulletList, doc, heading, inlineText, paragraph, type AdfBlock, type AdfDoc } from '../../model/template/adf';
import type { ResolvedCustomFields, SelectField, TemplateDefinition, TemplateField } from '../../model/template/types';
import { orderedFields } from './display';
import { decidePriority } from './priority';
import { SECTION_HEADING_LEVEL } from './render-description';

/** The Jira field id an answer goes to, when the site has that field. */
export function jiraFieldIdOf(template: TemplateDefinition, fieldId: string, resolved: ResolvedCustomFields): string | undefined {
  const target = template.mapping.customFields.find((m) => m.fieldId === fieldId)?.target;
  if (!target) return undefined;
  return target.kind === 'jira' ? target.fieldId : resolved[target.key];
}

/** Headings and labelled empty lines for the answers that live in the description (not in their own field). */
export function descriptionSkeleton(template: TemplateDefinition, resolved: ResolvedCustomFields): AdfDoc {
  const locale = template.locale;
  const label = (f: TemplateField) => inlineText(`${f.label[locale]}:`, [{ type: 'strong' }]);
  const blocks = template.mapping.description.flatMap((section): AdfBlock[] => {
    const fields = section.fieldIds
      .map((id) => template.fields.find((f) => f.id === id))
      .filter((f): f is TemplateField => f !== undefined && jiraFieldIdOf(template, f.id, resolved) === undefined);
    if (fields.length === 0) return [];
    const title = heading(section.heading[locale], SECTION_HEADING_LEVEL);
    // As in the filed description: a lone answer under a heading carries no label of its own.
    const body: AdfBlock[] =
      section.layout === 'bullets'
        ? [bulletList(fields.map((f) => [paragraph(label(f))]))].filter((b): b is NonNullable<typeof b> => b !== undefined)
        : fields.length === 1 && title
          ? [paragraph([])]
          : fields.map((f) => paragraph(label(f)));
    return title ? [title, ...body] : body;
  });
  return doc(blocks.length > 0 ? blocks : [paragraph([])]);
}

/** `description` for answers written into it, the custom field id for mapped ones; summary is required anyway. */
export function requiredJiraFields(template: TemplateDefinition, resolved: ResolvedCustomFields): string[] {
  const described = new Set(template.mapping.description.flatMap((s) => s.fieldIds));
  const ids = template.fields
    .filter((f) => f.required)
    .flatMap((f) => {
      const jiraId = jiraFieldIdOf(template, f.id, resolved);
      if (jiraId !== undefined) return [jiraId];
      return described.has(f.id) ? ['description'] : [];
    });
  return [...new Set(ids)];
}

/**
 * The first select the priority rules look at that has its own Jira field, with the priority id each of its
 * options leads to (other answers taken as empty: exact when the rules look at that select only, as the
 * default rules do).
 */
export function priorityBySelect(template: TemplateDefinition, resolved: ResolvedCustomFields, priorityIds: ReadonlyMap<string, string>): UiModificationDataDto['priority'] {
  const ruled = new Set(template.priority.rules.flatMap((r) => r.when.filter((c) => c.kind === 'optionIn').map((c) => c.fieldId)));
  const select = orderedFields(template).find((f): f is SelectField => f.type === 'select' && ruled.has(f.id) && jiraFieldIdOf(template, f.id, resolved) !== undefined);
  const fieldId = select ? jiraFieldIdOf(template, select.id, resolved) : undefined;
  if (!select || fieldId === undefined) return null;
  const byOptionValue: Record<string, string> = {};
  for (const option of select.options) {
    const priorityId = priorityIds.get(decidePriority(template.priority, { [select.id]: option.id }).jiraName.toLowerCase());
    if (priorityId !== undefined) byOptionValue[option.jiraValue ?? option.label.en] = priorityId;
  }
  return Object.keys(byOptionValue).length > 0 ? { fieldId, byOptionValue } : null;
}

/** The data for one project and issue type, from the templates (one per language) that serve it. */
export function uiModificationData(
  templates: readonly TemplateDefinition[],
  templatesVersion: number,
  resolved: ResolvedCustomFields,
  priorityIds: ReadonlyMap<string, string>,
  defaultLocale: Locale,
): UiModificationDataDto {
  const main = templates.find((t) => t.locale === defaultLocale) ?? templates[0];
  const variants: UiModificationDataDto['variants'] = Object.fromEntries(
    templates.map((t) => [t.locale, { templateId: t.id, description: descriptionSkeleton(t, resolved) }]),
  );
  return {
    v: 1,
    templatesVersion,
    defaultLocale: main?.locale ?? defaultLocale,
    variants,
    requiredFieldIds: main ? requiredJiraFields(main, resolved) : [],
    priority: main ? priorityBySelect(main, resolved, priorityIds) : null,
  };
}
