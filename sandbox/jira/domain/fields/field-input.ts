// Applies a request's `fields` and `update` maps to an issue draft, allowing only fields on the given
// screen, and collects Jira-style errors per field. Pure over the draft: persistence happens elsewhere.
import { fieldErrors } from '../../http/errors';
import { isRecord } from '../../http/json-body';
import type { IssueRecord } from '../../store/issues-store';
import { findField, type FieldDef } from './field-defs';
import { getValue, setValue } from './field-access';
import { FieldError, parseFieldValue, type FieldEnv } from './field-parse';

export type FieldInput = { readonly fields?: unknown; readonly update?: unknown };
export const notOnScreen = (id: string): string => `Field '${id}' cannot be set. It is not on the appropriate screen, or unknown.`;

function applyOperation(env: FieldEnv, def: FieldDef, current: unknown, op: string, arg: unknown): unknown {
  const isArray = def.schema?.type === 'array';
  if (op === 'set') return parseFieldValue(env, def, arg);
  if (!isArray || (op !== 'add' && op !== 'remove')) throw new FieldError(`Field '${def.id}' does not support operation '${op}' Supported operation(s) are: 'set'`);
  const parsed = parseFieldValue(env, def, [arg]);
  const element: unknown = Array.isArray(parsed) ? (parsed as unknown[])[0] : undefined;
  const list = Array.isArray(current) ? current.map((x) => x as unknown) : [];
  if (op === 'add') return list.some((x) => x === element) ? list : [...list, element];
  return list.filter((x) => x !== element);
}

/**
 * Applies every valid input to the draft and collects the others' errors. `allowed(fieldId)` says whether
 * the field is on the screen in use; everything else answers "cannot be set".
 */
export function collectFieldInput(
  env: FieldEnv, draft: IssueRecord, input: FieldInput, allowed: (id: string) => boolean,
): { draft: IssueRecord; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  let next = draft;
  const fields = input.fields === undefined || input.fields === null ? {} : input.fields;
  const update = input.update === undefined || input.update === null ? {} : input.update;
  if (!isRecord(fields) || !isRecord(update)) throw fieldErrors({ fields: 'data was not an object' });
  for (const [id, raw] of Object.entries(fields)) {
    const def = findField(env.site, id);
    if (!def || !def.settable || !allowed(id)) { errors[id] = notOnScreen(id); continue; }
    try {
      next = setValue(next, id, parseFieldValue(env, def, raw));
    } catch (error) {
      if (!(error instanceof FieldError)) throw error;
      errors[id] = error.message;
    }
  }
  for (const [id, ops] of Object.entries(update)) {
    const def = findField(env.site, id);
    if (!def || !def.settable || !allowed(id)) { errors[id] = notOnScreen(id); continue; }
    if (!Array.isArray(ops)) { errors[id] = 'Operation must be an array'; continue; }
    try {
      for (const op of ops) {
        if (!isRecord(op)) throw new FieldError('Operation must be an object');
        for (const [name, arg] of Object.entries(op)) next = setValue(next, id, applyOperation(env, def, getValue(next, id), name, arg));
      }
    } catch (error) {
      if (!(error instanceof FieldError)) throw error;
      errors[id] = error.message;
    }
  }
  return { draft: next, errors };
}

/** Like collectFieldInput, but answers 400 with every field error when one input is invalid. */
export function applyFieldInput(env: FieldEnv, draft: IssueRecord, input: FieldInput, allowed: (id: string) => boolean): IssueRecord {
  const result = collectFieldInput(env, draft, input, allowed);
  if (Object.keys(result.errors).length > 0) throw fieldErrors(result.errors);
  return result.draft;
}
