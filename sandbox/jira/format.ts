// Jira's wire formats: timestamps like `2026-01-17T12:34:00.000+0000` (the site runs in UTC here), numeric
// string ids, dates `2026-01-17`. Pure helpers; no clock reads here.

export function formatJiraDate(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}

export function formatDateOnly(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Accepts what Jira accepts for date-time inputs: ISO with `Z`, `+hhmm` or `+hh:mm` offsets. */
export function parseJiraDateTime(text: string): number | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(text);
  if (!m) return undefined;
  const offset = m[5] === undefined || m[5] === 'Z' ? 'Z' : `${m[5].slice(0, 3)}:${m[5].slice(-2)}`;
  const ms = Date.parse(`${m[1]}T${m[2]}${m[3] ?? ':00'}${offset}`);
  return Number.isNaN(ms) ? undefined : ms;
}

export function parseDateOnly(text: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  return Number.isNaN(Date.parse(`${text}T00:00:00Z`)) ? undefined : text;
}

export function intParam(raw: string | null, fallback: number): number {
  if (raw === null || raw.trim() === '') return fallback;
  const n = Number(raw);
  return Number.isInteger(n) ? n : fallback;
}

export function csvParam(raw: string | readonly string[] | null | undefined): string[] {
  if (raw === null || raw === undefined) return [];
  const parts = typeof raw === 'string' ? [raw] : raw;
  return parts.flatMap((p) => p.split(',')).map((p) => p.trim()).filter((p) => p !== '');
}

/** Text of a scalar (string, number, boolean); '' for anything else. Avoids "[object Object]". */
export function scalar(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}
