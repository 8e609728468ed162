// Errors of incident intake that need more than the shared error classes: a template mapping an answer to a
// Jira field that no longer exists. Code CONFIG_MISSING (an admin must act); the message names the field.
import { AppError } from '../../errors';

export class TemplateFieldMissingError extends AppError {
  readonly code = 'CONFIG_MISSING' as const;
  constructor(readonly fieldLabel: string, readonly jiraFieldId: string) {
    super(`Template field "${fieldLabel}" maps to Jira field ${jiraFieldId}, which no longer exists`, 'incident.error.fieldDeleted', {
      field: fieldLabel,
      fieldId: jiraFieldId,
    });
  }
}
