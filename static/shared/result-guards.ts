// Checks that a resolver answer really is a Result<T> before the UI trusts it. Pure; never throws:
// anything malformed becomes an INTERNAL error Result, so React never sees an exception.
import { messagesEn } from '@shared/i18n/messages-en';
import type { ErrorCode, ErrorPayload, MessageKey, Result } from '@shared/contract';

const ERROR_CODES = {
  VALIDATION: true,
  NOT_FOUND: true,
  PERMISSION: true,
  CONFLICT: true,
  UPSTREAM: true,
  CONFIG_MISSING: true,
  BAD_REQUEST: true,
  INTERNAL: true,
} as const satisfies Record<ErrorCode, true>;

export const MALFORMED_ANSWER: ErrorPayload = { code: 'INTERNAL', messageKey: 'error.INTERNAL' };

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(messagesEn, value);
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CODES, value);
}

function parseParams(raw: unknown): Record<string, string | number> | undefined {
  if (!isRecord(raw)) return undefined;
  const entries = Object.entries(raw).filter(([, v]) => typeof v === 'string' || typeof v === 'number');
  return Object.fromEntries(entries) as Record<string, string | number>;
}

function parseFieldErrors(raw: unknown): Record<string, MessageKey> | undefined {
  if (!isRecord(raw)) return undefined;
  const entries = Object.entries(raw).map(
    ([field, key]) => [field, isMessageKey(key) ? key : 'error.VALIDATION'] as const,
  );
  return Object.fromEntries(entries);
}

/** An error payload from the wire; an unknown message key falls back to the code's generic message. */
export function parseErrorPayload(raw: unknown): ErrorPayload {
  if (!isRecord(raw) || !isErrorCode(raw.code)) return MALFORMED_ANSWER;
  const code = raw.code;
  const params = parseParams(raw.params);
  const fieldErrors = parseFieldErrors(raw.fieldErrors);
  return {
    code,
    messageKey: isMessageKey(raw.messageKey) ? raw.messageKey : `error.${code}`,
    ...(params ? { params } : {}),
    ...(fieldErrors ? { fieldErrors } : {}),
    ...(typeof raw.retryable === 'boolean' ? { retryable: raw.retryable } : {}),
  };
}

/** Turns an untrusted answer into a Result<T>, checking the value with the given guard. */
export function parseResult<T>(raw: unknown, isValue: (value: unknown) => value is T): Result<T> {
  if (!isRecord(raw) || typeof raw.ok !== 'boolean') return { ok: false, error: MALFORMED_ANSWER };
  if (!raw.ok) return { ok: false, error: parseErrorPayload(raw.error) };
  return isValue(raw.value) ? { ok: true, value: raw.value } : { ok: false, error: MALFORMED_ANSWER };
}
