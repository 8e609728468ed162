// Checks recorded Jira exchanges (LocalHost.jiraExchanges) against the OpenAPI document: every request is a
// documented operation with a valid body, every answer validates. Shared by the app-call contract tests.
import type { StandInRequest, StandInResponse } from '../../sandbox/http-types';
import { matchOperation, validateRequestBody, validateResponse } from './openapi-validator';

export type Exchange = { readonly request: StandInRequest; readonly response: StandInResponse };

export function exchangeProblems(exchanges: readonly Exchange[]): string[] {
  const problems: string[] = [];
  for (const { request, response } of exchanges) {
    const where = `${request.method} ${request.path}`;
    if (!matchOperation(request.method, request.path)) {
      problems.push(`${where}: not a documented operation`);
      continue;
    }
    if (request.body) problems.push(...validateRequestBody(request.method, request.path, JSON.parse(request.body)).map((e) => `${where} request: ${e}`));
    const body: unknown = response.body ? JSON.parse(response.body) : undefined;
    problems.push(...validateResponse(request.method, request.path, response.status, body).map((e) => `${where} ${response.status}: ${e}`));
  }
  return problems;
}
