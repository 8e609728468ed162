// The form's answers (strings, as inputs hold them) ↔ what the resolvers take. Pure. Date-times are typed in
// the agent's own zone (`datetime-local`) and sent as UTC instants, so the server never guesses a zone.
import type { IncidentTemplateDto } from '@shared/contract';

export type FormAnswers = Readonly<Record<string, string>>;

/** `2026-11-02T10:30` in the browser's zone → `2026-11-02T07:30:00.000Z`; unparsable text is sent as typed. */
export function localToIso(local: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(local)) return local;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? local : date.toISOString();
}

export function toWireAnswers(template: IncidentTemplateDto, answers: FormAnswers): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of template.fields) {
    const value = answers[field.id];
    if (value === undefined || value.trim() === '') continue;
    out[field.id] = field.type === 'dateTime' ? localToIso(value) : value;
  }
  return out;
}

/** Server field errors belong to a field of the template, or to the top of the form. */
export function splitErrors<T>(template: IncidentTemplateDto, fieldErrors: Readonly<Record<string, T>>): { byField: Record<string, T>; top: T[] } {
  const byField: Record<string, T> = {};
  const top: T[] = [];
  for (const [id, key] of Object.entries(fieldErrors)) {
    if (template.fields.some((f) => f.id === id)) byField[id] = key;
    else top.push(key);
  }
  return { byField, top };
}

export const draftKeyFor = (moduleKey: string | null, projectKey: string | null, issueKey: string | null): string =>
  `linebridge:incident-draft:${moduleKey ?? 'form'}:${projectKey ?? '*'}:${issueKey ?? '-'}`;
