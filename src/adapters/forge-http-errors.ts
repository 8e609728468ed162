// Translates a failed Jira REST response into the domain's typed errors (STYLE.md rule 3).
// Never includes request bodies or credentials in messages: they end up in logs.
import { NotFoundError, PermissionError, UpstreamError, type AppError } from '../domain/errors';

type ResponseLike = { readonly status: number; readonly headers: { get(name: string): string | null } };

export function retryAfterMs(headers: { get(name: string): string | null }): number | undefined {
  const raw = headers.get('retry-after');
  if (raw === null) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

export function jiraFailure(response: ResponseLike, what: string): AppError {
  const { status } = response;
  if (status === 404) return new NotFoundError(what);
  if (status === 401 || status === 403) return new PermissionError(`Jira refused ${what} (${status})`);
  if (status === 429) {
    return new UpstreamError(`Jira throttled ${what}`, 'jira', status, {
      retryable: true,
      retryAfterMs: retryAfterMs(response.headers) ?? 5000,
    });
  }
  return new UpstreamError(`Jira answered ${status} for ${what}`, 'jira', status, { retryable: status >= 500 });
}
