// The reverse of rendering, for issues created in Jira's own create dialog: the template's answers read
// back from the description (headings → sections, "Label:" → field, a lone field takes its section's text)
// and from the custom fields the template maps. Best effort and pure: what cannot be read is left out.
import type { Answers, AnswerValue, ResolvedCustomFields, TemplateDefinition, TemplateField } from '../../model/template/types';
import { jiraFieldIdOf } from './ui-modification-data';

type Node = { readonly type?: unknown; readonly text?: unknown; readonly content?: unknown; readonly marks?: unknown };

const kids = (n: unknown): Node[] => {
  const content = (n as Node | null)?.content;
  return Array.isArray(content) ? (content as Node[]) : [];
};

/** Plain text of an ADF node: hardBreak → newline, paragraphs of a block joined by a blank line. */
export function adfPlainText(node: unknown): string {
  const n = (node ?? {}) as Node;
  if (n.type === 'text') return typeof n.text === 'string' ? n.text : '';
  if (n.type === 'hardBreak') return '\n';
  const inner = kids(n).map(adfPlainText);
  const inline = n.type === 'paragraph' || n.type === 'heading' || n.type === 'codeBlock';
  return inner.join(inline ? '' : '\n\n').trim();
}

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** Headings of the template's sections found in the description: how well a language variant matches. */
export function headingMatches(template: TemplateDefinition, description: unknown): number {
  const headings = kids(description).map((b) => norm(adfPlainText(b)));
  return template.mapping.description.filter((s) => headings.includes(norm(s.heading[template.locale]))).length;
}

/** A line that is only a section heading (plain-text editors turn headings into paragraphs). */
function sectionOf(template: TemplateDefinition, text: string) {
  return template.mapping.description.find((s) => norm(s.heading[template.locale]) === norm(text));
}

/** Blocks as lines of text with a heading flag: headings, paragraphs (by line), list items, code, quotes. */
function lines(description: unknown): { text: string; heading: boolean; para: boolean }[] {
  const out: { text: string; heading: boolean; para: boolean }[] = [];
  const paragraph = (n: Node) => adfPlainText(n).split('\n').forEach((text, i) => out.push({ text, heading: false, para: i === 0 }));
  for (const block of kids(description)) {
    if (block.type === 'heading') out.push({ text: adfPlainText(block), heading: true, para: true });
    else if (block.type === 'paragraph') paragraph(block);
    else if (block.type === 'bulletList' || block.type === 'orderedList') {
      for (const item of kids(block)) for (const inner of kids(item)) paragraph(inner);
    } else out.push({ text: adfPlainText(block), heading: false, para: true });
  }
  return out;
}

function descriptionAnswers(template: TemplateDefinition, description: unknown, resolved: ResolvedCustomFields): Record<string, string> {
  const locale = template.locale;
  const out: Record<string, string> = {};
  let sectionFields: TemplateField[] = [];
  let current: TemplateField | undefined;
  const lone = () => {
    const own = sectionFields.filter((f) => jiraFieldIdOf(template, f.id, resolved) === undefined);
    return own.length === 1 ? own[0] : undefined;
  };
  const append = (text: string, newParagraph: boolean) => {
    const target = current ?? lone();
    const clean = text.trim();
    if (!target || clean === '') return;
    const previous = out[target.id];
    out[target.id] = previous === undefined ? clean : `${previous}${newParagraph ? '\n\n' : '\n'}${clean}`;
  };
  for (const line of lines(description)) {
    const section = sectionOf(template, line.text);
    if (line.heading || section) {
      sectionFields = section ? section.fieldIds.map((id) => template.fields.find((f) => f.id === id)).filter((f): f is TemplateField => f !== undefined) : [];
      current = undefined;
      continue;
    }
    const text = line.text.replace(/^\s*(?:[•*-]|\d+\.)\s+/, '');
    const labelled = sectionFields.find((f) => text.toLowerCase().startsWith(`${f.label[locale]}:`.toLowerCase()));
    if (labelled) {
      current = labelled;
      append(text.slice(labelled.label[locale].length + 1), true);
    } else append(text, line.para);
  }
  return out;
}

function fromJiraValue(field: TemplateField, raw: unknown): AnswerValue | undefined {
  if (raw === null || raw === undefined) return undefined;
  switch (field.type) {
    case 'select': {
      const value = typeof raw === 'string' ? raw : typeof raw === 'object' && typeof (raw as { value?: unknown }).value === 'string' ? (raw as { value: string }).value : '';
      const option = field.options.find((o) => (o.jiraValue ?? o.label.en) === value || Object.values(o.label).includes(value));
      return option?.id;
    }
    case 'number':
      return typeof raw === 'number' && Number.isFinite(raw) ? raw : undefined;
    case 'multiline':
      return typeof raw === 'string' ? raw : adfPlainText(raw) || undefined;
    default:
      return typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : undefined;
  }
}

/** Jira field ids the read-back needs (`description` plus the resolved custom fields). */
export function readBackFieldIds(template: TemplateDefinition, resolved: ResolvedCustomFields): string[] {
  const ids = template.mapping.customFields.map((m) => jiraFieldIdOf(template, m.fieldId, resolved)).filter((x): x is string => x !== undefined);
  return ['description', ...new Set(ids)];
}

export function readBackAnswers(template: TemplateDefinition, fields: Readonly<Record<string, unknown>>, resolved: ResolvedCustomFields): Answers {
  const answers: Record<string, AnswerValue> = { ...descriptionAnswers(template, fields.description, resolved) };
  for (const mapping of template.mapping.customFields) {
    const field = template.fields.find((f) => f.id === mapping.fieldId);
    const jiraId = jiraFieldIdOf(template, mapping.fieldId, resolved);
    const value = field && jiraId ? fromJiraValue(field, fields[jiraId]) : undefined;
    if (field && value !== undefined) answers[field.id] = value;
  }
  return answers;
}
