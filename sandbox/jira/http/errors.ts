// Jira's error envelope: `{errorMessages: string[], errors: {fieldId: message}}` with the real status codes.
// Route code throws JiraHttpError; the stand-in turns it into a response. Never put app logic here.
import { jsonResponse, type StandInResponse } from '../../http-types';

export class JiraHttpError extends Error {
  constructor(
    readonly status: number,
    readonly errorMessages: readonly string[],
    readonly errors: Readonly<Record<string, string>> = {},
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(errorMessages[0] ?? Object.values(errors)[0] ?? `HTTP ${status}`);
  }
}

export function errorResponse(error: JiraHttpError): StandInResponse {
  return jsonResponse(error.status, { errorMessages: [...error.errorMessages], errors: { ...error.errors } }, { ...error.headers });
}

export const badRequest = (message: string): JiraHttpError => new JiraHttpError(400, [message]);

export const fieldErrors = (errors: Record<string, string>): JiraHttpError => new JiraHttpError(400, [], errors);

export const forbidden = (message: string): JiraHttpError => new JiraHttpError(403, [message]);

export const notFound = (message: string): JiraHttpError => new JiraHttpError(404, [message]);

export const issueNotFound = (): JiraHttpError => notFound('Issue does not exist or you do not have permission to see it.');

export const notAuthenticated = (): JiraHttpError =>
  new JiraHttpError(401, ['You are not authenticated. Authentication required to perform this operation.']);

export const unexpectedError = (): JiraHttpError =>
  new JiraHttpError(500, ['Internal server error. Please contact your administrator.']);
