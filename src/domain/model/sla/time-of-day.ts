// Parsing of the calendar's wall-clock strings ("HH:MM", "YYYY-MM-DD") and of time-zone names. Shared by
// the validators and the clock so both read a calendar the same way. Pure; never reads the clock.

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
export const MINUTES_PER_DAY = 1440;
/** Instants the clock accepts: 1970-01-01T00:00:00.000Z to 9999-12-31T23:59:59.999Z. */
export const MAX_INSTANT = 253_402_300_799_999;

export function isInstant(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_INSTANT;
}

const TIME = /^(\d{2}):(\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "HH:MM" → minutes since local midnight (0–1440; "24:00" only as an end), or null. */
export function parseTimeOfDay(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = TIME.exec(value);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
}

/** Minutes since local midnight → "HH:MM". */
export function formatTimeOfDay(minutes: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Days since 1970-01-01 → "YYYY-MM-DD". */
export function formatLocalDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** "YYYY-MM-DD" (1970–9999, a real calendar date) → days since 1970-01-01, or null. */
export function parseLocalDate(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1970) return null;
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return ms / DAY_MS;
}

const knownZones = new Map<string, boolean>();

/** True for a time-zone name this runtime's Intl knows (IANA names such as "Europe/Moscow", "UTC"). */
export function isValidTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) return false;
  const known = knownZones.get(value);
  if (known !== undefined) return known;
  let ok = true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
  } catch {
    ok = false;
  }
  if (knownZones.size > 1000) knownZones.clear();
  knownZones.set(value, ok);
  return ok;
}
