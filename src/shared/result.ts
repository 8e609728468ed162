// Result<T>: how every resolver answers the UI. Errors carry a stable code and an i18n message key;
// the UI translates the key, never parses message text.
import type { MessageKey } from './i18n/messages-en';

export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'PERMISSION'
  | 'CONFLICT'
  | 'UPSTREAM'
  | 'CONFIG_MISSING'
  | 'BAD_REQUEST'
  | 'INTERNAL';

export type ErrorPayload = {
  readonly code: ErrorCode;
  readonly messageKey: MessageKey;
  readonly params?: Readonly<Record<string, string | number>>;
  /** Field id → message key, for forms. */
  readonly fieldErrors?: Readonly<Record<string, MessageKey>>;
  readonly retryable?: boolean;
};

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ErrorPayload };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: ErrorPayload): Result<T> => ({ ok: false, error });
