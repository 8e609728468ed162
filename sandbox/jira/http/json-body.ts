// Parses request bodies the way Jira's Jackson layer reports them: malformed JSON is a 400 envelope with a
// Jackson-style message, never an exception escaping the stand-in.
import { JiraHttpError } from './errors';

export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') throw new JiraHttpError(400, ['No content to map due to end-of-input']);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new JiraHttpError(400, [jacksonMessage(text, error)]);
  }
}

function jacksonMessage(text: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : '';
  const posMatch = /position (\d+)/.exec(raw);
  const token = /Unexpected token '?(.)'?/.exec(raw)?.[1];
  const pos = posMatch ? Number(posMatch[1]) : token !== undefined && text.includes(token) ? text.indexOf(token) : text.length;
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  const where = `\n at [Source: REDACTED (\`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION\` disabled); line: ${line}, column: ${column}]`;
  const ch = text[pos];
  if (ch === undefined) return `Unexpected end-of-input: expected close marker for Object${where}`;
  const code = ch.codePointAt(0) ?? 0;
  return `Unexpected character ('${ch}' (code ${code})): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')${where}`;
}

/** Narrows a parsed body to a plain object or answers 400 like Jira does for a wrong top-level type. */
export function asObject(value: unknown): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  throw new JiraHttpError(400, ['Can not deserialize instance of object out of START_ARRAY token']);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
