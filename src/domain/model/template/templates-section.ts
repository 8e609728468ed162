// The `templates` settings section: parses what the admin editor sends, then checks references.
// Checks against Jira's live field list happen where Jira is at hand (validateTemplates with a context).
import type { FieldErrors } from './input-reader';
import { InputReader } from './input-reader';
import { parseTemplate } from './parse-template';
import type { TemplatesSettings } from './types';
import { parseAssignment } from './assignment';
import { validateTemplates } from '../../rules/template/validate-template';

export const MAX_TEMPLATES = 20;

export function parseTemplatesSection(input: unknown): { value?: TemplatesSettings; errors: FieldErrors } {
  const reader = new InputReader();
  const section = reader.record(input, '_');
  if (!reader.ok) return { errors: reader.errors };
  const templates = reader.list(section.templates, 'templates', MAX_TEMPLATES).map((t, i) => parseTemplate(reader, t, `templates.${i}`));
  if (!Array.isArray(section.templates)) reader.fail('templates', 'validation.required');
  validateTemplates(templates, reader.errors);
  const assignment = parseAssignment(reader, section.assignment);
  const value: TemplatesSettings = section.assignment === undefined || section.assignment === null ? { templates } : { templates, assignment };
  return reader.ok ? { value, errors: {} } : { errors: reader.errors };
}
