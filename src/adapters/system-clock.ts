// The production Clock. The sandbox fast-forwards time by faking the process clock, not this adapter.
import type { Clock } from '../domain/ports';

export const systemClock: Clock = { now: () => new Date() };
