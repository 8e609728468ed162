// Parses an ISO-8601 date-time that names its zone (`2026-11-02T14:30+03:00`, `…Z`, `…+0300`) into UTC.
// Refuses impossible calendar dates (Feb 30, 24:00) that JavaScript would silently roll over.

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|([+-])(\d{2}):?(\d{2}))$/;

/** The instant as `toISOString()` (UTC, milliseconds), or undefined when the text is not a valid moment. */
export function parseMoment(text: string): string | undefined {
  const m = ISO.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number);
  const millis = Number((m[7] ?? '0').padEnd(3, '0'));
  if ([year, month, day, hour, minute, second].some((n) => n === undefined)) return undefined;
  const local = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0, second ?? 0, millis);
  const check = new Date(local);
  const sameWallClock =
    check.getUTCFullYear() === year && check.getUTCMonth() + 1 === month && check.getUTCDate() === day &&
    check.getUTCHours() === hour && check.getUTCMinutes() === minute && check.getUTCSeconds() === second;
  if (!sameWallClock) return undefined;
  const offsetHours = Number(m[10] ?? '0');
  const offsetMinutes = Number(m[11] ?? '0');
  if (offsetHours > 14 || offsetMinutes > 59) return undefined;
  const sign = m[9] === '-' ? -1 : 1;
  return new Date(local - sign * (offsetHours * 60 + offsetMinutes) * 60_000).toISOString();
}

/** Jira's date-time format for custom fields: `2026-11-02T09:00:00.000+0000`. */
export function toJiraDateTime(iso: string): string {
  return iso.replace(/Z$/, '+0000');
}
