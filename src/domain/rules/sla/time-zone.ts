// Time-zone arithmetic without libraries: a zone's UTC offset at an instant comes from
// Intl.DateTimeFormat#formatToParts (pure: same answer for the same ICU data). Never reads the clock.
// "Local day" numbers count days since 1970-01-01 on the zone's wall calendar.
import { DAY_MS, MINUTE_MS } from '../../model/sla/time-of-day';

const HOUR_MS = 3_600_000;
const formatters = new Map<string, Intl.DateTimeFormat>();
/** zone → (hour bucket → offset), filled only for hours without a transition inside. */
const offsets = new Map<string, Map<number, number>>();

function formatter(zone: string): Intl.DateTimeFormat {
  let found = formatters.get(zone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, found);
  }
  return found;
}

function rawOffset(zone: string, at: number): number {
  const wall = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  for (const part of formatter(zone).formatToParts(at)) {
    if (part.type in wall) wall[part.type as keyof typeof wall] = Number(part.value);
  }
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour % 24, wall.minute, wall.second);
  return asUtc - Math.floor(at / 1000) * 1000;
}

/** Milliseconds to add to UTC to read the zone's wall clock at `at` (+3 h for Moscow). */
export function offsetAt(zone: string, at: number): number {
  const bucket = Math.floor(at / HOUR_MS);
  let cache = offsets.get(zone);
  if (!cache || cache.size > 100_000) {
    cache = new Map();
    offsets.set(zone, cache);
  }
  const hit = cache.get(bucket);
  if (hit !== undefined) return hit;
  const first = rawOffset(zone, bucket * HOUR_MS);
  const last = rawOffset(zone, bucket * HOUR_MS + HOUR_MS - 1000);
  if (first !== last) return rawOffset(zone, at);
  cache.set(bucket, first);
  return first;
}

/** The local calendar day (days since 1970-01-01) the zone's wall clock shows at `at`. */
export function localDayOf(zone: string, at: number): number {
  return Math.floor((at + offsetAt(zone, at)) / DAY_MS);
}

/**
 * The first instant at which the zone's wall clock on local `day` reads `minute` (0–1440) or later.
 * In a daylight-saving gap (the wall time never happens) that is the transition itself; in an overlap
 * (it happens twice) it is the first occurrence. Monotonic in (day, minute), so intervals never invert.
 */
export function firstInstantAtOrAfter(zone: string, day: number, minute: number): number {
  const local = day * DAY_MS + minute * MINUTE_MS;
  const before = offsetAt(zone, local - DAY_MS);
  const after = offsetAt(zone, local + DAY_MS);
  let best: number | null = null;
  for (const offset of before === after ? [before] : [before, after]) {
    const candidate = local - offset;
    if (offsetAt(zone, candidate) === offset && (best === null || candidate < best)) best = candidate;
  }
  if (best !== null) return best;
  if (before >= after) return local - before;
  return transitionBetween(zone, local - after, local - before, before);
}

/** Binary search (1 s resolution) for the first instant in (low, high] whose offset is no longer `old`. */
function transitionBetween(zone: string, low: number, high: number, old: number): number {
  let lo = Math.floor(low / 1000);
  let hi = Math.ceil(high / 1000);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetAt(zone, mid * 1000) === old) lo = mid;
    else hi = mid;
  }
  return hi * 1000;
}
