// Defensive readers for Jira's JSON: the shell never trusts a shape it did not check. Pure helpers.

export type Json = Record<string, unknown>;

export const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const asRecord = (v: unknown): Json => (isRecord(v) ? v : {});
export const asArray = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);
export const asString = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : fallback);
export const str = (o: unknown, key: string): string => asString(asRecord(o)[key]);

/** Jira's error envelope `{errorMessages, errors}` as lists the dialogs can show. */
export type JiraErrors = { readonly messages: readonly string[]; readonly fields: Readonly<Record<string, string>> };

export function jiraErrors(body: unknown): JiraErrors {
  const o = asRecord(body);
  const messages = asArray(o.errorMessages).map((m) => asString(m)).filter((m) => m !== '');
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(asRecord(o.errors))) fields[k] = asString(v);
  if (messages.length === 0 && Object.keys(fields).length === 0 && typeof o.message === 'string') messages.push(o.message);
  return { messages, fields };
}

/** Absolute URLs of the stand-in point at its configured base URL; the shell loads them from its own origin. */
export function localUrl(url: string): string {
  try {
    const u = new URL(url, location.origin);
    return u.pathname + u.search;
  } catch {
    return url;
  }
}
