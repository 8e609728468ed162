// Small parsers for untrusted resolver payloads: they throw BadRequestError with a precise detail.
import { BadRequestError } from '../domain/errors';

export function asRecord(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new BadRequestError('payload must be an object');
  return value as Record<string, unknown>;
}

export function requireString(record: Record<string, unknown>, field: string, pattern?: RegExp): string {
  const value = record[field];
  if (typeof value !== 'string' || value.length === 0) throw new BadRequestError(`${field} is required`);
  if (pattern && !pattern.test(value)) throw new BadRequestError(`${field} is malformed`);
  return value;
}

export function requireInteger(record: Record<string, unknown>, field: string): number {
  const value = record[field];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new BadRequestError(`${field} must be a non-negative integer`);
  return value;
}

export function requireAccountId(context: { readonly accountId?: string }): string {
  if (!context.accountId) throw new BadRequestError('no calling user');
  return context.accountId;
}
