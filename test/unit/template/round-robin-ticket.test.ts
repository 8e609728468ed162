// The round-robin cursor: concurrent filings claim distinct tickets (create-if-absent), and a stale or lost
// hint only costs probes, never a shared ticket.
import { MemoryStore } from '../../../src/adapters/memory-store';
import { nextRoundRobinTicket } from '../../../src/domain/use-cases/assign-incident';
import type { AtomicStore } from '../../../src/domain/ports-telegram';

/** KVS FAIL_IF_EXISTS over the same store: the check and the write happen in one step, as on the server. */
function atomicOver(store: MemoryStore): AtomicStore {
  const taken = new Set<string>();
  return {
    createIfAbsent: async (key, value) => {
      await Promise.resolve();
      if (taken.has(key)) return false;
      taken.add(key);
      await store.set(key, value);
      return true;
    },
    put: async (key, value) => store.set(key, value),
  };
}

describe('nextRoundRobinTicket', () => {
  it('gives concurrent claims distinct, consecutive tickets', async () => {
    const store = new MemoryStore();
    const atomic = atomicOver(store);
    const tickets = await Promise.all(Array.from({ length: 10 }, () => nextRoundRobinTicket(store, atomic, 'SUP')));
    expect([...tickets].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('skips tickets already taken when the hint lags behind', async () => {
    const store = new MemoryStore();
    const atomic = atomicOver(store);
    await nextRoundRobinTicket(store, atomic, 'SUP');
    await nextRoundRobinTicket(store, atomic, 'SUP');
    await store.set('assign-rr:SUP', 0);
    expect(await nextRoundRobinTicket(store, atomic, 'SUP')).toBe(3);
  });
});
