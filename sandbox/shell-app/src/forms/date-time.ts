// Jira's datetime strings (`2026-01-17T12:34:00.000+0000`) <-> the browser's datetime-local inputs
// (`2026-01-17T12:34`, in the browser's zone). Pure; an unparsable input gives null, never a wrong date.

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function parseJiraDate(value: string): Date | null {
  const iso = value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** ISO with Jira's offset form, in UTC. */
export function toJiraDateTime(value: string): string | null {
  const d = parseJiraDate(value);
  if (!d) return null;
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}+0000`;
}

export function fromJiraDateTime(value: string): string | null {
  return toJiraDateTime(value);
}

/** For <input type="datetime-local">: the local wall-clock time. */
export function toLocalInput(value: unknown): string {
  if (typeof value !== 'string') return '';
  const d = parseJiraDate(value);
  if (!d) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function fromLocalInput(value: string): string | null {
  if (value === '') return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : toJiraDateTime(d.toISOString());
}

export function formatDateTime(value: unknown, timeZone?: string, withTime = true): string {
  const d = typeof value === 'string' ? parseJiraDate(value) : typeof value === 'number' ? new Date(value) : null;
  if (!d) return '';
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: withTime ? 'short' : undefined, timeZone }).format(d);
}
