// Time to wait and randomness for the Telegram bridge, from Node's runtime (available on Forge's
// nodejs runtimes), and a constant-time secret comparison. Nothing here knows about Telegram or Jira.
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { RandomSource, Sleeper } from '../domain/ports-telegram';

export const timerSleeper: Sleeper = {
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

export const cryptoRandom: RandomSource = {
  id: () => randomUUID(),
  secret: (length) => randomBytes(Math.ceil((length * 3) / 4) + 3).toString('base64url').slice(0, length),
};

/** Compares two secrets in constant time (hashing first, so lengths do not leak either). */
export function secretsEqual(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b) && given.length === expected.length;
}
