// How every queue consumer ends (STYLE.md rule 2): retryable errors become an InvocationError with the
// platform's wait (Jira's Retry-After), anything else is a poison message: logged and dropped.
import { InvocationError, InvocationErrorCode } from '@forge/events';
import { isAppError, UpstreamError } from '../domain/errors';
import type { Logger } from '../domain/ports';

export type ConsumerEvent = { readonly body?: unknown; readonly retryContext?: { readonly retryCount?: number } };

export const retryCountOf = (event: ConsumerEvent): number => event.retryContext?.retryCount ?? 0;

export function retryOrDrop(error: unknown, logger: Logger, consumer: string): InvocationError | undefined {
  if (isAppError(error) && error.retryable) {
    const waitMs = error instanceof UpstreamError ? error.retryAfterMs : undefined;
    logger.warn('consumer will retry', { consumer, code: error.code, retryAfterMs: waitMs ?? null });
    return new InvocationError({
      retryAfter: Math.max(1, Math.ceil((waitMs ?? 10_000) / 1000)),
      retryReason: waitMs !== undefined ? InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED : InvocationErrorCode.FUNCTION_RETRY_REQUEST,
    });
  }
  logger.error('consumer dropped a message', { consumer, error: isAppError(error) ? error.code : error instanceof Error ? error.message : String(error) });
  return undefined;
}
