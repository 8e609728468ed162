// Typed errors with stable codes. Adapters translate platform failures into these; entry points map
// them to Result<T> or HTTP statuses. Callers branch on `code`, never on message text.
import type { ErrorCode, ErrorPayload } from '../shared/result';
import type { MessageKey } from '../shared/i18n';

export abstract class AppError extends Error {
  abstract readonly code: ErrorCode;
  readonly retryable: boolean = false;

  constructor(
    message: string,
    readonly messageKey: MessageKey,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }

  toPayload(): ErrorPayload {
    return { code: this.code, messageKey: this.messageKey, params: this.params, retryable: this.retryable };
  }
}

export class ValidationError extends AppError {
  readonly code = 'VALIDATION' as const;
  constructor(
    message: string,
    readonly fieldErrors: Readonly<Record<string, MessageKey>> = {},
  ) {
    super(message, 'error.VALIDATION');
  }
  override toPayload(): ErrorPayload {
    return { ...super.toPayload(), fieldErrors: this.fieldErrors };
  }
}

export class BadRequestError extends AppError {
  readonly code = 'BAD_REQUEST' as const;
  constructor(detail: string) {
    super(`Bad request: ${detail}`, 'error.BAD_REQUEST', { detail });
  }
}

export class NotFoundError extends AppError {
  readonly code = 'NOT_FOUND' as const;
  constructor(what: string) {
    super(`Not found: ${what}`, 'error.NOT_FOUND', { what });
  }
}

export class PermissionError extends AppError {
  readonly code = 'PERMISSION' as const;
  constructor(message: string, messageKey: MessageKey = 'error.PERMISSION') {
    super(message, messageKey);
  }
}

export class ConflictError extends AppError {
  readonly code = 'CONFLICT' as const;
  constructor(message: string) {
    super(message, 'error.CONFLICT');
  }
}

export class ConfigMissingError extends AppError {
  readonly code = 'CONFIG_MISSING' as const;
  constructor(what: string) {
    super(`Configuration missing: ${what}`, 'error.CONFIG_MISSING', { what });
  }
}

/** Jira, Telegram or Forge storage failed or throttled. `retryAfterMs` keeps the platform's hint. */
export class UpstreamError extends AppError {
  readonly code = 'UPSTREAM' as const;
  override readonly retryable: boolean;
  constructor(
    message: string,
    readonly upstream: 'jira' | 'telegram' | 'storage' | 'queue',
    readonly status: number | undefined,
    opts: { retryable: boolean; retryAfterMs?: number },
  ) {
    super(
      message,
      opts.retryAfterMs !== undefined ? 'error.UPSTREAM_THROTTLED' : 'error.UPSTREAM',
      opts.retryAfterMs !== undefined ? { seconds: Math.ceil(opts.retryAfterMs / 1000) } : {},
    );
    this.retryable = opts.retryable;
    this.retryAfterMs = opts.retryAfterMs;
  }
  readonly retryAfterMs: number | undefined;
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
